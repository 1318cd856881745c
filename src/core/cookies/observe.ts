/**
 * From a cookie the browser holds to an ObservedCookie: the value is dropped (only its length is
 * kept), and whether page scripts can read it is decided from what the page itself saw.
 */
import type { ObservedCookie } from '../types';
import { hostFromUrl } from './domain';
import { normaliseSameSite, type RawCookie } from './raw-cookie';

/** RFC 6265 §5.1.4 path-match: `/a` matches `/a`, `/a/b`, not `/ab`. */
function pathMatches(cookiePath: string, requestPath: string): boolean {
  if (cookiePath === requestPath || cookiePath === '') return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/**
 * Would the browser send this cookie to `url` (RFC 6265 domain-match, path-match, Secure)?
 * Partitioning and SameSite are left out: they depend on the frame, not on the URL.
 * @example cookieVisibleAt({ domain: '.example.test', hostOnly: false, path: '/', secure: false }, 'http://data.example.test/explore/') // true
 */
export function cookieVisibleAt(cookie: Pick<ObservedCookie, 'domain' | 'hostOnly' | 'path' | 'secure'>, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = hostFromUrl(url);
  const domain = cookie.domain.toLowerCase().replace(/^\.+/, '');
  const domainOk = cookie.hostOnly ? host === domain : host === domain || host.endsWith(`.${domain}`);
  const secureOk = !cookie.secure || parsed.protocol === 'https:';
  return domainOk && secureOk && pathMatches(cookie.path || '/', parsed.pathname || '/');
}

/**
 * Drops the value (keeps its length) and decides `readableByPage`:
 * - HttpOnly → never readable by scripts;
 * - `readableNames` (the names `document.cookie` listed on the page) is the ground truth: a name
 *   it lacks is not readable, whatever the cookie says (other path, other site, partition);
 * - `pageUrl` narrows further: a cookie of the same name on another domain or path is not the
 *   one the page read;
 * - with neither, a non-HttpOnly cookie is taken as readable where it is sent.
 * @example toObserved(rawCsrfToken, new Set(['csrftoken'])).readableByPage // true
 */
export function toObserved(raw: RawCookie, readableNames?: ReadonlySet<string>, pageUrl?: string): ObservedCookie {
  const session = raw.session || raw.expirationDate === undefined;
  const cookie: ObservedCookie = {
    name: raw.name,
    domain: raw.domain,
    path: raw.path,
    hostOnly: raw.hostOnly,
    secure: raw.secure,
    httpOnly: raw.httpOnly,
    sameSite: normaliseSameSite(raw.sameSite),
    session,
    valueLength: typeof raw.value === 'string' ? raw.value.length : 0,
    storeId: raw.storeId,
  };
  if (!session && raw.expirationDate !== undefined) cookie.expirationDate = raw.expirationDate;
  if (raw.partitionKey?.topLevelSite) cookie.partitionKey = { topLevelSite: raw.partitionKey.topLevelSite };
  if (raw.firstPartyDomain) cookie.firstPartyDomain = raw.firstPartyDomain;
  let readable = !raw.httpOnly;
  if (readable && readableNames) readable = readableNames.has(raw.name);
  if (readable && pageUrl) readable = cookieVisibleAt(cookie, pageUrl);
  cookie.readableByPage = readable;
  return cookie;
}

/**
 * The identity of a cookie in the browser's jar: the same name may live on several domains,
 * paths, stores, partitions and (Firefox, first-party isolation) first-party jars.
 */
export function cookieKey(c: Pick<ObservedCookie, 'name' | 'domain' | 'path' | 'storeId' | 'partitionKey' | 'firstPartyDomain'>): string {
  return [c.name, c.domain, c.path, c.storeId ?? '', c.partitionKey?.topLevelSite ?? '', c.firstPartyDomain ?? ''].join('\u0000');
}

/**
 * Keeps the first of each cookie read twice (e.g. once for the page URL, once for its parent domain).
 * @example dedupeCookies([a, a, b]) // [a, b]
 */
export function dedupeCookies<T extends Pick<ObservedCookie, 'name' | 'domain' | 'path' | 'storeId' | 'partitionKey' | 'firstPartyDomain'>>(
  list: readonly T[],
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const c of list) {
    const key = cookieKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
