/**
 * Consent cookies that hold a (URI-encoded) JSON object of booleans: Klaro, Orejime, Axeptio and
 * the Opendatasoft (Huwise) portal banner. Each reader returns undefined for a cookie that is
 * not its own and never throws.
 */
import { CONSENT_COOKIE_NAMES } from './consent-cookie-names';
import { booleanEntries, capped, decidedState, isoFromText, isoTime, parseJsonObject, safeDecode, unreadable } from './decode';
import type { CmpId, ConsentCookie, ConsentState } from './types';

/** The decoded JSON object of a cookie value, or undefined when it cannot be read. */
function jsonOf(value: string): Record<string, unknown> | undefined {
  const text = capped(value);
  const decoded = text === undefined ? undefined : safeDecode(text);
  return decoded === undefined ? undefined : parseJsonObject(decoded);
}

function owns(cmp: CmpId, cookie: ConsentCookie): boolean {
  return CONSENT_COOKIE_NAMES[cmp].includes(cookie.name);
}

/** Service → boolean, every service counted (Klaro and Orejime do not say which are required). */
function serviceMap(cmp: CmpId, cookie: ConsentCookie): ConsentState | undefined {
  if (!owns(cmp, cookie)) return undefined;
  const object = jsonOf(cookie.value);
  const entries = object ? booleanEntries(object) : [];
  if (entries.length === 0) return unreadable(cmp);
  return decidedState(
    cmp,
    entries,
    entries.map(([, on]) => on),
  );
}

/**
 * Klaro 0.7: `saveConsents()` in node_modules/klaro/src/consent-manager.js writes
 * `encodeURIComponent(JSON.stringify(this.consents))`, service name → boolean, on a choice only.
 */
export function readKlaro(cookie: ConsentCookie): ConsentState | undefined {
  return serviceMap('klaro', cookie);
}

/**
 * Orejime 3: the cookie store in node_modules/orejime/dist (`write(e)` → `stringify(e)` through
 * js-cookie's converter) writes purpose id → boolean, e.g. `{%22analytics%22:true%2C%22ads%22:false}`.
 */
export function readOrejime(cookie: ConsentCookie): ConsentState | undefined {
  return serviceMap('orejime', cookie);
}

/**
 * Axeptio: `{"$$token":…,"$$date":"2021-08-08T10:41:59.523Z","$$completed":true,"google_analytics":false,…}`
 * URI-encoded. `$$completed: false` (token and date only) is written before any choice.
 */
export function readAxeptio(cookie: ConsentCookie): ConsentState | undefined {
  if (!owns('axeptio', cookie)) return undefined;
  const object = jsonOf(cookie.value);
  if (!object) return unreadable('axeptio');
  if (object.$$completed === false) return { cmp: 'axeptio', decided: false, choice: 'unknown' };
  const vendors = booleanEntries(object).filter(([key]) => !key.startsWith('$$'));
  if (vendors.length === 0 && object.$$completed !== true) return unreadable('axeptio');
  return decidedState(
    'axeptio',
    vendors,
    vendors.map(([, on]) => on),
    isoFromText(object.$$date),
  );
}

/** Keys of the one (unconfirmed) description of `cookies_preferences`; functional cookies are exempt. */
const ODS_TRACKERS = ['ga', 'matomo', 'xiti', 'at', 'piano', 'eulerian'];

/**
 * Opendatasoft `cookies_preferences`. Its format is NOT confirmed: the one hint is URI-encoded
 * JSON with booleans `ga`, `matomo`, `xiti`, `at`, `piano`, `eulerian`, `functional_cookies` and a
 * `timestamp`. Only that form is read; any other value means "a choice was recorded, its
 * content is unknown" — never "accepted".
 */
export function readOpendatasoft(cookie: ConsentCookie): ConsentState | undefined {
  if (!owns('opendatasoft', cookie)) return undefined;
  const object = jsonOf(cookie.value);
  const entries = object ? booleanEntries(object).filter(([key]) => ODS_TRACKERS.includes(key) || key === 'functional_cookies') : [];
  const trackers = entries.filter(([key]) => ODS_TRACKERS.includes(key));
  if (!object || trackers.length === 0) return unreadable('opendatasoft');
  const stamp = object.timestamp;
  // A number is milliseconds when it is past 1e11 (year 1973 in ms, year 5138 in s), else seconds.
  const decidedAt = typeof stamp === 'number' ? isoTime(stamp > 1e11 ? stamp : stamp * 1000) : isoFromText(stamp);
  return decidedState(
    'opendatasoft',
    entries,
    trackers.map(([, on]) => on),
    decidedAt,
  );
}
