/**
 * The charter cache's rules, pure: what is cached, under which key, how long it stays fresh, and
 * what is evicted to make room. The glue (src/background/charter-cache.ts) reads the index, asks
 * here, and writes what this says.
 *
 * Budgets: both browsers give `storage.session` 10 MB (Chrome's QUOTA_BYTES, Firefox's documented
 * limit). Charters get 4 MB of it in total and 1 MB each, so the tab records (page facts, capped
 * by validatePageFacts) keep the rest, and no single site can take more than a quarter of the
 * charters' room: a hostile page can at worst push the oldest entries out, never block a write.
 */
import type { CharterFinding } from './findings';

/** A cached charter is re-read after this long (the popup's retry forces it sooner). */
export const CHARTER_FRESH_MS = 60 * 60 * 1000;
/** One cached finding may take this much (UTF-8 bytes of its JSON); a larger one is kept for its tab only. */
export const MAX_ENTRY_BYTES = 1024 * 1024;
/** All cached findings together. */
export const MAX_TOTAL_BYTES = 4 * 1024 * 1024;

/** What the index knows of one cached charter. */
export interface CacheEntryMeta {
  key: string;
  bytes: number;
  storedAt: number;
}

/** A cached charter as stored. */
export interface CachedCharter {
  finding: CharterFinding;
  storedAt: number;
}

/** What to do for one write: store it or not, and which keys to evict first. */
export interface WritePlan {
  store: boolean;
  evict: string[];
  index: CacheEntryMeta[];
}

/**
 * The cache key: the tab's cookie store and the page's origin, both from the browser, never from
 * a page. A private window, a container and the normal window of one portal are three entries.
 * @example charterKey('firefox-private', 'https://data.example.test') // 'charter:firefox-private|https://data.example.test'
 */
export function charterKey(storeId: string, origin: string): string {
  return `charter:${storeId}|${origin}`;
}

/** Only a charter actually read is cached: a network error should be retried next time. */
export function isCacheable(finding: CharterFinding): boolean {
  return finding.status === 'ok' || finding.status === 'no-table';
}

/** True while a charter stored at `storedAt` is fresh at `now` (milliseconds). A time in the future is not fresh. */
export function isFresh(storedAt: number, now: number): boolean {
  return storedAt <= now && now - storedAt < CHARTER_FRESH_MS;
}

/** UTF-8 bytes of a value's JSON: what the browsers count against their quota (key aside). */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/**
 * Where a new entry goes: replaces its own key, drops expired entries, then evicts the oldest
 * until the total fits. An entry over the per-entry budget is not stored (and evicts nothing).
 * @example planWrite([], { key: 'k', bytes: 10, storedAt: 0 }, 0).store // true
 */
export function planWrite(
  index: readonly CacheEntryMeta[],
  entry: CacheEntryMeta,
  now: number,
  budget = { entry: MAX_ENTRY_BYTES, total: MAX_TOTAL_BYTES },
): WritePlan {
  const others = index.filter((e) => e.key !== entry.key);
  if (entry.bytes > budget.entry) {
    // Its old copy (if any) is stale now: drop it rather than keep an older charter.
    const evict = index.some((e) => e.key === entry.key) ? [entry.key] : [];
    return { store: false, evict, index: others };
  }
  const evict = others.filter((e) => !isFresh(e.storedAt, now)).map((e) => e.key);
  const kept = others.filter((e) => isFresh(e.storedAt, now)).sort((a, b) => a.storedAt - b.storedAt);
  let total = kept.reduce((sum, e) => sum + e.bytes, 0) + entry.bytes;
  while (kept.length > 0 && total > budget.total) {
    const oldest = kept.shift()!;
    evict.push(oldest.key);
    total -= oldest.bytes;
  }
  return { store: true, evict, index: [...kept, entry] };
}

/** The entries of `index` no longer fresh at `now`, to purge. */
export function expiredKeys(index: readonly CacheEntryMeta[], now: number): string[] {
  return index.filter((e) => !isFresh(e.storedAt, now)).map((e) => e.key);
}
