/**
 * Glue: the site's consent state for a tab. Reads the consent-choice cookies the page is sent
 * (one query of the report's cookie plan, in the tab's cookie store), lets the core derive the
 * decision, and lets the values go: only the `ConsentState` leaves this function.
 */
import { planCookies } from '../core/cookie-plan';
import type { RawCookie } from '../core/cookies/raw-cookie';
import { consentQuery, siteConsent } from '../core/consent/site-consent';
import type { ConsentState } from '../core/consent/types';
import { browser, type Cookies } from '../platform/browser';
import type { TabRecord } from '../platform/storage';

/** What the tab's consent cookie says, or undefined when it has none (or the query failed). */
export async function readTabConsent(record: Pick<TabRecord, 'facts' | 'storeId'>, now: number): Promise<ConsentState | undefined> {
  const plan = planCookies(record.facts, record.storeId, __TARGET__);
  try {
    const cookies = (await browser.cookies.getAll(consentQuery(plan) as Cookies.GetAllDetailsType)) as RawCookie[];
    return siteConsent(plan, cookies, now);
  } catch (error) {
    console.warn('[ext] reading the consent cookie failed', error instanceof Error ? error.message : error);
    return undefined;
  }
}
