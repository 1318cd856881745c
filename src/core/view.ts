/** Turns what the background holds for a tab into what the popup shows. */
import { compareDeclaration } from './compare/compare';
import type { CharterFinding, PageFacts, TabView } from './findings';
import type { ObservedCookie } from './types';

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
      const report = compareDeclaration(finding.declaration, input.cookies, { pageUrl, charterUrl: finding.url, now: input.now });
      return { kind: 'report', pageUrl, portalName: facts.portalName, source: sourceOf(finding), report };
    }
  }
}

function sourceOf(finding: { url: string; fetchedAt: string; sha256: string }) {
  return { url: finding.url, fetchedAt: finding.fetchedAt, sha256: finding.sha256 };
}
