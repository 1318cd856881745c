/**
 * The cookies in which consent platforms keep the visitor's choice, by default name. These are
 * strictly necessary (they remember the choice) and are the cookies the 6-month rule is about.
 */
import type { CmpId } from './types';

/** Default cookie names per platform (several where versions differ). */
export const CONSENT_COOKIE_NAMES: Readonly<Record<CmpId, readonly string[]>> = {
  opendatasoft: ['cookies_preferences'],
  tarteaucitron: ['tarteaucitron'],
  // Orejime 2 wrote `orejime`; Orejime 3.2.1 (node_modules/orejime/dist, class with
  // `name:"eu-consent",duration:120`) defaults to `eu-consent`.
  orejime: ['orejime', 'eu-consent'],
  klaro: ['klaro'],
  cookiebot: ['CookieConsent'],
  onetrust: ['OptanonConsent', 'OptanonAlertBoxClosed'],
  axeptio: ['axeptio_cookies'],
  didomi: ['didomi_token'],
  cookieyes: ['cookieyes-consent'],
  tcf: ['euconsent-v2'],
};

const BY_NAME = new Map<string, CmpId>(
  (Object.entries(CONSENT_COOKIE_NAMES) as [CmpId, readonly string[]][]).flatMap(([cmp, names]) => names.map((n) => [n, cmp] as const)),
);

/**
 * The platform whose choice cookie this name is, or undefined. Names are case-sensitive, as
 * browsers treat them.
 * @example isConsentChoiceCookie('tarteaucitron') // 'tarteaucitron'
 */
export function isConsentChoiceCookie(name: string): CmpId | undefined {
  return BY_NAME.get(name);
}
