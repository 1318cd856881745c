/**
 * One site's declarations (its policy page, its consent platform's configuration...) merged into
 * one, each entry keeping its source, and where they disagree — the same cookie with another
 * lifetime or consent category, or declared by one and not the other — a finding of its own.
 */
import { compileName } from '../match/name-matcher';
import { buildMatcherIndex, type MatcherIndex } from '../match/matcher-index';
import type { Category, DeclarationSource, DeclaredEntry, Declaration } from '../types';

/** What one source says about the name ('' when it does not declare it). */
export interface SourceClaim {
  source: DeclarationSource;
  says: string;
}

/** Two declarations of one site disagree about one cookie (docs/CONTRACTS.md, "Any site, any declaration"). */
export interface DeclarationDisagreement {
  finding: 'declaration-disagreement';
  /** The name or pattern as the first source writes it. */
  name: string;
  /** `duration`: lifetimes differ; `category`: consent categories differ; `undeclared`: the second source does not declare it. */
  about: 'duration' | 'category' | 'undeclared';
  first: SourceClaim;
  second: SourceClaim;
}

export interface MergedDeclaration {
  declaration: Declaration;
  disagreements: DeclarationDisagreement[];
}

/** Findings listed at most (a hostile pair of 20,000-entry declarations stays bounded). */
export const MAX_DISAGREEMENTS = 500;
const DAY = 86_400;
// What a category means for consent (core/consent/classify.ts): only a change of meaning disagrees.
const CONSENT_GROUP: Readonly<Record<Category, string>> = {
  necessary: 'exempt',
  functional: 'exempt',
  statistics: 'audience',
  marketing: 'consent',
  'third-party': 'consent',
  experience: '',
  unknown: '',
};

const sourceOf = (d: Declaration, e?: DeclaredEntry): DeclarationSource => e?.source ?? d.source ?? { kind: 'cookie-table', url: d.url };
const sameSource = (a: DeclarationSource, b: DeclarationSource) => a.kind === b.kind && a.url === b.url;

/** One key for the spellings of one name: `_ga_*`, `_ga_#` and `_ga_<id>` are the same pattern. */
function nameKey(written: string): string {
  const m = compileName(written);
  return m.kind === 'exact' ? (m.literal ?? written) : `${m.prefix ?? ''}*`;
}

/** A lifetime in words: as the source wrote it, else its seconds in days, hours or minutes. */
function durationOf(e: DeclaredEntry): string {
  if (e.session) return 'session';
  if (e.durationText || e.maxAgeSeconds === null) return e.durationText;
  const s = e.maxAgeSeconds;
  const [n, unit] = s >= DAY ? [Math.round(s / DAY), 'day'] : s >= 3600 ? [Math.round(s / 3600), 'hour'] : [Math.round(s / 60), 'minute'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** Lifetimes that differ beyond rounding ("12 months" and "1 year" agree; "13 months" and "2 years" do not). */
function lifetimesDiffer(a: DeclaredEntry, b: DeclaredEntry): boolean {
  if (a.session !== b.session) return a.session ? b.maxAgeSeconds !== null : a.maxAgeSeconds !== null;
  if (a.maxAgeSeconds === null || b.maxAgeSeconds === null) return false;
  return Math.abs(a.maxAgeSeconds - b.maxAgeSeconds) > Math.max(DAY, 0.1 * Math.max(a.maxAgeSeconds, b.maxAgeSeconds));
}

function categoriesDiffer(a: DeclaredEntry, b: DeclaredEntry): boolean {
  const [x, y] = [CONSENT_GROUP[a.category] ?? '', CONSENT_GROUP[b.category] ?? ''];
  return x !== '' && y !== '' && x !== y;
}

/** Does `index` cover a written name: a literal its names match, or a pattern whose literal start they match. */
function covers(index: MatcherIndex, written: string): boolean {
  const m = compileName(written);
  return index.match(m.kind === 'exact' ? (m.literal ?? written) : (m.prefix ?? written)) !== undefined;
}

/**
 * Merges `declarations` in priority order: an entry keeps the names no earlier declaration made
 * (an entry left with none is dropped), and carries its source. Titles and URL are the first's.
 * @example
 * const { declaration, disagreements } = mergeDeclarations([policy, tarteaucitron]);
 * disagreements[0] // { finding: 'declaration-disagreement', name: '_ga', about: 'duration', first: { source: { kind: 'cookie-table', ... }, says: '13 months' }, second: { ..., says: '2 years' } }
 */
export function mergeDeclarations(declarations: readonly Declaration[]): MergedDeclaration {
  const first = declarations[0];
  if (!first) return { declaration: { title: '', url: '', entries: [] }, disagreements: [] };
  const owner = new Map<string, { entry: DeclaredEntry; source: DeclarationSource; written: string }>();
  const entries: DeclaredEntry[] = [];
  const disagreements: DeclarationDisagreement[] = [];
  const push = (d: DeclarationDisagreement) => disagreements.length < MAX_DISAGREEMENTS && disagreements.push(d);
  for (const declaration of declarations) {
    for (const entry of declaration.entries) {
      const source = sourceOf(declaration, entry);
      const kept: string[] = [];
      for (const written of entry.names) {
        const key = nameKey(written);
        const earlier = owner.get(key);
        if (!earlier) {
          owner.set(key, { entry, source, written });
          kept.push(written);
          continue;
        }
        if (sameSource(earlier.source, source)) continue;
        if (lifetimesDiffer(earlier.entry, entry)) {
          push({
            finding: 'declaration-disagreement',
            name: earlier.written,
            about: 'duration',
            first: { source: earlier.source, says: durationOf(earlier.entry) },
            second: { source, says: durationOf(entry) },
          });
        }
        if (categoriesDiffer(earlier.entry, entry)) {
          push({
            finding: 'declaration-disagreement',
            name: earlier.written,
            about: 'category',
            first: { source: earlier.source, says: earlier.entry.category },
            second: { source, says: entry.category },
          });
        }
      }
      if (kept.length > 0 || entry.names.length === 0) entries.push({ ...entry, names: kept, source });
    }
  }
  undeclaredBetween(declarations, push);
  const sources = entries.map((e) => e.source!);
  const one = sources.every((s) => sameSource(s, sources[0] ?? sourceOf(first)));
  const declaration: Declaration = { title: first.title, url: first.url, entries };
  if (one) declaration.source = sources[0] ?? sourceOf(first);
  return { declaration, disagreements };
}

/**
 * Consent managers that list only the services they block until consent (tarteaucitron, Orejime,
 * Klaro), unlike the scanners (Cookiebot, CookieYes, OneTrust) that list every cookie: a necessary
 * cookie missing from theirs is expected, not a disagreement.
 */
const MANAGERS: ReadonlySet<string> = new Set(['tarteaucitron', 'orejime', 'klaro']);

/** Names one declaration makes that another, of another source, does not cover. */
function undeclaredBetween(declarations: readonly Declaration[], push: (d: DeclarationDisagreement) => unknown): void {
  const indexes = declarations.map((d) => buildMatcherIndex(d.entries));
  declarations.forEach((a, i) => {
    const seen = new Set<string>();
    for (const entry of a.entries) {
      for (const written of entry.names) {
        const key = nameKey(written);
        if (seen.has(key)) continue;
        seen.add(key);
        declarations.forEach((b, j) => {
          if (i === j || sameSource(sourceOf(a, entry), sourceOf(b)) || covers(indexes[j]!, written)) return;
          if (MANAGERS.has(sourceOf(b).kind) && CONSENT_GROUP[entry.category] === 'exempt') return;
          push({
            finding: 'declaration-disagreement',
            name: written,
            about: 'undeclared',
            first: { source: sourceOf(a, entry), says: durationOf(entry) || entry.category },
            second: { source: sourceOf(b), says: '' },
          });
        });
      }
    }
  });
}
