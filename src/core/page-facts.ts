/** Pure helpers for the facts a content script reads from a page. */

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
 * Hosts other than the page's own among the URLs a page loaded (its resource timing entries).
 * Which of them are other *sites* is decided by the background (`otherSitesOnly`, with the Public
 * Suffix List), so the charter reader carries no suffix list (docs/ARCHITECTURE.md, "Bundles").
 * @example thirdPartyHostsFrom(['https://t.other.test/p.gif'], 'https://data.example.test/') // ['t.other.test']
 */
export function thirdPartyHostsFrom(resourceUrls: readonly string[], pageUrl: string, limit = 100): string[] {
  const pageHost = new URL(pageUrl).hostname;
  const hosts = new Set<string>();
  for (const raw of resourceUrls) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    if (url.hostname !== pageHost) hosts.add(url.hostname);
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
  const parts = title
    .split(/\s+[—–|-]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (parts.at(-1) ?? host).slice(0, 200) || host;
}
