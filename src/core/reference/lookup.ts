/**
 * What the reference database says about a cookie name: exact names first, then the longest
 * listed prefix; case-sensitive, as browsers treat cookie names.
 *
 * Several rows may share a name (`DSID`: Google, and DoubleClick on doubleclick.net). The OCD's
 * Domain column tells where a platform documented a cookie, often the vendor's own site even for
 * cookies set on the customer's (Shopify's `_shopify_y` says shopify.com), so it cannot rule a row
 * out. It only ranks rows sharing a name: first a row whose domain is the cookie's, then a row
 * naming no domain, then the rest; within a rank the supplement before the OCD, then file order.
 */
import type { IndexedRow, ReferenceIndex } from './build-index';
import type { ReferenceHit } from './types';

/** A domain longer than any host name (253) is not one. */
const MAX_DOMAIN = 253;

/** Lower-cased host without leading or trailing dots; '' when absent or not a host. */
function hostOf(domain: string | undefined): string {
  if (typeof domain !== 'string' || domain.length > MAX_DOMAIN) return '';
  return domain.toLowerCase().replace(/^\.+|\.+$/g, '');
}

function onSite(host: string, site: string): boolean {
  return host === site || (host.length > site.length && host.endsWith(site) && host[host.length - site.length - 1] === '.');
}

function rank(row: IndexedRow, host: string): number {
  if (row.domains.length === 0) return 1;
  return host !== '' && row.domains.some((site) => onSite(host, site)) ? 0 : 2;
}

function pick(rows: readonly IndexedRow[], host: string): Readonly<ReferenceHit> {
  let best = rows[0] as IndexedRow;
  if (rows.length === 1) return best.hit;
  let bestRank = rank(best, host);
  for (let i = 1; i < rows.length && bestRank > 0; i++) {
    const row = rows[i] as IndexedRow;
    const r = rank(row, host);
    if (r < bestRank) [best, bestRank] = [row, r];
  }
  return best.hit;
}

/**
 * The reference's answer for a cookie name, or undefined when it knows nothing. `domain` (the
 * cookie's, `.example.test` or a host) only chooses between rows listing the same name.
 * The answer is frozen and shared: copy it to change it.
 * @example
 * lookupReference(index, '_ga') // { platform: 'Google Analytics', category: 'analytics', retention: { text: '2 years', seconds: 63115200 }, source: 'open-cookie-database', match: 'exact', key: '_ga' }
 * lookupReference(index, '_ga_ABC123') // { …, match: 'prefix', key: '_ga_' }
 */
export function lookupReference(index: ReferenceIndex, name: string, domain?: string): Readonly<ReferenceHit> | undefined {
  if (typeof name !== 'string' || name === '') return undefined;
  const host = hostOf(domain);
  if (name.length <= index.maxExactLength) {
    const rows = index.exact.get(name);
    if (rows) return pick(rows, host);
  }
  for (const length of index.prefixLengths) {
    if (length > name.length) continue;
    const rows = index.prefixes.get(name.slice(0, length));
    if (rows) return pick(rows, host);
  }
  return undefined;
}
