/**
 * Fetches a charter page on another origin for a content script (an administrator may link the
 * charter elsewhere; the content script's own fetch is bound by the page's CORS). No cookies are
 * sent: the charter is public text.
 */
import { isTimeout } from '../core/validate';
import type { FetchedPage } from '../shared/messages';
import { CHARTER_FETCH_TIMEOUT_MS, MAX_CHARTER_BYTES } from '../shared/constants';

export async function fetchCharterPage(url: string): Promise<FetchedPage> {
  try {
    const response = await fetch(url, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(CHARTER_FETCH_TIMEOUT_MS) });
    const contentType = response.headers.get('content-type') ?? '';
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_CHARTER_BYTES) return { ok: false, url, reason: 'too-large' };
    const html = await response.text();
    if (html.length > MAX_CHARTER_BYTES) return { ok: false, url, reason: 'too-large' };
    return { ok: true, url: response.url || url, status: response.status, contentType, html };
  } catch (error) {
    const reason = isTimeout(error) ? 'timeout' : 'network';
    return { ok: false, url, reason };
  }
}
