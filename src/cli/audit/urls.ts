/** The list of sites to audit: URLs from the command line and from a `--urls` file. */

/** A site to audit: its URL and the host its file is named after. */
export interface SiteTarget {
  url: string;
  host: string;
}

const MAX_URL_LENGTH = 2048;

/**
 * An http(s) URL from what a user typed: a bare host (`data.example.fr/path`) gets `https://`.
 * Returns an error message instead when it is not one.
 * @example normaliseUrl('data.example.fr') // 'https://data.example.fr/'
 */
export function normaliseUrl(raw: string): string | { error: string } {
  const text = raw.trim();
  if (text.length > MAX_URL_LENGTH) return { error: 'URL longer than 2,048 characters' };
  if (/\s/.test(text)) return { error: `not a URL: ${JSON.stringify(text.slice(0, 80))}` };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/:]+:\d+(?:\/|$)/.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { error: `not a URL: ${JSON.stringify(text.slice(0, 80))}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: `not an http(s) URL: ${JSON.stringify(text.slice(0, 80))}` };
  if (!url.hostname || url.username || url.password) return { error: `not a site URL: ${JSON.stringify(text.slice(0, 80))}` };
  url.hash = '';
  return url.href;
}

/**
 * The file-name key of a URL's site: its host, lower-cased, with anything but letters, digits,
 * dots and dashes (an IPv6 address's brackets and colons) turned into `_`.
 * @example siteHost('https://Data.Example.fr:8443/x') // 'data.example.fr'
 */
export function siteHost(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/[^a-z0-9.-]/g, '_');
}

/**
 * The lines of a `--urls` file: one URL per line, `#` comments (whole line or after a space) and
 * blank lines allowed. The first bad line gives a one-line message naming it.
 * @example parseUrlList('# sites\nhttps://a.test/\n', 'sites.txt') // { urls: ['https://a.test/'] }
 */
export function parseUrlList(text: string, source: string): { urls: string[] } | { error: string } {
  const urls: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/(?:^|\s)#.*$/, '').trim();
    if (line === '') continue;
    const url = normaliseUrl(line);
    if (typeof url !== 'string') return { error: `${source}:${i + 1}: ${url.error}` };
    urls.push(url);
  }
  return { urls };
}

/** One target per host, in the order given (a second URL on the same host is dropped). */
export function targetsOf(urls: readonly string[]): SiteTarget[] {
  const seen = new Set<string>();
  const targets: SiteTarget[] = [];
  for (const url of urls) {
    const host = siteHost(url);
    if (seen.has(host)) continue;
    seen.add(host);
    targets.push({ url, host });
  }
  return targets;
}
