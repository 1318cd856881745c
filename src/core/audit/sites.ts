/**
 * The sites a fresh start clears: the page's registrable domain first, then the other sites the
 * page involves. The hosts come either from the tab's validated page facts or from the page's
 * resource timing read by an injected function, whose answer is untrusted: anything that is not
 * a list of short host names is dropped, and the list is capped.
 */
import { registrableDomain } from '../cookies/domain';
import { isHostName } from '../validate';

/** At most this many sites besides the page's own (a page that loaded from hundreds is capped). */
export const MAX_THIRD_PARTY_SITES = 50;

/**
 * Host names from an untrusted answer: strings that are well-formed host names, lower-cased.
 * @example hostsFrom(['t.other.test', 42, 'a b', '<x>']) // ['t.other.test']
 */
export function hostsFrom(answer: unknown, limit = 500): string[] {
  if (!Array.isArray(answer)) return [];
  const out = new Set<string>();
  for (const h of answer.slice(0, limit * 4)) {
    if (typeof h !== 'string') continue;
    const host = h.trim().toLowerCase();
    if (isHostName(host)) out.add(host);
    if (out.size >= limit) break;
  }
  return [...out];
}

/**
 * The page's site, then each other registrable domain of `hosts` once, in order.
 * @example auditSites('https://data.example.test/', ['cdn.example.test', 't.other.test']) // ['example.test', 'other.test']
 */
export function auditSites(pageUrl: string, hosts: readonly string[]): string[] {
  const site = registrableDomain(new URL(pageUrl).hostname);
  const sites = [site];
  for (const host of hosts) {
    const other = registrableDomain(host);
    if (other && !sites.includes(other) && sites.length <= MAX_THIRD_PARTY_SITES) sites.push(other);
  }
  return sites;
}

/** True when a cookie's domain belongs to one of `sites`. */
export function isAuditedDomain(domain: string, sites: readonly string[]): boolean {
  return sites.includes(registrableDomain(domain));
}
