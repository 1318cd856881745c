/**
 * Loads scripts into tabs. The charter reader goes only into portal tabs (the every-page script
 * stays tiny); after an install or reload, the every-page script goes back into open tabs, whose
 * old copies were orphaned (Chrome does not re-run content scripts in existing tabs).
 */
import { browser } from '../platform/browser';
import { withDeadline } from '../platform/deadline';
import { sendToTab } from '../platform/messaging';
import { PROBE_TIMEOUT_MS } from '../contracts/constants';

/** Loads the charter reader into the top frame of a portal tab. */
export async function injectReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['reader.js'] });
}

/**
 * Has the tab's reader read its page again: asks an injected one to rescan, or loads one (a new
 * document has none). The reader's marker lives in the extension's isolated world, which every
 * injection of this extension into the frame shares, never in the page's.
 */
export async function startReader(tabId: number): Promise<void> {
  const [present] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: () => (globalThis as { cookieCharterReader?: boolean }).cookieCharterReader === true,
  });
  if (present?.result !== true) return injectReader(tabId);
  // Not awaited: the rescan answers when its whole search is done, and `charter-read` says so first.
  sendToTab(tabId, 'rescan', { force: true }).catch((e: unknown) => console.warn('[ext] rescan failed', e));
}

/**
 * Runs the full portal check (probe.js) in the top frame of a tab: 'portal', 'none', or
 * 'no-answer' when the page's main thread is too busy to run it within PROBE_TIMEOUT_MS.
 * A tab we may not script is no portal.
 */
export function probeTab(tabId: number): Promise<'portal' | 'none' | 'no-answer'> {
  const injected = browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, files: ['probe.js'] })
    .then(([injection]): 'portal' | 'none' => ((injection?.result as { isPortal?: unknown } | undefined)?.isPortal === true ? 'portal' : 'none'))
    .catch((): 'none' => 'none');
  return withDeadline(injected, PROBE_TIMEOUT_MS, (): 'no-answer' => 'no-answer');
}

/** Re-runs the portal check in every open web tab; tabs we may not script are skipped. */
export async function reinjectContentScripts(): Promise<void> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined || tab.discarded
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: ['content.js'] }).catch(() => undefined),
    ),
  );
}
