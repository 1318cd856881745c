/**
 * Where the audit view's data comes from: which tab it shows (`?tab=<id>`, else the active tab of
 * its own window, followed as the user switches tabs: Chrome's side panel and Firefox's sidebar
 * open on plain `audit.html`), the background's snapshot, and its `audit-changed` notices.
 */
import type { AuditSnapshot } from '../contracts/audit';
import { REPORT_TIMEOUT_MS } from '../contracts/constants';
import { browser } from '../platform/browser';
import { withDeadline } from '../platform/deadline';
import { sendToBackground, serveAuditView } from '../platform/messaging';

/** `?tab=<id>` when given (a positive integer), else undefined: follow the active tab. */
export function tabFromQuery(search: string): number | undefined {
  const id = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** The active tab of the view's own window (the side panel's, the sidebar's, or the tab's). */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * Calls `onTab` when the active tab of this window changes, or the active tab navigates
 * (a new page, a new site to audit). Returns the unsubscribe.
 */
export function followActiveTab(onTab: (tabId: number) => void): () => void {
  let windowId: number | undefined;
  void browser.windows
    .getCurrent()
    .then((w) => (windowId = w.id))
    .catch((e: unknown) => console.warn('[ext] windows.getCurrent failed', e));
  let current: number | undefined;
  const activated = (info: { tabId: number; windowId: number }) => {
    if (windowId !== undefined && info.windowId !== windowId) return;
    current = info.tabId;
    onTab(info.tabId);
  };
  const updated = (tabId: number, change: { url?: string; status?: string }) => {
    if (tabId === current && (change.url || change.status === 'complete')) onTab(tabId);
  };
  void activeTabId().then((id) => (current ??= id));
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

/** The audit of a tab, from the background (an error after REPORT_TIMEOUT_MS without answer). */
export function getAudit(tabId: number): Promise<AuditSnapshot> {
  return withDeadline(sendToBackground('audit-get', { tabId }), REPORT_TIMEOUT_MS, (): never => {
    throw new Error('background not responding');
  });
}

/** Calls `onChange` when the background says the audit of the shown tab changed; returns the unsubscribe. */
export function subscribeToAudit(currentTab: () => number | undefined, onChange: () => void): () => void {
  let active = true;
  serveAuditView({
    'audit-changed': ({ tabId }) => {
      if (active && tabId === currentTab()) onChange();
    },
  });
  return () => {
    active = false;
  };
}
