/** Turns what the background holds for a tab into what the popup shows. */
import { compareDeclaration } from './compare/compare';
import { consentClassOfRow } from './consent/classify';
import { consentFlags, consentSituation, mergeFlags } from './consent/outside-audit';
import type { ConsentState, ReferenceLookup } from './consent/types';
import type { CharterFinding, PageFacts, TabView } from './findings';
import type { ObservedCookie, Report } from './types';

export interface ViewInput {
  /** The tab's current URL, when known. */
  tabUrl: string | null;
  /** The tab is still loading (the content script may not have run yet). */
  tabLoading: boolean;
  facts: PageFacts | null;
  finding: CharterFinding | null;
  cookies: ObservedCookie[];
  /** Seconds since the epoch. */
  now: number;
  /** The site's consent state, derived from its consent cookie (absent: none found). */
  consent?: ConsentState;
  /** The reference database, when loaded: the last say on a cookie's consent class. */
  reference?: ReferenceLookup;
}

/**
 * Builds the popup's view for a tab.
 * @example buildTabView({ tabUrl: 'https://x.fr/', tabLoading: false, facts: null, finding: null, cookies: [], now: 0 }).kind // 'not-portal'
 */
export function buildTabView(input: ViewInput): TabView {
  const { facts, finding, tabUrl } = input;
  if (!facts) return input.tabLoading && tabUrl ? { kind: 'loading', pageUrl: tabUrl } : { kind: 'not-portal', pageUrl: tabUrl };
  const pageUrl = tabUrl ?? facts.pageUrl;
  if (!finding) return { kind: 'loading', pageUrl };
  switch (finding.status) {
    case 'not-found':
      return { kind: 'no-charter', pageUrl, tried: finding.tried, message: finding.message };
    case 'error':
      return { kind: 'error', pageUrl, url: finding.url, tried: finding.tried, message: finding.message };
    case 'no-table':
      return { kind: 'no-table', pageUrl, title: finding.title, source: sourceOf(finding) };
    case 'ok': {
      const compared = compareDeclaration(finding.declaration, input.cookies, { pageUrl, charterUrl: finding.url, now: input.now });
      const report = withConsent(compared, input.consent, input.reference);
      const view: TabView = { kind: 'report', pageUrl, portalName: facts.portalName, source: sourceOf(finding), report };
      if (input.consent) view.consent = input.consent;
      return view;
    }
  }
}

/**
 * Gives every row its consent class and reason, and the consent flags the state implies
 * (src/core/consent/outside-audit.ts). New row objects: the comparison's stay as they were.
 */
export function withConsent(report: Report, consent: ConsentState | undefined, reference?: ReferenceLookup): Report {
  const reasons = report.rows.map((row) => consentClassOfRow(row, reference));
  const needsConsentPresent = report.rows.some((row, i) => row.observed !== null && reasons[i]?.class === 'needs-consent');
  const situation = consentSituation(consent, needsConsentPresent);
  const rows = report.rows.map((row, i) => {
    const { class: consentClass, ...consentReason } = reasons[i] ?? { class: 'unknown' as const, basis: 'none' as const };
    return { ...row, flags: mergeFlags(row.flags, consentFlags(row, consentClass, situation)), consentClass, consentReason };
  });
  return { ...report, rows };
}

/**
 * Some row's class was left to the reference database (neither the charter nor the known-tracker
 * table decided it), so loading the database could change the view.
 */
export function needsReference(view: TabView): boolean {
  return view.kind === 'report' && view.report.rows.some((row) => row.consentReason?.basis === 'none');
}

function sourceOf(finding: { url: string; fetchedAt: string; sha256: string }) {
  return { url: finding.url, fetchedAt: finding.fetchedAt, sha256: finding.sha256 };
}
