/**
 * Glue for the charter cache: reads its index, asks src/core/cache-policy.ts, writes what it says.
 * Entries live in storage.session under `charter:<store>|<origin>`, their sizes and times in
 * `charter-index`. Writes run one at a time so two tabs never overwrite each other's index.
 * A finding too large to cache is held here, in memory, for its tab only: lost with the worker,
 * it is then read again from the tab (see tab-view.ts).
 */
import { charterKey, expiredKeys, isFresh, jsonBytes, planWrite, type CacheEntryMeta, type CachedCharter } from '../core/cache-policy';
import type { CharterFinding } from '../contracts/state';
import { readSession, removeSession, writeSession, type TabRecord } from '../platform/storage';

const INDEX_KEY = 'charter-index';
let queue: Promise<unknown> = Promise.resolve();
const tabOnly = new Map<number, CharterFinding>();

/** Runs cache writes one after another (their read-modify-write of the index must not interleave). */
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/** The cache key of a tab's record: its cookie store (private and container tabs apart) and origin. */
export function keyOf(record: Pick<TabRecord, 'storeId' | 'incognito' | 'origin'>): string {
  return charterKey(record.storeId ?? (record.incognito ? 'private' : 'default'), record.origin);
}

async function readIndex(): Promise<CacheEntryMeta[]> {
  const index = (await readSession([INDEX_KEY]))[INDEX_KEY];
  return Array.isArray(index) ? (index as CacheEntryMeta[]) : [];
}

/** True when a fresh charter is cached under `key` (reads the index only, not the charter). */
export async function hasFreshCharter(key: string, now: number): Promise<boolean> {
  return (await readIndex()).some((e) => e.key === key && isFresh(e.storedAt, now));
}

/** The charter cached under `key`, fresh or not (a tab keeps its charter past the freshness window). */
export async function readCachedCharter(key: string): Promise<CharterFinding | undefined> {
  return ((await readSession([key]))[key] as CachedCharter | undefined)?.finding;
}

/** Caches a finding; false when it is over the per-entry budget or the browser refused it. */
export function cacheCharter(key: string, finding: CharterFinding, now: number): Promise<boolean> {
  return serially(async () => {
    const value: CachedCharter = { finding, storedAt: now };
    const plan = planWrite(await readIndex(), { key, bytes: jsonBytes(value) + key.length, storedAt: now }, now);
    await removeSession(plan.evict);
    if (!plan.store) {
      await writeSession({ [INDEX_KEY]: plan.index });
      return false;
    }
    try {
      await writeSession({ [key]: value, [INDEX_KEY]: plan.index });
      return true;
    } catch (error) {
      console.warn('[ext] charter not cached', error);
      await writeSession({ [INDEX_KEY]: plan.index.filter((e) => e.key !== key) });
      return false;
    }
  });
}

/** Forgets the charter cached under `key` (the popup's retry). */
export function dropCharter(key: string): Promise<void> {
  return serially(async () => {
    await removeSession([key]);
    await writeSession({ [INDEX_KEY]: (await readIndex()).filter((e) => e.key !== key) });
  });
}

/** Removes every entry past the freshness window (start-up; writes do it too). */
export function purgeExpired(now: number): Promise<void> {
  return serially(async () => {
    const index = await readIndex();
    const expired = new Set(expiredKeys(index, now));
    if (expired.size === 0) return;
    await removeSession([...expired]);
    await writeSession({ [INDEX_KEY]: index.filter((e) => !expired.has(e.key)) });
  });
}

/** Holds a finding too large to cache, for its tab only. */
export function keepForTab(tabId: number, finding: CharterFinding): void {
  tabOnly.set(tabId, finding);
}

/** The finding held for a tab, if the worker still has it. */
export function tabOnlyFinding(tabId: number): CharterFinding | undefined {
  return tabOnly.get(tabId);
}

/** Forgets what is held for a tab (closed, navigated away, retried). */
export function forgetTab(tabId: number): void {
  tabOnly.delete(tabId);
}
