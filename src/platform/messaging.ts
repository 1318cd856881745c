/** Typed messaging over runtime/tabs messages (docs/ARCHITECTURE.md, "Layers"). */
import type { AuditViewApi } from '../contracts/audit';
import type { ApiMap, BackgroundApi, ContentApi, Envelope, PopupApi } from '../contracts/messages';
import { browser, type Runtime } from './browser';

/** A handler for each request of a map; the sender is passed so trust can be checked. */
export type Handlers<M extends ApiMap<M>> = {
  [K in keyof M]: (payload: M[K]['req'], sender: Runtime.MessageSender) => Promise<M[K]['res']> | M[K]['res'];
};

function isEnvelope(message: unknown): message is { type: string; payload: unknown } {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}

/**
 * Builds the runtime.onMessage listener for a handler map. Unknown types return undefined and
 * leave the message to other listeners; known ones return the handler's promise. Errors reach the
 * sender as a plain message only (no stack or cause crosses the boundary).
 */
export function makeListener<M extends ApiMap<M>>(handlers: Handlers<M>) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as keyof M] as unknown as (p: unknown, s: Runtime.MessageSender) => unknown;
    return Promise.resolve()
      .then(() => handler(message.payload, sender))
      .catch((error: unknown) => {
        console.error(`[ext] ${message.type} failed:`, error);
        throw new Error(error instanceof Error ? error.message : String(error));
      });
  };
}

/** Registers the handlers on runtime.onMessage; call at the top level of a context. */
export function serve<M extends ApiMap<M>>(handlers: Handlers<M>): void {
  browser.runtime.onMessage.addListener(makeListener(handlers));
}

export const serveBackground = (handlers: Handlers<BackgroundApi>) => serve(handlers);
export const serveContent = (handlers: Handlers<ContentApi>) => serve(handlers);
export const servePopup = (handlers: Handlers<PopupApi>) => serve(handlers);
export const serveAuditView = (handlers: Handlers<AuditViewApi>) => serve(handlers);

/** Sends a request to the background worker. */
export function sendToBackground<K extends keyof BackgroundApi>(type: K, payload: BackgroundApi[K]['req']): Promise<BackgroundApi[K]['res']> {
  const envelope: Envelope<BackgroundApi, K> = { type, payload };
  return browser.runtime.sendMessage(envelope) as Promise<BackgroundApi[K]['res']>;
}

/** Sends a request to the content script of one tab. */
export function sendToTab<K extends keyof ContentApi>(tabId: number, type: K, payload: ContentApi[K]['req']): Promise<ContentApi[K]['res']> {
  const envelope: Envelope<ContentApi, K> = { type, payload };
  return browser.tabs.sendMessage(tabId, envelope) as Promise<ContentApi[K]['res']>;
}

/** Tells open popups that something changed; nobody listening is normal, not an error. */
export function notifyPopups<K extends keyof PopupApi>(type: K, payload: PopupApi[K]['req']): void {
  const envelope: Envelope<PopupApi, K> = { type, payload };
  browser.runtime.sendMessage(envelope).catch(() => undefined);
}

/** Tells open audit views that an audit changed; nobody listening is normal, not an error. */
export function notifyAuditViews<K extends keyof AuditViewApi>(type: K, payload: AuditViewApi[K]['req']): void {
  const envelope: Envelope<AuditViewApi, K> = { type, payload };
  browser.runtime.sendMessage(envelope).catch(() => undefined);
}

/**
 * True when a message comes from one of this extension's own pages (the popup, also when opened
 * in a tab), not from a content script: a content script's sender URL is the web page's.
 */
export function isFromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}
