/**
 * The consent state of a site from its consent-choice cookies: one adapter per platform, chosen
 * by cookie name. Values are read only to derive the decision; no result holds a value.
 */
import { readAxeptio, readKlaro, readOpendatasoft, readOrejime } from './cmp-json';
import { readCookiebot, readCookieYes, readTarteaucitron } from './cmp-strings';
import { readDidomi, readOneTrust, readTcf, type CookieJar } from './cmp-tokens';
import { isConsentChoiceCookie } from './consent-cookie-names';
import type { CmpId, ConsentCookie, ConsentState } from './types';

type Reader = (cookie: ConsentCookie, jar: CookieJar) => ConsentState | undefined;

/**
 * Platform order, used last to break ties: the site's own banner first, the IAB TCF string last
 * (Didomi, OneTrust and others write `euconsent-v2` beside their own cookie).
 */
const READERS: ReadonlyArray<readonly [CmpId, Reader]> = [
  ['opendatasoft', readOpendatasoft],
  ['tarteaucitron', readTarteaucitron],
  ['orejime', readOrejime],
  ['klaro', readKlaro],
  ['cookiebot', readCookiebot],
  ['onetrust', readOneTrust],
  ['axeptio', readAxeptio],
  ['didomi', readDidomi],
  ['cookieyes', readCookieYes],
  ['tcf', readTcf],
];

/** What the consent cookies of a site say. */
export interface ConsentReading {
  /** The state that speaks for the site (see `readConsentState`), or undefined when none was found. */
  state: ConsentState | undefined;
  /** One state per platform whose cookie was found, in platform order. */
  all: ConsentState[];
}

/** Higher is a better witness of the visitor's choice. */
function strength(s: ConsentState): number {
  if (!s.decided) return 0;
  return s.choice === 'unknown' ? 1 : 2;
}

/**
 * Reads every consent-choice cookie among `cookies` (expired ones, `expirationDate <= now`, are
 * ignored: the browser no longer holds them). When several platforms are present, the one that
 * speaks is, in this order: a decided state with a readable choice, over a decided state whose
 * content is unknown, over an undecided one; then the latest `decidedAt` (a state without one
 * counts as oldest); then the platform order above. `now` is in seconds since the epoch.
 * @example readConsentState([{ name: 'tarteaucitron', value: '!gtag=false!matomo=false' }], now).state
 * // { cmp: 'tarteaucitron', decided: true, choice: 'refused', categories: { gtag: false, matomo: false } }
 */
export function readConsentState(cookies: readonly ConsentCookie[], now: number): ConsentReading {
  const jar = new Map<string, ConsentCookie>();
  for (const c of cookies) {
    if (typeof c?.name !== 'string' || typeof c.value !== 'string') continue;
    if (typeof c.expirationDate === 'number' && c.expirationDate <= now) continue;
    if (isConsentChoiceCookie(c.name) && !jar.has(c.name)) jar.set(c.name, c);
  }
  const all: ConsentState[] = [];
  for (const [cmp, read] of READERS) {
    const mine = [...jar.values()].find((c) => isConsentChoiceCookie(c.name) === cmp);
    const state = mine ? read(mine, jar) : undefined;
    if (state) all.push(state);
  }
  let best: ConsentState | undefined;
  for (const s of all) {
    if (!best) best = s;
    else if (strength(s) > strength(best)) best = s;
    else if (strength(s) === strength(best) && (s.decidedAt ?? '') > (best.decidedAt ?? '')) best = s;
  }
  return { state: best, all };
}
