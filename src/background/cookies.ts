/**
 * Reads the cookies of a portal tab: runs the core's query plan (src/core/cookie-plan.ts) in the
 * tab's own cookie store (Firefox containers, private windows), keeps what the plan says the page
 * really involves, drops the values.
 */
import { keepInvolved, planCookies, type CookieQuery } from '../core/cookie-plan';
import { toObserved } from '../core/cookies/observe';
import type { RawCookie } from '../core/cookies/raw-cookie';
import type { ObservedCookie } from '../core/types';
import { browser, type Cookies } from '../platform/browser';
import type { TabRecord } from '../platform/storage';

/** One getAll that never rejects: a query a browser does not support yields nothing, with a log. */
async function getAll(query: CookieQuery): Promise<RawCookie[]> {
  try {
    return (await browser.cookies.getAll(query as Cookies.GetAllDetailsType)) as RawCookie[];
  } catch (error) {
    console.warn('[ext] cookies.getAll failed', query, error);
    return [];
  }
}

/** The cookies the tab's page involves, values dropped (the comparison removes duplicates). */
export async function readTabCookies(record: Pick<TabRecord, 'facts' | 'storeId'>): Promise<ObservedCookie[]> {
  const { facts } = record;
  const plan = planCookies(facts, record.storeId, __TARGET__);
  const results = await Promise.all(plan.queries.map(getAll));
  const readable = new Set(facts.readableNames);
  return keepInvolved(plan, results.flat()).map((raw) => toObserved(raw, readable, facts.pageUrl));
}
