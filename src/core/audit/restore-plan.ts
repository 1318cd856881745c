/**
 * How to put a removed cookie back with the same attributes, and how to remove one, as the
 * cookies API of each browser wants it (docs/ARCHITECTURE.md, "Browser quirks"):
 * - host-only: no `domain` in cookies.set (a `domain` makes a domain cookie);
 * - the URL from the cookie's own domain, path and Secure (a Secure cookie needs https);
 * - Chrome's `sameSite: 'unspecified'` is not accepted back as such by every version: omitted,
 *   which sets the same "no SameSite attribute" state
 *   (https://developer.chrome.com/docs/extensions/reference/api/cookies#type-SameSiteStatus);
 * - a session cookie gets no expirationDate; one expired meanwhile is not set (the browser would
 *   drop it at once): reported as failed;
 * - `partitionKey` as read (CHIPS); Firefox's `firstPartyDomain` (first-party isolation).
 */
import type { RawCookie } from '../cookies/raw-cookie';

/** What cookies.set takes. */
export interface SetDetails {
  url: string;
  name: string;
  value: string;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  storeId: string;
  domain?: string;
  sameSite?: string;
  expirationDate?: number;
  partitionKey?: { topLevelSite: string; hasCrossSiteAncestor?: boolean };
  firstPartyDomain?: string;
}

/** What cookies.remove takes. */
export type RemoveDetails = Pick<SetDetails, 'url' | 'name' | 'storeId' | 'partitionKey' | 'firstPartyDomain'>;

type Target = 'chrome' | 'firefox';

/**
 * The URL the cookie belongs to: its domain without the leading dot, its path, https when Secure.
 * @example cookieSetUrl({ domain: '.example.test', path: '/a', secure: true }) // 'https://example.test/a'
 */
export function cookieSetUrl(c: Pick<RawCookie, 'domain' | 'path' | 'secure'>): string {
  const host = c.domain.replace(/^\.+/, '');
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http${c.secure ? 's' : ''}://${bracketed}${c.path || '/'}`;
}

function partitionOf(c: RawCookie): SetDetails['partitionKey'] | undefined {
  const site = c.partitionKey?.topLevelSite;
  if (!site) return undefined;
  return typeof c.partitionKey?.hasCrossSiteAncestor === 'boolean'
    ? { topLevelSite: site, hasCrossSiteAncestor: c.partitionKey.hasCrossSiteAncestor }
    : { topLevelSite: site };
}

/** The details that address one cookie (removal), in its store, partition and first-party jar. */
export function removeDetails(c: RawCookie, target: Target): RemoveDetails {
  const details: RemoveDetails = { url: cookieSetUrl(c), name: c.name, storeId: c.storeId };
  const partitionKey = partitionOf(c);
  if (partitionKey) details.partitionKey = partitionKey;
  if (target === 'firefox') details.firstPartyDomain = c.firstPartyDomain ?? '';
  return details;
}

/**
 * The cookies.set details that recreate `c`, or the reason it cannot come back. `now`: seconds.
 * @example restoreDetails({ ...c, hostOnly: true, session: true }, 'chrome', now) // { ok: true, details: { url, name, value, path, secure, httpOnly, storeId, sameSite } }
 */
export function restoreDetails(c: RawCookie, target: Target, now: number): { ok: true; details: SetDetails } | { ok: false; reason: 'expired' } {
  const session = c.session || c.expirationDate === undefined;
  if (!session && (c.expirationDate as number) <= now) return { ok: false, reason: 'expired' };
  const details: SetDetails = { ...removeDetails(c, target), value: c.value, path: c.path || '/', secure: c.secure, httpOnly: c.httpOnly };
  if (!c.hostOnly) details.domain = c.domain;
  if (c.sameSite && !(target === 'chrome' && c.sameSite === 'unspecified')) details.sameSite = c.sameSite;
  if (!session) details.expirationDate = c.expirationDate as number;
  return { ok: true, details };
}

/** Splits `items` into batches of `size` (restore runs each batch in parallel). */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) out.push(items.slice(i, i + Math.max(1, size)));
  return out;
}
