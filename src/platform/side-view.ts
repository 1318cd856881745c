/**
 * Opens the audit view (audit.html?tab=<id>) beside the page: Chrome's side panel, Firefox's
 * sidebar, else a tab. Both browsers open a panel only during a user gesture, so every call here
 * is made synchronously in the click handler, before any await:
 * - Chrome: `sidePanel.setOptions({ tabId, path })` then `sidePanel.open({ tabId })`, neither
 *   awaited (awaiting setOptions first loses the gesture:
 *   https://developer.chrome.com/docs/extensions/reference/api/sidePanel#user-interaction);
 * - Firefox: `sidebarAction.setPanel` then `sidebarAction.open()`, which Firefox allows only
 *   "from inside a user action handler"
 *   (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/sidebarAction/open).
 */
import { browser } from './browser';

/** The audit view's page for a tab, relative to the extension's root. */
export const auditPath = (tabId: number) => `audit.html?tab=${tabId}`;

type SidePanel = Pick<typeof chrome.sidePanel, 'setOptions' | 'open'>;
type Sidebar = { setPanel(details: { panel: string; windowId?: number; tabId?: number }): Promise<void>; open(): Promise<void> };

/** Chrome's side panel API, when this browser has one (Firefox has none). */
function sidePanel(): SidePanel | undefined {
  const api = (globalThis as { chrome?: { sidePanel?: SidePanel } }).chrome?.sidePanel;
  return typeof api?.open === 'function' ? api : undefined;
}

/** Firefox's sidebar API, when this browser has one (Chrome has none). */
function sidebar(): Sidebar | undefined {
  const api = (browser as unknown as { sidebarAction?: Sidebar }).sidebarAction;
  return typeof api?.open === 'function' ? api : undefined;
}

const inTab = (tabId: number) => browser.tabs.create({ url: browser.runtime.getURL(auditPath(tabId)) }).then(() => 'tab' as const);

/**
 * Opens the audit view of `tabId` (Firefox: in the sidebar of `windowId`, else of that tab).
 * Call it straight from a click handler. Resolves with where it opened; a panel that refuses to
 * open falls back to a tab.
 */
export function openAuditView(tabId: number, windowId?: number): Promise<'side-panel' | 'sidebar' | 'tab'> {
  const path = auditPath(tabId);
  const panel = sidePanel();
  if (panel) {
    const options = panel.setOptions({ tabId, path, enabled: true });
    const opened = panel.open({ tabId } as chrome.sidePanel.OpenOptions);
    return Promise.all([options, opened]).then(
      () => 'side-panel' as const,
      (e: unknown) => (console.warn('[ext] side panel did not open; opening a tab', e), inTab(tabId)),
    );
  }
  const bar = sidebar();
  if (bar) {
    const url = browser.runtime.getURL(path);
    const set = bar.setPanel(windowId !== undefined ? { panel: url, windowId } : { panel: url, tabId });
    const opened = bar.open();
    return Promise.all([set, opened]).then(
      () => 'sidebar' as const,
      (e: unknown) => (console.warn('[ext] sidebar did not open; opening a tab', e), inTab(tabId)),
    );
  }
  return inTab(tabId);
}

/** The window a tab is in, looked up ahead of the click (the click handler may not await). */
export async function windowOf(tabId: number): Promise<number | undefined> {
  try {
    return (await browser.tabs.get(tabId)).windowId;
  } catch {
    return undefined;
  }
}
