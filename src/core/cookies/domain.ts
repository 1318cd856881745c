/**
 * Registrable domains ("eTLD+1", a "site"): `data.laregion.fr` → `laregion.fr`,
 * `www.service-public.gouv.fr` → `service-public.gouv.fr`, `user.github.io` → `user.github.io`.
 *
 * First or third party is a public fact that browsers decide with the Public Suffix List, so this
 * follows the real list (ICANN and private sections). The list is installed, not imported: the
 * background worker reads it from `public-suffix.txt.gz` at start (src/platform/public-suffix-data.ts)
 * instead of bundling tldts (~135 KB minified), and node (jest, the CLI) installs tldts's own
 * `getDomain` (src/cli/public-suffix.ts); both hold the same list (docs/ARCHITECTURE.md, "Bundles").
 */

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** A host's registrable domain by the Public Suffix List, or null when it has none (a suffix itself). */
export type RegistrableLookup = (host: string) => string | null;

let lookup: RegistrableLookup | undefined;

/** Installs the list registrableDomain follows: once, before any use (the worker awaits it, node does it first). */
export function installRegistrableLookup(fn: RegistrableLookup): void {
  lookup = fn;
}

/** Whether a list is installed (registrableDomain throws until one is). */
export function hasRegistrableLookup(): boolean {
  return lookup !== undefined;
}

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
 * Throws when no list is installed yet (installRegistrableLookup).
 * @example
 * registrableDomain('.data.laregion.fr') // 'laregion.fr'
 * registrableDomain('www.service-public.gouv.fr') // 'service-public.gouv.fr'
 * registrableDomain('127.0.0.1') // '127.0.0.1'
 */
export function registrableDomain(host: string): string {
  // A programming error, not a state to guess through: a guessed site (the last two labels, say)
  // would silently make `user.github.io` and `other.github.io` one party in a report or an audit.
  if (lookup === undefined) throw new Error('registrableDomain: no Public Suffix List installed yet (installRegistrableLookup)');
  const h = cleanHost(host);
  if (h === '' || h === 'localhost' || IPV4.test(h) || h.includes(':')) return h;
  return lookup(h) ?? h;
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
