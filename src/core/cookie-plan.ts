/**
 * Which cookies a report may hold, decided once from the page facts (docs/ARCHITECTURE.md, "Trust"):
 * the page's own site's cookies, and third-party cookies of hosts the page actually fetched from
 * (resource timing) that the browser would send there: SameSite=None, or partitioned for this
 * top-level site. With Firefox's first-party isolation, the portal's own first-party jar only.
 * The glue (src/background/cookies.ts) runs the queries and passes what came back to `keepInvolved`.
 */
import type { PageFacts } from './findings';
import { hostFromUrl, registrableDomain } from './cookies/domain';
import type { RawCookie } from './cookies/raw-cookie';

/** One cookies.getAll query, as both browsers accept it. */
export interface CookieQuery {
  url?: string;
  domain?: string;
  storeId?: string;
  partitionKey?: { topLevelSite: string };
  /** Firefox only: null asks every first-party jar (getAll rejects a query without it under isolation). */
  firstPartyDomain?: string | null;
}

/** The queries for one tab, and what `keepInvolved` needs to filter their answers. */
export interface CookiePlan {
  queries: CookieQuery[];
  /** The page's registrable domain. */
  pageSite: string;
  /** `scheme://site` of the page: the partition key of cookies set under it. */
  topLevelSite: string;
  /** Hosts of other sites the page fetched from. */
  thirdPartyHosts: string[];
}

/**
 * The page facts with `thirdPartyHosts` narrowed to hosts of other sites: the reader lists every
 * host other than the page's own (it carries no suffix list); the Public Suffix List decides here.
 * @example otherSitesOnly({ pageUrl: 'https://data.example.test/', thirdPartyHosts: ['cdn.example.test', 't.other.test'] }).thirdPartyHosts // ['t.other.test']
 */
export function otherSitesOnly<F extends Pick<PageFacts, 'pageUrl' | 'thirdPartyHosts'>>(facts: F): F {
  const pageSite = registrableDomain(new URL(facts.pageUrl).hostname);
  return { ...facts, thirdPartyHosts: facts.thirdPartyHosts.filter((host) => registrableDomain(host) !== pageSite) };
}

/**
 * Every site the page involves: its own and those it fetched from. The one place this is
 * decided: the cookie queries and the "does this cookie change concern the tab" test both use it.
 * @example involvedSites({ pageUrl: 'https://data.example.test/', thirdPartyHosts: ['t.other.test'] }) // Set { 'example.test', 'other.test' }
 */
export function involvedSites(facts: Pick<PageFacts, 'pageUrl' | 'thirdPartyHosts'>): Set<string> {
  return new Set([registrableDomain(new URL(facts.pageUrl).hostname), ...facts.thirdPartyHosts.map(registrableDomain)]);
}

/**
 * The cookie queries for a page in a cookie store (undefined: the default store).
 * @example planCookies(facts, '0', 'chrome').queries[0] // { url: facts.pageUrl, storeId: '0' }
 */
export function planCookies(facts: Pick<PageFacts, 'pageUrl' | 'thirdPartyHosts'>, storeId: string | undefined, target: 'chrome' | 'firefox'): CookiePlan {
  const page = new URL(facts.pageUrl);
  const pageSite = registrableDomain(page.hostname);
  const topLevelSite = `${page.protocol}//${pageSite}`;
  const base: CookieQuery = { ...(storeId ? { storeId } : {}), ...(target === 'firefox' ? { firstPartyDomain: null } : {}) };
  const queries: CookieQuery[] = [
    { ...base, url: facts.pageUrl },
    ...[...involvedSites(facts)].map((domain) => ({ ...base, domain })),
    // Partitioned (CHIPS) cookies live in the portal's partition, whichever site set them.
    { ...base, partitionKey: { topLevelSite } },
  ];
  return { queries, pageSite, topLevelSite, thirdPartyHosts: [...new Set(facts.thirdPartyHosts)] };
}

const partitionSite = (c: RawCookie) => (c.partitionKey?.topLevelSite ? registrableDomain(hostFromUrl(c.partitionKey.topLevelSite)) : undefined);

/** RFC 6265 domain-match of a cookie against a host. */
function domainMatches(c: Pick<RawCookie, 'domain' | 'hostOnly'>, host: string): boolean {
  const domain = c.domain.toLowerCase().replace(/^\.+/, '');
  return c.hostOnly ? host === domain : host === domain || host.endsWith(`.${domain}`);
}

/** True when the browser would send `c` in a third-party request from this page. */
function sentCrossSite(c: RawCookie, plan: CookiePlan): boolean {
  const partition = partitionSite(c);
  if (partition !== undefined) return partition === plan.pageSite;
  return c.sameSite === 'no_restriction';
}

/**
 * Keeps the cookies the page really involves (see the file comment); drops other sites' jars and
 * partitions. Duplicates are left to the comparison, which removes them once.
 * @example keepInvolved(plan, [bankSessionLax]) // []
 */
export function keepInvolved(plan: CookiePlan, cookies: readonly RawCookie[]): RawCookie[] {
  return cookies.filter((c) => {
    if (c.firstPartyDomain && c.firstPartyDomain !== plan.pageSite) return false; // another site's isolated jar
    const partition = partitionSite(c);
    if (registrableDomain(c.domain) === plan.pageSite) return partition === undefined || partition === plan.pageSite;
    return plan.thirdPartyHosts.some((host) => domainMatches(c, host)) && sentCrossSite(c, plan);
  });
}
