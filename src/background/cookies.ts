/**
 * Reads the cookies the browser holds for a portal tab: the page URL, its registrable domain
 * (HttpOnly included), the third-party sites the page loaded, their partitioned cookies, all
 * from the tab's own cookie store (Firefox containers and private windows).
 */
import { dedupeCookies, toObserved } from '../core/cookies/observe';
import type { RawCookie } from '../core/cookies/raw-cookie';
import { registrableDomain } from '../core/cookies/domain';
import type { PageFacts } from '../core/findings';
import type { ObservedCookie } from '../core/types';
import { browser, type Cookies } from '../platform/browser';

/** The cookie store a tab uses; undefined means the default store. */
async function storeOfTab(tabId: number): Promise<string | undefined> {
  const stores = await browser.cookies.getAllCookieStores();
  return stores.find((store) => store.tabIds.includes(tabId))?.id;
}

type Query = Cookies.GetAllDetailsType;

/** One getAll that never rejects: a query a browser does not support yields nothing, with a log. */
async function getAll(query: Query): Promise<RawCookie[]> {
  try {
    return (await browser.cookies.getAll(query)) as RawCookie[];
  } catch (error) {
    console.warn('[ext] cookies.getAll failed', query, error);
    return [];
  }
}

/** Every cookie relevant to the tab's page, values dropped. */
export async function readTabCookies(tabId: number, facts: PageFacts): Promise<ObservedCookie[]> {
  const page = new URL(facts.pageUrl);
  const storeId = await storeOfTab(tabId);
  const sites = new Set([registrableDomain(page.hostname), ...facts.thirdPartyHosts.map(registrableDomain)]);
  // Firefox with first-party isolation rejects getAll without firstPartyDomain; null means "any".
  const fpi: Partial<Query> = __TARGET__ === 'firefox' ? { firstPartyDomain: null as unknown as string } : {};
  const base: Partial<Query> = { ...(storeId ? { storeId } : {}), ...fpi };
  const topLevelSite = `${page.protocol}//${registrableDomain(page.hostname)}`;
  const queries: Query[] = [
    { ...base, url: facts.pageUrl },
    ...[...sites].map((domain) => ({ ...base, domain })),
    // Partitioned (CHIPS) cookies live in the portal's partition, whichever site set them.
    { ...base, partitionKey: { topLevelSite } } as Query,
  ];
  const results = await Promise.all(queries.map(getAll));
  const readable = new Set(facts.readableNames);
  return dedupeCookies(results.flat().map((raw) => toObserved(raw, readable, facts.pageUrl)));
}
