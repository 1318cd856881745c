/**
 * Which cookies the background reads, values included, to know the site's consent state: the
 * consent-choice cookies the browser sends to the page (consent is per host), from the same
 * cookie plan as the report (src/core/cookie-plan.ts). Only the derived state leaves.
 */
import { keepInvolved, type CookiePlan, type CookieQuery } from '../cookie-plan';
import type { RawCookie } from '../cookies/raw-cookie';
import { isConsentChoiceCookie } from './consent-cookie-names';
import { readConsentState } from './consent-state';
import type { ConsentState } from './types';

/**
 * The one query for the consent cookies: the page URL's query of the plan (store and Firefox
 * first-party options included), what the page itself is sent.
 */
export function consentQuery(plan: CookiePlan): CookieQuery {
  return plan.queries[0] as CookieQuery;
}

/**
 * The consent state the cookies of `consentQuery` hold, as plain derived data: a fresh object with
 * the state's own fields only, so nothing read from a value but the decision can travel on.
 * @example siteConsent(plan, [{ name: 'tarteaucitron', value: '!gtag=false', … }], now) // { cmp: 'tarteaucitron', decided: true, choice: 'refused', categories: { gtag: false } }
 */
export function siteConsent(plan: CookiePlan, cookies: readonly RawCookie[], now: number): ConsentState | undefined {
  const mine = keepInvolved(plan, cookies).filter((c) => isConsentChoiceCookie(c.name) !== undefined);
  const { state } = readConsentState(
    mine.map((c) =>
      typeof c.expirationDate === 'number' ? { name: c.name, value: c.value, expirationDate: c.expirationDate } : { name: c.name, value: c.value },
    ),
    now,
  );
  if (!state) return undefined;
  const out: ConsentState = { cmp: state.cmp, decided: state.decided, choice: state.choice };
  if (state.categories) out.categories = { ...state.categories };
  if (state.decidedAt !== undefined) out.decidedAt = state.decidedAt;
  if (state.note !== undefined) out.note = state.note;
  return out;
}
