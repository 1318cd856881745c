/**
 * A non-portal site's finding: what its reader found (a policy page, or why none) merged with
 * what its consent platforms' globals declared (src/core/declaration/merge.ts), with the sources
 * of each. Pure: the background reads, this decides, the background writes.
 */
import { mergeDeclarations } from '../../core/declaration/merge';
import { withSource } from '../../core/declaration/policy';
import type { AnySite, CharterFinding, TabView } from '../../core/findings';
import type { Declaration, DeclarationSource } from '../../core/types';
import type { PendingRead } from './pending';

/** Disagreements carried to the popup at most (the merge caps them too). */
export const MAX_SHOWN_DISAGREEMENTS = 50;

const sourceKey = (s: { kind: string; url: string }) => `${s.kind} ${s.url}`;

/**
 * Each declaration's source, in merge order: every declaration read is cited, also one whose
 * names an earlier one already made (the merge keeps those entries once, the first's).
 */
function sourcesOf(declarations: readonly Declaration[]): AnySite['sources'] {
  const seen = new Map<string, AnySite['sources'][number]>();
  for (const declaration of declarations) {
    const source = declaration.source ?? declaration.entries.find((e) => e.source)?.source;
    if (source && !seen.has(sourceKey(source))) seen.set(sourceKey(source), { kind: source.kind, url: source.url });
  }
  return [...seen.values()];
}

/**
 * The finding of a site that is not a portal: the policy's declaration (source `cookie-table`)
 * first, then each platform's, merged; a policy without a table, or none found, still gives a
 * report when a platform declared something. `pageUrl`: the tab's, for a platform-only source.
 * @example combineFinding({ status: 'not-found', tried: [], message: '' }, read, null, 'https://x.test/', '2026-01-01T00:00:00Z').status // 'ok' when `read` declared cookies
 */
export function combineFinding(found: CharterFinding, read: PendingRead | undefined, pointed: string | null, pageUrl: string, now: string): CharterFinding {
  const finding = asPolicy(found, pointed);
  const platforms = read?.declarations ?? [];
  const globals: AnySite['globals'] = read?.globals ?? 'none';
  const policy = finding.status === 'ok' ? policyDeclaration(finding) : undefined;
  const all = policy ? [policy, ...platforms] : platforms;
  const base: AnySite = { sources: sourcesOf(all), pointed, globals };
  if (read && read.unreadable.length > 0) base.unreadable = read.unreadable;
  if (all.length === 0) return { ...finding, anySite: base };
  const { declaration, disagreements } = mergeDeclarations(all);
  const anySite: AnySite = { ...base };
  if (disagreements.length > 0) anySite.disagreements = disagreements.slice(0, MAX_SHOWN_DISAGREEMENTS);
  if (finding.status === 'ok') return { ...finding, declaration, anySite };
  // The platforms' configuration is the declaration: cited as the page it was read on, and the dump's hash.
  const source = { url: pageUrl, fetchedAt: read?.readAt ?? now, sha256: read?.sha256 ?? '' };
  return { status: 'ok', declaration: { ...declaration, title: declaration.title, url: pageUrl }, tried: finding.tried, ...source, anySite };
}

// Words a cookie policy's title holds (folded or not): "Cookie policy", "Politique de cookies", "Cookie-Richtlinie".
const POLICY_TITLE = /cookie|t[ée]moins?\b|traceurs?/i;

/**
 * A page without a table counts as the site's prose-only policy only when its title says so, or
 * the user pointed at it: a usual address that answers any path with the home page (a catch-all
 * route, a soft 404) is no policy at all.
 */
function asPolicy(finding: CharterFinding, pointed: string | null): CharterFinding {
  if (finding.status !== 'no-table' || finding.url === pointed || POLICY_TITLE.test(finding.title)) return finding;
  return { status: 'not-found', tried: finding.tried, message: 'no cookie policy at the addresses tried' };
}

/** The policy page's declaration, with its source on every entry (the parser may have set it already). */
function policyDeclaration(finding: Extract<CharterFinding, { status: 'ok' }>): Declaration {
  const { declaration } = finding;
  if (declaration.source && declaration.entries.every((e) => e.source)) return declaration;
  const source: DeclarationSource = { kind: 'cookie-table', url: finding.url, sha256: finding.sha256 };
  return withSource(declaration, source);
}

/**
 * The view with what the background knows of the site: its AnySite, and "nothing found" shown as
 * the page that is not a portal it is (with the addresses tried), not as a portal without charter.
 */
export function withAnySite(view: TabView, finding: CharterFinding | null): TabView {
  const anySite = finding?.anySite;
  if (!anySite) return view;
  if (view.kind === 'no-charter') return { kind: 'not-portal', pageUrl: view.pageUrl, anySite: { ...anySite, tried: view.tried } };
  return { ...view, anySite };
}
