/** Where the popup's data comes from: the background, with a deadline, and its change notices. */
import type { TabView } from '../contracts/state';
import { BACKGROUND_TIMEOUT_MS, REPORT_TIMEOUT_MS } from '../contracts/constants';
import { browser } from '../platform/browser';
import { sendToBackground, servePopup } from '../platform/messaging';
import { withDeadline } from '../platform/deadline';

/** The tab the popup is about: ?tab=<id> when given, else the active tab of this window. */
export async function targetTabId(): Promise<number> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

export class BackgroundTimeout extends Error {}

/** Resolves with `work`, or rejects with BackgroundTimeout after `ms`. */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  return withDeadline(work, ms, (): never => {
    throw new BackgroundTimeout('background not responding');
  });
}

/**
 * Asks the background for the view. A ping tells a stopped or broken background (no answer
 * within BACKGROUND_TIMEOUT_MS) from one that is busy with a large report, which may take longer.
 */
export async function loadView(): Promise<{ tabId: number; view: TabView }> {
  const tabId = await targetTabId();
  const view = sendToBackground('get-tab-view', { tabId });
  view.catch(() => undefined); // judged below, after the ping
  await within(sendToBackground('ping', {}), BACKGROUND_TIMEOUT_MS);
  return { tabId, view: await within(view, REPORT_TIMEOUT_MS) };
}

/** Calls `onChange` when the background says the popup's tab changed; returns the unsubscribe. */
export function subscribeToTab(currentTab: () => number | undefined, onChange: () => void): () => void {
  let active = true;
  servePopup({
    'tab-changed': ({ tabId }) => {
      if (active && tabId === currentTab()) onChange();
    },
  });
  return () => {
    active = false;
  };
}
