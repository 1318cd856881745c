/**
 * Storage the service worker relies on: it may be stopped at any moment, so nothing lives only
 * in memory. Tab state goes to storage.session (gone with the browser session, like the tabs),
 * charters per origin to storage.local (survive restarts, refreshed after CHARTER_CACHE_MS),
 * except those read in a private window: they stay in storage.session, so that no portal visited
 * privately is ever written to disk.
 */
import type { CharterFinding, PageFacts } from '../shared/state';
import { browser } from './browser';

export interface TabRecord {
  facts: PageFacts;
  /**
   * What the tab's charter search found. 'cached' points at the origin's charter in
   * storage.local: a 20,000-row declaration is kept once, not once per tab as well.
   */
  finding: CharterFinding | 'cached' | null;
}

export interface CachedCharter {
  finding: CharterFinding;
  storedAt: number;
}

const tabKey = (tabId: number) => `tab:${tabId}`;
const charterKey = (origin: string) => `charter:${origin}`;

// storage.session is the right home for per-tab state; fall back to local where it is missing.
const sessionArea = () => browser.storage.session ?? browser.storage.local;

export async function readTab(tabId: number): Promise<TabRecord | undefined> {
  const key = tabKey(tabId);
  return (await sessionArea().get(key))[key] as TabRecord | undefined;
}

export async function writeTab(tabId: number, record: TabRecord): Promise<void> {
  await sessionArea().set({ [tabKey(tabId)]: record });
}

export async function removeTab(tabId: number): Promise<void> {
  await sessionArea().remove(tabKey(tabId));
}

/** Every tab that has portal state, for updates that concern several tabs (cookie changes). */
export async function readAllTabs(): Promise<Map<number, TabRecord>> {
  const all = await sessionArea().get(null);
  const tabs = new Map<number, TabRecord>();
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith('tab:')) tabs.set(Number(key.slice(4)), value as TabRecord);
  }
  return tabs;
}

/** The origin's cached charter: the fresher of a private window's copy and the disk's. */
export async function readCharter(origin: string): Promise<CachedCharter | undefined> {
  const key = charterKey(origin);
  const [inSession, onDisk] = await Promise.all([sessionArea().get(key), browser.storage.local.get(key)]);
  const copies = [inSession[key], onDisk[key]].filter(Boolean) as CachedCharter[];
  return copies.sort((a, b) => b.storedAt - a.storedAt)[0];
}

export async function writeCharter(origin: string, finding: CharterFinding, now: number, { inPrivate = false } = {}): Promise<void> {
  const area = inPrivate ? sessionArea() : browser.storage.local;
  await area.set({ [charterKey(origin)]: { finding, storedAt: now } satisfies CachedCharter });
}

/** The tab's finding, following a 'cached' pointer to its origin's charter. */
export async function resolveFinding(record: TabRecord): Promise<CharterFinding | null> {
  if (record.finding !== 'cached') return record.finding;
  return (await readCharter(new URL(record.facts.pageUrl).origin))?.finding ?? null;
}

export async function removeCharter(origin: string): Promise<void> {
  await Promise.all([sessionArea().remove(charterKey(origin)), browser.storage.local.remove(charterKey(origin))]);
}
