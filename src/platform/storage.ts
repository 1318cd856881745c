/**
 * Storage the service worker relies on: it may be stopped at any moment, so nothing lives only
 * in memory. Everything goes to `storage.session`, in both browsers: tab state and cached
 * charters. That area is held in memory and emptied when the browser closes (so no list of
 * visited portals ever reaches the disk, private windows included), and content scripts cannot
 * reach it: Chrome restricts it to trusted contexts by default, and Firefox does not expose it to
 * content scripts at all (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/storage/session).
 * What goes where and for how long is decided in src/core/cache-policy.ts.
 */
import type { CharterFinding, PageFacts } from '../contracts/state';
import { browser } from './browser';

export interface TabRecord {
  facts: PageFacts;
  /** The tab's origin as the browser gave it (message sender), never as the page said. */
  origin: string;
  /** The tab's cookie store (the cookies API's id), when the browser names it. */
  storeId?: string;
  incognito: boolean;
  /**
   * What the tab's charter search found. 'cached': the charter is in the cache under the tab's
   * store and origin (a 20,000-row declaration is kept once, not once per tab). 'tab-only': too
   * large to cache, held by the worker for this tab (src/background/charter-cache.ts).
   */
  finding: CharterFinding | 'cached' | 'tab-only' | null;
}

const tabKey = (tabId: number) => `tab:${tabId}`;
const LEGACY_CHARTER_PREFIX = 'charter:';

const session = () => browser.storage.session;

export async function readTab(tabId: number): Promise<TabRecord | undefined> {
  const key = tabKey(tabId);
  return (await session().get(key))[key] as TabRecord | undefined;
}

export async function writeTab(tabId: number, record: TabRecord): Promise<void> {
  await session().set({ [tabKey(tabId)]: record });
}

export async function removeTab(tabId: number): Promise<void> {
  await session().remove(tabKey(tabId));
}

/** Every tab that has portal state, for updates that concern several tabs (cookie changes). */
export async function readAllTabs(): Promise<Map<number, TabRecord>> {
  // getKeys (Chrome 130, Firefox 143) spares reading every cached charter to find the tab keys.
  const area = session() as ReturnType<typeof session> & { getKeys?: () => Promise<string[]> };
  const keys = area.getKeys ? (await area.getKeys()).filter((k) => k.startsWith('tab:')) : null;
  const all = await area.get(keys);
  const tabs = new Map<number, TabRecord>();
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith('tab:')) tabs.set(Number(key.slice(4)), value as TabRecord);
  }
  return tabs;
}

/** Reads session items by key. */
export async function readSession(keys: string[]): Promise<Record<string, unknown>> {
  return keys.length === 0 ? {} : session().get(keys);
}

/** Writes session items; rejects when the browser refuses (quota). */
export async function writeSession(items: Record<string, unknown>): Promise<void> {
  await session().set(items);
}

/** Removes session items. */
export async function removeSession(keys: string[]): Promise<void> {
  if (keys.length > 0) await session().remove(keys);
}

type AccessLevelArea = { setAccessLevel?: (o: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

/**
 * At start-up: keeps both areas away from content scripts where the browser allows it (Chrome's
 * setAccessLevel; Firefox has none, https://bugzilla.mozilla.org/show_bug.cgi?id=1724754, and
 * there storage.local stays readable by content scripts, so it holds nothing), and removes the
 * charters that versions before this one cached on disk.
 */
export async function lockDownStorage(): Promise<void> {
  for (const area of [browser.storage.local, browser.storage.session] as AccessLevelArea[]) {
    await area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((e: unknown) => console.warn('[ext] setAccessLevel failed', e));
  }
  const onDisk = await browser.storage.local.get(null);
  const legacy = Object.keys(onDisk).filter((k) => k.startsWith(LEGACY_CHARTER_PREFIX));
  if (legacy.length > 0) await browser.storage.local.remove(legacy);
}
