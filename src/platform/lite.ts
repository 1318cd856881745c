/**
 * The one message the every-page content script sends, without the polyfill: that script runs on
 * every http(s) page, so it must stay a few hundred bytes. Both browsers' MV3 `runtime.sendMessage`
 * return a promise natively (Firefox as `browser`, Chrome as `chrome`).
 * The one exception to "every bundle uses the polyfill", with its measured reason: BUNDLES in scripts/build.mjs.
 */
import type { BackgroundApi, Envelope } from '../contracts/messages';

interface LiteRuntime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** Tells the background that this page is a portal, so it loads the charter reader into it. */
export function announcePortal(): Promise<unknown> {
  const g = globalThis as unknown as { browser?: LiteRuntime; chrome?: LiteRuntime };
  const api = g.browser ?? g.chrome;
  const envelope: Envelope<BackgroundApi, 'portal-detected'> = { type: 'portal-detected', payload: {} };
  return api ? api.runtime.sendMessage(envelope) : Promise.reject(new Error('no extension runtime'));
}
