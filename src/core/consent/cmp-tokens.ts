/**
 * Consent cookies that are encoded tokens: OneTrust (a query string, with `OptanonAlertBoxClosed`
 * beside it), Didomi (base64 JSON) and the IAB TCF v2 string. Readers return undefined for a
 * cookie not their own and never throw.
 */
import { CONSENT_COOKIE_NAMES } from './consent-cookie-names';
import { capped, decidedState, decodeBase64, isoFromText, isoTime, isSafeKey, parseJsonObject, safeDecode, unreadable, utf8 } from './decode';
import type { ConsentCookie, ConsentState } from './types';

/** Other cookies of the same site, by name (OneTrust needs two). */
export type CookieJar = ReadonlyMap<string, ConsentCookie>;

/** `a=1&b=2` → Map, values percent-decoded (`+` is a space); malformed values are dropped. */
function queryFields(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split('&')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const value = safeDecode(part.slice(at + 1).replace(/\+/g, ' '));
    if (value !== undefined) out.set(part.slice(0, at), value);
  }
  return out;
}

/**
 * OneTrust `OptanonConsent`: `isGpcEnabled=0&datestamp=Tue+Mar+28+2023+15%3A07%3A05+GMT%2B0800+…
 * &interactionCount=1&groups=C0001%3A1%2CC0002%3A0%2C…` (C0001 is strictly necessary). OneTrust
 * writes it before any choice too, with the default groups: the choice is recorded when
 * `OptanonAlertBoxClosed` (an ISO date) exists or `interactionCount` is at least 1.
 */
export function readOneTrust(cookie: ConsentCookie, jar: CookieJar = new Map()): ConsentState | undefined {
  if (!CONSENT_COOKIE_NAMES.onetrust.includes(cookie.name)) return undefined;
  const closed = cookie.name === 'OptanonAlertBoxClosed' ? cookie : jar.get('OptanonAlertBoxClosed');
  const closedAt = closed ? isoFromText(capped(closed.value)) : undefined;
  const consent = cookie.name === 'OptanonConsent' ? cookie : jar.get('OptanonConsent');
  const text = consent ? capped(consent.value) : undefined;
  if (text === undefined) return closed ? unreadable('onetrust') : { cmp: 'onetrust', decided: false, choice: 'unknown' };
  const fields = queryFields(text);
  const interactions = Number(fields.get('interactionCount') ?? '0');
  const decided = closed !== undefined || (Number.isFinite(interactions) && interactions >= 1);
  const entries: [string, boolean][] = [];
  for (const group of (fields.get('groups') ?? '').split(',')) {
    const [, id, bit] = /^([A-Za-z0-9_]{1,32}):([01])$/.exec(group) ?? [];
    if (id !== undefined) entries.push([id, bit === '1']);
  }
  if (!decided) return { cmp: 'onetrust', decided: false, choice: 'unknown' };
  if (entries.length === 0) return { ...unreadable('onetrust'), ...(closedAt ? { decidedAt: closedAt } : {}) };
  const optional = entries.filter(([id]) => id !== 'C0001').map(([, on]) => on);
  return decidedState('onetrust', entries, optional, closedAt ?? isoFromText(fields.get('datestamp')));
}

/** The string ids of a Didomi `{ enabled: [...], disabled: [...] }` block. */
function idLists(block: unknown): { enabled: string[]; disabled: string[] } {
  const lists = { enabled: [] as string[], disabled: [] as string[] };
  if (block === null || typeof block !== 'object') return lists;
  for (const key of ['enabled', 'disabled'] as const) {
    const list: unknown = (block as Record<string, unknown>)[key];
    if (Array.isArray(list)) lists[key] = list.filter((id): id is string => typeof id === 'string' && isSafeKey(id));
  }
  return lists;
}

/**
 * Didomi `didomi_token`: base64 JSON `{"user_id":…,"created":…,"updated":"2023-09-27T11:12:37.797Z",
 * "vendors":{"enabled":[…],"disabled":[…]},"purposes":{"enabled":[…],"disabled":[…]},"version":2}`
 * (tokens set by uBlockOrigin/uBOL-home annoyances-cookies.trusted-set-cookie.js). The choice
 * is read from purposes, else from vendors.
 */
export function readDidomi(cookie: ConsentCookie): ConsentState | undefined {
  if (!CONSENT_COOKIE_NAMES.didomi.includes(cookie.name)) return undefined;
  const text = capped(cookie.value);
  const base64 = text === undefined ? undefined : safeDecode(text);
  const bytes = base64 === undefined ? undefined : decodeBase64(base64);
  const json = bytes === undefined ? undefined : utf8(bytes);
  const object = json === undefined ? undefined : parseJsonObject(json);
  if (!object) return unreadable('didomi');
  const purposes = idLists(object.purposes);
  const vendors = idLists(object.vendors);
  const lists = purposes.enabled.length + purposes.disabled.length > 0 ? purposes : vendors;
  const entries: [string, boolean][] = [
    ...purposes.enabled.map((id): [string, boolean] => [id, true]),
    ...purposes.disabled.map((id): [string, boolean] => [id, false]),
  ];
  const optional = [...lists.enabled.map(() => true), ...lists.disabled.map(() => false)];
  return decidedState('didomi', entries, optional, isoFromText(object.updated));
}

const TC_CHARS = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;
/** The TCF v2 core segment holds at least 259 bits (44 characters); a little slack for encoders. */
const TC_MIN_CORE = 40;

/**
 * IAB TCF v2 `euconsent-v2`. Only "decided or not" is read: a syntactically plausible TC string
 * (base64url segments, version 2 so the first character is `C`) is a recorded choice whose
 * content is not interpreted; anything else (empty, `%20`, markup) is no recorded choice.
 * `decidedAt` is its LastUpdated field (bits 42–77, deciseconds) when that is a plausible date.
 */
export function readTcf(cookie: ConsentCookie): ConsentState | undefined {
  if (!CONSENT_COOKIE_NAMES.tcf.includes(cookie.name)) return undefined;
  const text = capped(cookie.value)?.trim() ?? '';
  const core = text.split('.')[0] ?? '';
  if (!TC_CHARS.test(text) || !core.startsWith('C') || core.length < TC_MIN_CORE) {
    return { cmp: 'tcf', decided: false, choice: 'unknown' };
  }
  let bits = '';
  for (const c of decodeBase64(core.slice(0, 16)) ?? '') bits += c.charCodeAt(0).toString(2).padStart(8, '0');
  const decidedAt = isoTime(Number.parseInt(bits.slice(42, 78), 2) * 100);
  return decidedAt ? { cmp: 'tcf', decided: true, choice: 'unknown', decidedAt } : unreadable('tcf');
}
