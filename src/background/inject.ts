/**
 * Loads scripts into tabs. The charter reader goes only into portal tabs (the every-page script
 * stays tiny); after an install or reload, the every-page script goes back into open tabs, whose
 * old copies were orphaned (Chrome does not re-run content scripts in existing tabs).
 */
import { browser } from '../platform/browser';
import { withDeadline } from '../platform/deadline';
import { PROBE_TIMEOUT_MS } from '../contracts/constants';

/** Loads the charter reader into the top frame of a portal tab. */
export async function injectReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['reader.js'] });
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
