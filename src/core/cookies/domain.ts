/**
 * Registrable domains ("eTLD+1", a "site"): `data.laregion.fr` → `laregion.fr`,
 * `www.service-public.gouv.fr` → `service-public.gouv.fr`, `user.github.io` → `user.github.io`.
 *
 * First or third party is a public fact that browsers decide with the Public Suffix List, so this
 * follows the real list (ICANN and private sections) through `tldts`, which ships it compiled. It
 * costs ~135 KB minified, so only the background worker and the CLI import this module: the
 * every-page script, the charter reader and the popup do not (docs/ARCHITECTURE.md, "Bundles").
 */
import { getDomain } from 'tldts';

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const OPTIONS = { allowPrivateDomains: true, extractHostname: false, validateHostname: false } as const;

/** Lower-cased host without brackets, leading dots or a trailing dot. */
function cleanHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  let start = 0;
  while (h[start] === '.') start++;
  h = h.slice(start);
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

/**
 * The registrable domain of a host or cookie domain. IP addresses, `localhost`, and a host that
 * is itself a public suffix (`gouv.fr`, `github.io`) are their own site, as browsers treat them.
 * @example
 * registrableDomain('.data.laregion.fr') // 'laregion.fr'
 * registrableDomain('www.service-public.gouv.fr') // 'service-public.gouv.fr'
 * registrableDomain('127.0.0.1') // '127.0.0.1'
 */
export function registrableDomain(host: string): string {
  const h = cleanHost(host);
  if (h === '' || h === 'localhost' || IPV4.test(h) || h.includes(':')) return h;
  return getDomain(h, OPTIONS) ?? h;
}

/** The host name of a URL, lower-cased without IPv6 brackets; '' when the URL is not parseable. */
export function hostFromUrl(url: string): string {
  try {
    const host = new URL(url).hostname;
    return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  } catch {
    return '';
  }
}
