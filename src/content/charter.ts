/**
 * Finds, fetches and parses the portal's charter. Same-origin candidates are fetched here; a
 * charter linked on another origin is fetched by the background (CORS binds this script).
 * The HTML is parsed with DOMParser into an inert document: its scripts never run, its images
 * never load, and nothing of it is ever inserted into the page.
 */
import { parseCharter } from '../core/charter/parse-charter';
import { findCharterCandidates } from '../core/discovery';
import { isCharterPath } from '../core/portal';
import { sha256Hex } from '../core/sha256';
import type { CharterFinding } from '../core/findings';
import type { FetchedPage } from '../shared/messages';
import { CHARTER_FETCH_TIMEOUT_MS } from '../shared/constants';
import { fetchPage } from '../platform/fetch-page';
import { sendToBackground } from '../platform/messaging';

/** Same-origin candidates are fetched here; others by the background (CORS binds this script). */
function fetchCandidate(url: string): Promise<FetchedPage> {
  return new URL(url).origin === location.origin ? fetchPage(url, 'same-origin') : sendToBackground('fetch-charter', { url });
}

/** Parses charter HTML into a finding (ok / no-table). */
function readHtml(html: string, url: string, tried: string[]): CharterFinding {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const source = { url, fetchedAt: new Date().toISOString(), sha256: sha256Hex(html) };
  const result = parseCharter(doc, url);
  return result.kind === 'declaration'
    ? { status: 'ok', declaration: result.declaration, tried, ...source }
    : { status: 'no-table', title: result.title, tried, ...source };
}

const REASONS: Record<string, string> = {
  network: 'network error, or a redirect to another site',
  timeout: `no answer within ${CHARTER_FETCH_TIMEOUT_MS / 1000} s`,
  'too-large': 'the page is too large to be a charter',
};

/**
 * The live page as the charter, when it is one: the usual charter path, or any portal page that
 * holds a cookie table. That is how a user points the extension at a charter published elsewhere:
 * by opening it.
 */
export function findLiveCharter(): CharterFinding | undefined {
  const isCharter = isCharterPath(location.pathname);
  if (!isCharter && parseCharter(document, location.href).kind !== 'declaration') return undefined;
  return readHtml(document.documentElement.outerHTML, location.href, [location.href]);
}

/** Looks for the charter at each candidate address in turn. */
export async function findCharter(): Promise<CharterFinding> {
  const tried: string[] = [];
  let fallback: CharterFinding | undefined;
  for (const url of findCharterCandidates(document, location.href)) {
    tried.push(url);
    const page = await fetchCandidate(url);
    if (!page.ok) {
      fallback ??= { status: 'error', url, tried, message: REASONS[page.reason] ?? page.reason };
      continue;
    }
    if (page.status === 404 || page.status === 410) continue;
    if (page.status >= 400) {
      fallback ??= { status: 'error', url, tried, message: `the server answered HTTP ${page.status}` };
      continue;
    }
    if (!/html/i.test(page.contentType)) {
      fallback ??= { status: 'error', url, tried, message: `not an HTML page (${page.contentType || 'no content type'})` };
      continue;
    }
    const finding = readHtml(page.html, page.url, tried);
    if (finding.status === 'ok') return finding;
    // A charter address that lands elsewhere (a login page, say) is worth saying so plainly.
    fallback ??= page.url !== url ? { status: 'error', url, tried, message: `redirected to ${page.url}, which holds no cookie table` } : finding;
  }
  return fallback
    ? { ...fallback, tried }
    : { status: 'not-found', tried, message: 'no charter page answered at the usual addresses' };
}
