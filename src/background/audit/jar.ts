/**
 * The cookies API side of an audit: read every cookie of the audited sites in the tab's store
 * (partitions and, in Firefox, first-party jars included), remove them, put them back.
 * Removals this module makes are noted in `ownRemovals`, so the recorder never records them.
 */
import { batches, removeDetails, restoreDetails } from '../../core/audit/restore-plan';
import { cookieRefKey } from '../../core/audit/types';
import { isAuditedDomain } from '../../core/audit/sites';
import type { RawCookie } from '../../core/cookies/raw-cookie';
import type { RestoreResult } from '../../contracts/audit';
import { browser, type Cookies } from '../../platform/browser';

/** Cookies per round of parallel API calls: 150 cookies go back in one round. */
const BATCH = 150;
const OWN_MS = 10_000;
const own = new Map<string, number>();

const ownKey = (c: { name: string; domain: string; path: string; storeId: string }) => `${c.storeId}\u0000${cookieRefKey(c)}`;

/** True (once) when this removal notice is one of the audit's own removals. */
export function isOwnRemoval(c: { name: string; domain: string; path: string; storeId: string }, now = Date.now()): boolean {
  const key = ownKey(c);
  const until = own.get(key);
  if (until === undefined) return false;
  own.delete(key);
  return until >= now;
}

/**
 * Every cookie of `sites` in `storeId`. `partitionKey: {}` asks for every partition too (Chrome
 * https://developer.chrome.com/docs/extensions/reference/api/cookies#method-getAll, Firefox
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/cookies/getAll);
 * Firefox's `firstPartyDomain: null` asks every first-party jar.
 */
export async function readSiteCookies(storeId: string, sites: readonly string[]): Promise<RawCookie[]> {
  const base = { storeId, partitionKey: {}, ...(__TARGET__ === 'firefox' ? { firstPartyDomain: null } : {}) };
  const lists = await Promise.all(
    sites.map((domain) =>
      (browser.cookies.getAll({ ...base, domain } as Cookies.GetAllDetailsType) as Promise<RawCookie[]>).catch((e: unknown) => {
        console.warn('[ext] audit: cookies.getAll failed', domain, e);
        return [] as RawCookie[];
      }),
    ),
  );
  const seen = new Set<string>();
  return lists.flat().filter((c) => {
    const key = `${ownKey(c)}\u0000${c.partitionKey?.topLevelSite ?? ''}\u0000${c.firstPartyDomain ?? ''}`;
    if (seen.has(key) || !isAuditedDomain(c.domain, sites)) return false;
    seen.add(key);
    return true;
  });
}

/** Removes `cookies` (noting each as the audit's own); the number the browser removed. */
export async function removeCookies(cookies: readonly RawCookie[]): Promise<number> {
  let removed = 0;
  for (const batch of batches(cookies, BATCH)) {
    const done = await Promise.all(
      batch.map(async (c) => {
        own.set(ownKey(c), Date.now() + OWN_MS);
        try {
          return (await browser.cookies.remove(removeDetails(c, __TARGET__) as Cookies.RemoveDetailsType)) ? 1 : 0;
        } catch (error) {
          console.warn('[ext] audit: cookies.remove failed', c.name, error);
          return 0;
        }
      }),
    );
    removed += done.reduce<number>((a, b) => a + b, 0);
  }
  return removed;
}

/**
 * Removes every cookie of `sites` in the store, reading again until none is left (a host-only and
 * a domain cookie of the same name and path answer the same URL: one call removes one of them).
 */
export async function clearSites(storeId: string, sites: readonly string[]): Promise<number> {
  let total = 0;
  for (let pass = 0; pass < 4; pass++) {
    const left = await readSiteCookies(storeId, sites);
    if (left.length === 0) break;
    total += await removeCookies(left);
  }
  return total;
}

/** Puts every cookie back with its attributes, in parallel batches; what failed, with its reason. */
export async function restoreCookies(cookies: readonly RawCookie[], now: number): Promise<Omit<RestoreResult, 'removedWritten'>> {
  const failed: RestoreResult['failed'] = [];
  let count = 0;
  for (const batch of batches(cookies, BATCH)) {
    await Promise.all(
      batch.map(async (c) => {
        const ref = { name: c.name, domain: c.domain, path: c.path };
        const plan = restoreDetails(c, __TARGET__, now);
        if (!plan.ok) return void failed.push({ ...ref, reason: plan.reason });
        try {
          const set = await browser.cookies.set(plan.details as Cookies.SetDetailsType);
          if (set) count++;
          else failed.push({ ...ref, reason: 'refused' });
        } catch (error) {
          failed.push({ ...ref, reason: error instanceof Error ? error.message.slice(0, 200) : 'refused' });
        }
      }),
    );
  }
  return { count, failed };
}
