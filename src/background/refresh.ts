/** Recomputes a tab's view after something changed: badge, then a word to any open popup. */
import { notifyPopups } from '../platform/messaging';
import { showBadge } from './badge';
import { computeTabView } from './tab-view';

export async function refreshTab(tabId: number): Promise<void> {
  const view = await computeTabView(tabId);
  await showBadge(tabId, view);
  notifyPopups('tab-changed', { tabId });
}
