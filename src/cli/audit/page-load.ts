/**
 * Loading a site's page for an audit, built for the real web: every way a load can go wrong
 * becomes a reason (never a crash), and "settled" is network idle with a cap.
 */
import type { HTTPResponse, Page } from 'puppeteer-core';

/**
 * What loading one URL gave: the final URL and status, or why there is no page to audit.
 * `settled`: the network went quiet within the cap; `loaded`: the load event had fired by then
 * (a page still loading after the cap "never settles"; a loaded one with a busy network is audited).
 */
export interface LoadOutcome {
  finalUrl: string | null;
  httpStatus: number | null;
  failure: string | null;
  settled: boolean;
  loaded: boolean;
}

export const LOAD_TIMEOUT_MS = 25_000;
export const SETTLE_CAP_MS = 10_000;
const IDLE_MS = 500;
const HTML = /^(?:text\/html|application\/xhtml\+xml)\b/i;

/** The reason of a failed navigation, from Chromium's net error (chrome://network-errors). */
export function navigationReason(message: string, contentType: string | null): string {
  const code = /net::(ERR_[A-Z_]+)/.exec(message)?.[1];
  if (code === 'ERR_NAME_NOT_RESOLVED' || code === 'ERR_NAME_RESOLUTION_FAILED') return 'unreachable: the host does not resolve';
  if (code && /^ERR_(?:CERT_|SSL_|BAD_SSL_|SSL$)/.test(code)) return `tls-error: ${code}`;
  if (code === 'ERR_ABORTED' && contentType !== null && !HTML.test(contentType)) return `not-html: ${contentType.split(';')[0]}`;
  if (code === 'ERR_TOO_MANY_REDIRECTS') return 'too-many-redirects';
  if (code && /^ERR_(?:CONNECTION_|ADDRESS_|EMPTY_RESPONSE|INTERNET_DISCONNECTED|TIMED_OUT|NETWORK_)/.test(code)) return `unreachable: ${code}`;
  if (/timeout/i.test(message)) return `timeout: no page after ${LOAD_TIMEOUT_MS / 1000} s`;
  return `load-error: ${code ?? message.split('\n')[0]!.slice(0, 200)}`;
}

/** The reason a loaded response is not a page to audit, or null. */
export function responseReason(status: number | null, contentType: string | null): string | null {
  if (status !== null && status >= 400) return `http-${status}`;
  if (contentType !== null && contentType !== '' && !HTML.test(contentType)) return `not-html: ${contentType.split(';')[0]}`;
  return null;
}

/** Waits until the network is idle for 500 ms, or the cap; false when the cap was reached. */
export async function settle(page: Page, capMs = SETTLE_CAP_MS): Promise<boolean> {
  try {
    await page.waitForNetworkIdle({ idleTime: IDLE_MS, timeout: capMs, concurrency: 0 });
    return true;
  } catch {
    return false;
  }
}

/** Goes to `url` (or reloads when null) and lets the page settle. */
export async function loadPage(page: Page, url: string | null, capMs = SETTLE_CAP_MS): Promise<LoadOutcome> {
  let main: HTTPResponse | null = null;
  const onResponse = (r: HTTPResponse) => {
    if (r.request().isNavigationRequest() && r.frame() === page.mainFrame()) main = r;
  };
  page.on('response', onResponse);
  try {
    const options = { waitUntil: 'domcontentloaded' as const, timeout: LOAD_TIMEOUT_MS };
    const response = await (url === null ? page.reload(options) : page.goto(url, options)).catch(async (error: unknown) => {
      // A download (a non-HTML answer) aborts the navigation, sometimes before its response event
      // reaches us: give that event a moment, so the reason is "not-html", not "aborted".
      const seenYet = () => main !== null; // set by the response listener meanwhile
      for (let waited = 0; !seenYet() && waited < 1000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      const seen = main as HTTPResponse | null;
      throw new Error(navigationReason(error instanceof Error ? error.message : String(error), seen?.headers()['content-type'] ?? null));
    });
    const last = response ?? (main as HTTPResponse | null);
    const status = last?.status() ?? null;
    const failure = responseReason(status, last?.headers()['content-type'] ?? null);
    const settled = failure ? true : await settle(page, capMs);
    const loaded = settled || (await page.evaluate(() => document.readyState === 'complete').catch(() => false));
    return { finalUrl: page.url(), httpStatus: status, failure, settled, loaded };
  } catch (error) {
    return { finalUrl: null, httpStatus: null, failure: error instanceof Error ? error.message : String(error), settled: false, loaded: false };
  } finally {
    page.off('response', onResponse);
  }
}
