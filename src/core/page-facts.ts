/** Pure helpers for the facts a content script reads from a page. */
import { registrableDomain } from './cookies/domain';

/**
 * Cookie names from a `document.cookie` string (values are dropped on the spot).
 * @example cookieNamesFrom('a=1; b=2') // ['a', 'b']
 */
export function cookieNamesFrom(documentCookie: string): string[] {
  const names = new Set<string>();
  for (const part of documentCookie.split(';')) {
    const eq = part.indexOf('=');
    const name = (eq === -1 ? part : part.slice(0, eq)).trim();
    if (name) names.add(name);
  }
  return [...names];
}

/**
 * Hosts of other sites among the URLs a page loaded (its resource timing entries).
 * @example thirdPartyHostsFrom(['https://t.other.test/p.gif'], 'https://data.example.test/') // ['t.other.test']
 */
export function thirdPartyHostsFrom(resourceUrls: readonly string[], pageUrl: string, limit = 100): string[] {
  const pageSite = registrableDomain(new URL(pageUrl).hostname);
  const hosts = new Set<string>();
  for (const raw of resourceUrls) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    if (registrableDomain(url.hostname) !== pageSite) hosts.add(url.hostname);
    if (hosts.size >= limit) break;
  }
  return [...hosts];
}

/**
 * The portal's name: og:site_name when present, else the last part of the title
 * ("Explore — Région Occitanie" → "Région Occitanie"), else the host.
 */
export function portalNameFrom(siteName: string | null, title: string, host: string): string {
  const fromMeta = siteName?.trim();
  if (fromMeta) return fromMeta.slice(0, 200);
  const parts = title.split(/\s+[—–|-]\s+/).map((p) => p.trim()).filter(Boolean);
  return (parts.at(-1) ?? host).slice(0, 200) || host;
}
