/**
 * Finds, fetches and parses the portal's charter: read → judge (src/core/candidate.ts) → report.
 * Same-origin candidates are fetched here, with the user's cookies only for the charter's own
 * addresses (src/core/discovery.ts says which); a charter linked on another origin is read by the
 * background, which answers with what it read, never the page (CORS binds this script).
 * Fetched HTML is parsed with DOMParser into an inert document (src/platform/parse-html.ts).
 */
import { readCandidate, searchFinding, judgeParsed, type CandidateOutcome } from '../core/candidate';
import { parseCharter } from '../core/charter/parse-charter';
import { findCharterCandidates, type Candidate, type DiscoveryOptions } from '../core/discovery';
import type { CharterFinding } from '../core/findings';
import { isCharterPath } from '../core/portal';
import { sha256Hex } from '../core/sha256';
import { CHARTER_FETCH_TIMEOUT_MS } from '../contracts/constants';
import { fetchPage } from '../platform/fetch-page';
import { sendToBackground } from '../platform/messaging';
import { parseCharterHtml } from '../platform/parse-html';

/** One candidate's outcome: fetched here when on this origin, else by the background. */
function readHere(candidate: Candidate, pageUrl: string): Promise<CandidateOutcome> {
  if (!candidate.sameOrigin) return sendToBackground('fetch-charter', { url: candidate.url });
  return readCandidate(candidate.url, pageUrl, {
    fetch: (url) => fetchPage(url, candidate.withCookies ? 'same-origin' : 'omit'),
    parse: parseCharterHtml,
    now: () => new Date().toISOString(),
    timeoutMs: CHARTER_FETCH_TIMEOUT_MS,
  });
}

/**
 * The live page as the charter, when it is one: the usual charter path, or any portal page that
 * holds a cookie table. That is how a user points the extension at a charter published elsewhere:
 * by opening it. The live document is parsed as it is; its serialised text is only what the
 * SHA-256 covers, so that a report cites what was read. `pointed`: the page the user said is the
 * site's cookie policy; when it is this one, it is read even without a table (to say so).
 */
export function findLiveCharter(pointed?: string): CharterFinding | undefined {
  const url = location.href;
  const parsed = parseCharter(document, url);
  const isPointed = pointed !== undefined && pointed === url.replace(/#.*$/, '');
  if (!isCharterPath(location.pathname) && parsed.kind !== 'declaration' && !isPointed) return undefined;
  const source = { url, fetchedAt: new Date().toISOString(), sha256: sha256Hex(document.documentElement.outerHTML) };
  return searchFinding([{ url, outcome: judgeParsed(url, url, parsed, source) }]);
}

/** Looks for the charter at each candidate address in turn, until one holds a cookie table (`options`: see DiscoveryOptions). */
export async function findCharter(options: DiscoveryOptions = {}): Promise<CharterFinding> {
  const pageUrl = location.href;
  const results: { url: string; outcome: CandidateOutcome }[] = [];
  for (const candidate of findCharterCandidates(document, pageUrl, options)) {
    const outcome = await readHere(candidate, pageUrl).catch((error: unknown): CandidateOutcome => ({
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
    }));
    results.push({ url: candidate.url, outcome });
    if (outcome.kind === 'ok') break;
  }
  return searchFinding(results);
}
