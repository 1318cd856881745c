/**
 * The popup bundle's `webextension-polyfill`: the browser's own extension API, without the
 * polyfill's ~10 KB. scripts/build.mjs aliases the polyfill to this file for the popup entry only
 * and says there why that is safe; the background and the charter reader keep the polyfill.
 */
import type { Browser } from 'webextension-polyfill';

type Runtime = Browser['runtime'];

/** How the polyfill (in the background, in Chrome) sends a handler's rejection to the sender. */
interface PolyfillRejection {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}

function isPolyfillRejection(reply: unknown): reply is PolyfillRejection {
  return typeof reply === 'object' && reply !== null && (reply as Partial<PolyfillRejection>).__mozWebExtensionPolyfillReject__ === true;
}

/**
 * Chrome's `runtime`, with the one job of the polyfill the popup still needs from its side of the
 * wire: the background's polyfill answers a rejected handler with `{ __mozWebExtensionPolyfillReject__,
 * message }`, which the sender's polyfill turns back into a rejection. Firefox rejects natively.
 */
function decodingRuntime(runtime: Runtime): Runtime {
  const sendMessage = (...args: Parameters<Runtime['sendMessage']>) =>
    (runtime.sendMessage as (...a: unknown[]) => Promise<unknown>)(...args).then((reply) => {
      if (isPolyfillRejection(reply)) throw new Error(reply.message);
      return reply;
    });
  // Reflect.get on the target itself: Chrome's API objects want to be their own receivers.
  return new Proxy(runtime, { get: (target, key) => (key === 'sendMessage' ? sendMessage : Reflect.get(target, key)) });
}

/** Firefox's `browser` as is, or Chrome's `chrome` (promise-returning in MV3) with rejections decoded. */
function nativeBrowser(): Browser {
  const g = globalThis as unknown as { browser?: Browser; chrome?: Browser };
  // The polyfill's own test: Chrome may define an empty `browser` object in some contexts.
  if (g.browser?.runtime?.id) return g.browser;
  const chrome = g.chrome!; // an extension page always has one
  const runtime = decodingRuntime(chrome.runtime);
  return new Proxy(chrome, { get: (target, key) => (key === 'runtime' ? runtime : Reflect.get(target, key)) });
}

export default nativeBrowser();
