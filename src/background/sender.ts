/**
 * Who sent a message, from what the browser filled in (`sender`), never from the payload: a page
 * and its content scripts are untrusted (a compromised renderer runs code there).
 */
import { isWebUrl } from '../core/validate';
import { browser, type Runtime } from '../platform/browser';
import { isFromExtensionPage } from '../platform/messaging';

/** The top frame of a web tab that sent a message. */
export interface SendingPage {
  tabId: number;
  /** The frame's origin, as the browser gave it. */
  origin: string;
  storeId?: string;
  incognito: boolean;
}

/** The cookie store of a tab: Firefox names it on the tab; Chrome lists its stores' tabs. */
async function storeOfTab(tab: { id?: number; cookieStoreId?: string }): Promise<string | undefined> {
  if (tab.cookieStoreId) return tab.cookieStoreId;
  const stores = await browser.cookies.getAllCookieStores();
  return stores.find((store) => tab.id !== undefined && store.tabIds.includes(tab.id))?.id;
}

/**
 * The sending tab's top frame, or a refusal: only content scripts in a tab's top frame, on an
 * http(s) page, send these requests. The origin comes from `sender.url` (both browsers) or
 * `sender.origin` (Chrome), which the browser sets for the frame.
 */
export async function sendingPage(sender: Runtime.MessageSender): Promise<SendingPage> {
  const tab = sender.tab;
  if (tab?.id === undefined || sender.frameId !== 0) throw new Error("expected a message from a tab's top frame");
  const url = sender.url ?? (sender as { origin?: string }).origin;
  if (!isWebUrl(url) || isFromExtensionPage(sender)) throw new Error('expected a message from a web page');
  const storeId = await storeOfTab(tab);
  return { tabId: tab.id, origin: new URL(url).origin, ...(storeId ? { storeId } : {}), incognito: tab.incognito === true };
}

/** Refuses a popup-only request that does not come from one of this extension's pages. */
export function requireExtensionPage(sender: Runtime.MessageSender): void {
  if (!isFromExtensionPage(sender)) throw new Error('refused: not an extension page');
}
