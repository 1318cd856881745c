/**
 * Consent cookies written as small ad-hoc strings: tarteaucitron (`!svc=true!other=false`),
 * CookieYes (`consent:yes,action:yes,analytics:no,…`) and Cookiebot (a JavaScript object
 * literal, parsed here without eval). Readers return undefined for a cookie not their own.
 */
import { CONSENT_COOKIE_NAMES } from './consent-cookie-names';
import { capped, decidedState, isoTime, isSafeKey, safeDecode, unreadable } from './decode';
import type { ConsentCookie, ConsentState } from './types';

/** The value, capped and percent-decoded, or undefined when it cannot be read. */
function textOf(value: string): string | undefined {
  const text = capped(value);
  return text === undefined ? undefined : safeDecode(text);
}

/**
 * tarteaucitron 1.34 (node_modules/tarteaucitronjs/tarteaucitron.js, `cookie.create(key, status)`)
 * writes `!key=status` per service, status `true`, `false` or `wait`. Before any choice it
 * writes `wait` for services that need consent (`serviceDefaultState: 'wait'`), and `true` for
 * those that do not: one `wait` means the visitor has not chosen yet.
 */
export function readTarteaucitron(cookie: ConsentCookie): ConsentState | undefined {
  if (!CONSENT_COOKIE_NAMES.tarteaucitron.includes(cookie.name)) return undefined;
  const text = textOf(cookie.value);
  if (text === undefined) return unreadable('tarteaucitron');
  const entries: [string, boolean][] = [];
  let waiting = false;
  for (const part of text.split('!')) {
    const [, key, status] = /^([^=]+)=(true|false|wait)$/.exec(part) ?? [];
    if (key === undefined || !isSafeKey(key)) continue;
    if (status === 'wait') waiting = true;
    else entries.push([key, status === 'true']);
  }
  if (waiting) return { cmp: 'tarteaucitron', decided: false, choice: 'unknown' };
  if (entries.length === 0) return unreadable('tarteaucitron');
  return decidedState(
    'tarteaucitron',
    entries,
    entries.map(([, on]) => on),
  );
}

const COOKIEYES_META = new Set(['consentid', 'consent', 'action', 'necessary']);

/**
 * CookieYes: `consentid:…,consent:no,action:yes,necessary:yes,functional:no,analytics:no,…`.
 * `action:yes` is the visitor's action; before it `action` is empty (values seen in real
 * Cookie headers, GitHub code index).
 */
export function readCookieYes(cookie: ConsentCookie): ConsentState | undefined {
  if (!CONSENT_COOKIE_NAMES.cookieyes.includes(cookie.name)) return undefined;
  const text = textOf(cookie.value);
  if (text === undefined) return unreadable('cookieyes');
  const fields = new Map<string, string>();
  for (const part of text.split(',')) {
    const at = part.indexOf(':');
    if (at > 0) fields.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  if (!fields.has('action')) return unreadable('cookieyes');
  if (fields.get('action') !== 'yes') return { cmp: 'cookieyes', decided: false, choice: 'unknown' };
  const entries: [string, boolean][] = [];
  for (const [key, v] of fields) if (!COOKIEYES_META.has(key) && (v === 'yes' || v === 'no')) entries.push([key, v === 'yes']);
  return decidedState(
    'cookieyes',
    entries,
    entries.map(([, on]) => on),
  );
}

type Literal = boolean | number | string;

/** `{key:value,…}` with booleans, numbers and 'quoted' strings only, or undefined. No eval. */
export function parseObjectLiteral(text: string): Map<string, Literal> | undefined {
  if (!text.startsWith('{') || !text.endsWith('}')) return undefined;
  const out = new Map<string, Literal>();
  const body = text.slice(1, -1);
  const FIELD = /\s*([A-Za-z_$][\w$]{0,63})\s*:\s*(true|false|-?\d{1,20}(?:\.\d{1,20})?|'[^']{0,512}')\s*(,|$)/y;
  let at = 0;
  while (at < body.length) {
    FIELD.lastIndex = at;
    const m = FIELD.exec(body);
    if (!m) return undefined;
    const [, key = '', raw = '', end] = m;
    out.set(key, raw === 'true' ? true : raw === 'false' ? false : raw.startsWith("'") ? raw.slice(1, -1) : Number(raw));
    at = FIELD.lastIndex;
    if (end === '') break;
  }
  return at >= body.length ? out : undefined;
}

const COOKIEBOT_CATEGORIES = ['preferences', 'statistics', 'marketing'];

/**
 * Cookiebot `CookieConsent`: `{stamp:'…',necessary:true,preferences:false,statistics:false,
 * marketing:false,method:'explicit',ver:1,utc:1697932000537,region:'fr'}` URI-encoded (values set
 * by uBlockOrigin/uBOL-home annoyances-cookies.trusted-set-cookie.js). `-1` means the visitor is
 * outside the region where the site asks for consent: no choice was made.
 */
export function readCookiebot(cookie: ConsentCookie): ConsentState | undefined {
  if (!CONSENT_COOKIE_NAMES.cookiebot.includes(cookie.name)) return undefined;
  const text = textOf(cookie.value);
  if (text?.trim() === '-1') return { cmp: 'cookiebot', decided: false, choice: 'unknown', note: 'outside-region' };
  const fields = text === undefined ? undefined : parseObjectLiteral(text);
  if (!fields) return unreadable('cookiebot');
  const entries: [string, boolean][] = [];
  for (const key of ['necessary', ...COOKIEBOT_CATEGORIES]) {
    const v = fields.get(key);
    if (typeof v === 'boolean') entries.push([key, v]);
  }
  const optional = entries.filter(([key]) => key !== 'necessary').map(([, on]) => on);
  if (optional.length === 0) return unreadable('cookiebot');
  const utc = fields.get('utc');
  const state = decidedState('cookiebot', entries, optional, typeof utc === 'number' ? isoTime(utc) : undefined);
  if (fields.get('method') === 'implied') state.note = 'implied';
  return state;
}
