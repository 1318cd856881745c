/**
 * Reads a charter page on another origin for a content script (an administrator may link the
 * charter elsewhere; the content script's own fetch is bound by the page's CORS). The background
 * is not a proxy for the page: it requests only what the request policy allows for the sending
 * tab's own origin (from the browser-filled sender, never the payload), sends no cookies, parses
 * the page itself and answers with what it read (a declaration, no table, or why not), never the
 * page's HTML.
 */
import { readCandidate, type CandidateOutcome } from '../core/candidate';
import { requestRefusal } from '../core/request-policy';
import { isWebUrl } from '../core/validate';
import { CHARTER_FETCH_TIMEOUT_MS } from '../contracts/constants';
import { parseInBackground } from '../platform/background-parse';
import { fetchPage } from '../platform/fetch-page';

/** The charter at `url` as read for a page of `pageOrigin`; throws on an address the policy refuses. */
export async function readCharterElsewhere(pageOrigin: string, url: unknown): Promise<CandidateOutcome> {
  if (!isWebUrl(url)) throw new Error('invalid charter URL');
  const refusal = requestRefusal(pageOrigin, url);
  if (refusal !== undefined) throw new Error(`refused: ${url} is ${refusal}`);
  return readCandidate(url, pageOrigin, {
    fetch: (address) => fetchPage(address, 'omit'),
    parse: parseInBackground,
    now: () => new Date().toISOString(),
    timeoutMs: CHARTER_FETCH_TIMEOUT_MS,
  });
}
