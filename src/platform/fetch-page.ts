/**
 * Fetches a charter page with the limits every context applies: a timeout, a size cap (checked
 * on the announced length first, then on the text), and failures turned into a reason, never thrown.
 */
import { isTimeout } from '../core/validate';
import type { FetchedPage } from '../shared/messages';
import { CHARTER_FETCH_TIMEOUT_MS, MAX_CHARTER_BYTES } from '../shared/constants';

/** `credentials`: 'same-origin' for the portal's own page, 'omit' for a charter on another site. */
export async function fetchPage(url: string, credentials: RequestCredentials): Promise<FetchedPage> {
  try {
    const response = await fetch(url, { credentials, redirect: 'follow', signal: AbortSignal.timeout(CHARTER_FETCH_TIMEOUT_MS) });
    if (Number(response.headers.get('content-length') ?? 0) > MAX_CHARTER_BYTES) return { ok: false, url, reason: 'too-large' };
    const html = await response.text();
    if (html.length > MAX_CHARTER_BYTES) return { ok: false, url, reason: 'too-large' };
    return { ok: true, url: response.url || url, status: response.status, contentType: response.headers.get('content-type') ?? '', html };
  } catch (error) {
    return { ok: false, url, reason: isTimeout(error) ? 'timeout' : 'network' };
  }
}
