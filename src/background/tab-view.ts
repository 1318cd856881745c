/** Glue: read what the background holds for a tab, let the core build the view. */
import { buildTabView } from '../core/view';
import type { TabView } from '../core/findings';
import { browser } from '../platform/browser';
import { readTab, resolveFinding } from '../platform/storage';
import { readTabCookies } from './cookies';

/** The popup's view of a tab, computed fresh from storage and the cookies API. */
export async function computeTabView(tabId: number): Promise<TabView> {
  const [record, tab] = await Promise.all([readTab(tabId), browser.tabs.get(tabId).catch(() => undefined)]);
  const tabUrl = tab?.url ?? null;
  const facts = record && isSameOrigin(record.facts.pageUrl, tabUrl) ? record.facts : null;
  const finding = facts && record ? await resolveFinding(record) : null;
  const cookies = facts && finding?.status === 'ok' ? await readTabCookies(tabId, facts) : [];
  return buildTabView({
    tabUrl,
    tabLoading: tab?.status === 'loading',
    facts,
    finding,
    cookies,
    now: Date.now() / 1000,
  });
}

function isSameOrigin(a: string, b: string | null): boolean {
  if (!b) return true; // no tab URL to compare with (no permission for it): trust the record
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
