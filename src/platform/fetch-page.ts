/**
 * Fetches a charter page with the limits every context applies: a timeout (on the answer and on
 * its body), a size cap (on the announced length, then on the bytes as they stream in: a hostile
 * server that never ends its body is cut off at the cap, not buffered), the bytes decoded as a
 * browser would (core/charset.ts), and failures turned into a reason, never thrown.
 */
import { decodeHtml } from '../core/charset';
import { isTimeout } from '../core/validate';
import type { FetchedPage } from '../contracts/messages';
import { CHARTER_FETCH_TIMEOUT_MS, MAX_CHARTER_BYTES } from '../contracts/constants';

/** A promise that rejects with the signal's reason once it aborts. */
function abortion(signal: AbortSignal): Promise<never> {
  const promise = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  promise.catch(() => undefined); // raced below; never an unhandled rejection
  return promise;
}

/**
 * The body's bytes, or 'too-large' as soon as they pass `max` (the stream is cancelled there).
 * Each read is raced against the signal: a body that stalls fails with the timeout.
 */
async function readCapped(body: ReadableStream<Uint8Array>, signal: AbortSignal, max: number): Promise<Uint8Array | 'too-large'> {
  const reader = body.getReader();
  const aborted = abortion(signal);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      total += value.byteLength;
      if (total > max) return 'too-large';
      chunks.push(value);
    }
  } finally {
    // Frees the connection of a body not read to its end; a cancel that fails changes nothing.
    reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** `credentials`: 'same-origin' for the portal's own page, 'omit' for a charter on another site. */
export async function fetchPage(url: string, credentials: RequestCredentials): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(CHARTER_FETCH_TIMEOUT_MS);
  try {
    const response = await Promise.race([fetch(url, { credentials, redirect: 'follow', signal }), abortion(signal)]);
    if (Number(response.headers.get('content-length') ?? 0) > MAX_CHARTER_BYTES) {
      response.body?.cancel().catch(() => undefined);
      return { ok: false, url, reason: 'too-large' };
    }
    const bytes = response.body === null ? new Uint8Array(0) : await readCapped(response.body, signal, MAX_CHARTER_BYTES);
    if (bytes === 'too-large') return { ok: false, url, reason: 'too-large' };
    const contentType = response.headers.get('content-type') ?? '';
    const html = decodeHtml(bytes, contentType).text;
    return { ok: true, url: response.url || url, status: response.status, contentType, html };
  } catch (error) {
    return { ok: false, url, reason: isTimeout(error) ? 'timeout' : 'network' };
  }
}
