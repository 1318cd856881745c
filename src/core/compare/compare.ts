/**
 * The comparison at the heart of Cookie Charter: what a charter declares against what the
 * browser holds, as one report row per observed cookie, per declared name nothing matched, and
 * per unnamed declaration nothing fell under.
 *
 * Row order follows the charter so an auditor reads it top-down: each declared entry in charter
 * order, each of its names with the cookies it matched (`matched`, by name/domain/path) or an
 * `absent` row, and `unnamed` rows in place; then `vague` rows (by unnamed entry, then cookie);
 * then `undeclared` cookies by name. Names compare by UTF-16 code units, never by locale, so the
 * order is the same everywhere.
 */
import { dedupeCookies } from '../cookies/observe';
import { hostFromUrl } from '../cookies/domain';
import { buildMatcherIndex, type DeclaredName } from '../match/matcher-index';
import { knownTracker } from '../match/trackers';
import type { Declaration, DeclaredEntry, ObservedCookie, Report, ReportCookie, ReportRow, Status } from '../types';
import { rowFlags } from './flags';
import { memoDomains, toReportCookie } from './report-cookie';
import { buildUnnamedFinder, entryCategories } from './unnamed';

export interface CompareContext {
  /** URL of the page the cookies were read for: decides third-party. */
  pageUrl: string;
  /** Where the charter was read; defaults to the declaration's URL. */
  charterUrl?: string;
  /** Seconds since the epoch. */
  now: number;
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const cookieOrder = (a: ReportCookie, b: ReportCookie) =>
  byCode(a.name, b.name) || byCode(a.domain, b.domain) || byCode(a.path, b.path) || byCode(a.storeId ?? '', b.storeId ?? '');

function isStatistics(entry: DeclaredEntry | null, cookieName: string, unnamed: boolean): boolean {
  if (knownTracker(cookieName)?.category === 'statistics') return true;
  if (!entry) return false;
  return entry.category === 'statistics' || (unnamed && entryCategories(entry).has('statistics'));
}

function row(status: Status, declared: DeclaredEntry | null, declaredName: string | null, observed: ReportCookie | null): ReportRow {
  const statistics = observed !== null && isStatistics(declared, observed.name, status === 'vague');
  return { status, flags: rowFlags({ declared, observed, statistics }), declared, declaredName, observed };
}

/**
 * Compares a declaration with the cookies observed for a page.
 * @example
 * const report = compareDeclaration(declaration, cookies, { pageUrl: 'https://data.example.test/', now: Date.now() / 1000 });
 * report.rows.filter((r) => r.status === 'undeclared').map((r) => r.observed?.name);
 */
export function compareDeclaration(declaration: Declaration, cookies: readonly ObservedCookie[], context: CompareContext): Report {
  const domainOf = memoDomains();
  const pageDomain = domainOf(hostFromUrl(context.pageUrl));
  const index = buildMatcherIndex(declaration.entries);
  const findUnnamed = buildUnnamedFinder(index.unnamed);
  const observed = dedupeCookies(cookies).map((c) => toReportCookie(c, pageDomain, context.now, domainOf));

  const matchedBy = new Map<number, ReportCookie[]>(); // DeclaredName.id → cookies
  const covered = new Set<number>(); // DeclaredName.id whose matcher accepts some observed name
  const vagueBy = new Map<number, ReportCookie[]>(); // entryIndex → cookies
  const undeclared: ReportCookie[] = [];
  for (const cookie of observed) {
    const hits = index.matchAll(cookie.name);
    for (const hit of hits) covered.add(hit.id);
    const best: DeclaredName | undefined = hits[0];
    if (best) push(matchedBy, best.id, cookie);
    else {
      const unnamed = findUnnamed(cookie.name);
      if (unnamed) push(vagueBy, unnamed.entryIndex, cookie);
      else undeclared.push(cookie);
    }
  }

  const rows: ReportRow[] = [];
  let nameAt = 0;
  declaration.entries.forEach((entry, entryIndex) => {
    if (entry.names.length === 0) {
      if (!vagueBy.has(entryIndex)) rows.push(row('unnamed', entry, null, null));
      return;
    }
    for (const written of entry.names) {
      const id = nameAt++;
      const found = matchedBy.get(id);
      if (found) for (const c of found.toSorted(cookieOrder)) rows.push(row('matched', entry, written, c));
      // A name whose cookie went to an earlier duplicate or a more specific name is not absent.
      else if (!covered.has(id)) rows.push(row('absent', entry, written, null));
    }
  });
  for (const u of index.unnamed) {
    for (const c of (vagueBy.get(u.entryIndex) ?? []).toSorted(cookieOrder)) rows.push(row('vague', u.entry, null, c));
  }
  for (const c of undeclared.toSorted(cookieOrder)) rows.push(row('undeclared', null, null, c));

  const count = (status: Status) => rows.reduce((n, r) => n + (r.status === status ? 1 : 0), 0);
  return {
    pageUrl: context.pageUrl,
    charterUrl: context.charterUrl ?? declaration.url,
    title: declaration.title,
    comparedAt: context.now,
    summary: {
      declared: index.names.length + index.unnamed.length,
      observed: observed.length,
      matched: count('matched'),
      undeclared: count('undeclared'),
      absent: count('absent'),
      vague: count('vague'),
      unnamed: count('unnamed'),
    },
    rows,
  };
}

function push<K>(map: Map<K, ReportCookie[]>, key: K, cookie: ReportCookie): void {
  const list = map.get(key);
  if (list) list.push(cookie);
  else map.set(key, [cookie]);
}
