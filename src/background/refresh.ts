/** Recomputes a tab's view after something changed: badge, then a word to any open popup. */
import { notifyPopups } from '../platform/messaging';
import { showBadge } from './badge';
import { computeTabView } from './tab-view';
import { rememberView } from './view-memo';

export async function refreshTab(tabId: number): Promise<void> {
  const view = await computeTabView(tabId);
  await showBadge(tabId, view);
  // The popup answers the notice with get-tab-view: it gets this view, not a second comparison.
  rememberView(tabId, view, Date.now());
  notifyPopups('tab-changed', { tabId });
}
