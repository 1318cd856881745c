/**
 * Cookies from JSON: what `cookies.getAll()` returns, and the exports of Cookie-Editor,
 * EditThisCookie, Puppeteer and Playwright (field names vary in case and spelling).
 */
import type { RawCookie } from './raw-cookie';

export type CookieFileResult = { ok: true; cookies: RawCookie[] } | { ok: false; error: string };

/** Case-insensitive field lookup over a few spellings. */
function pick(fields: Map<string, unknown>, ...keys: string[]): unknown {
  for (const key of keys) if (fields.has(key)) return fields.get(key);
  return undefined;
}

function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v === 'string' && /^(?:true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
  return undefined;
}

/** Expiry in seconds; milliseconds (beyond year 5000 as seconds) and date strings are converted. */
function expiry(v: unknown): number | undefined {
  let n: number | undefined;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && v.trim() !== '') {
    n = Number(v);
    if (!Number.isFinite(n)) n = Date.parse(v) / 1000;
  }
  if (n === undefined || !Number.isFinite(n) || n <= 0) return undefined;
  return n > 1e11 ? n / 1000 : n;
}

function toRaw(item: unknown, i: number): RawCookie | string {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return `cookie ${i}: not an object`;
  const fields = new Map(Object.entries(item).map(([k, v]) => [k.toLowerCase(), v] as const));
  const name = pick(fields, 'name');
  if (typeof name !== 'string') return `cookie ${i}: "name" must be a string`;
  const domain = pick(fields, 'domain', 'host');
  if (typeof domain !== 'string' || domain.trim() === '') return `cookie ${i} (${name}): missing "domain"`;
  const value = pick(fields, 'value');
  const path = pick(fields, 'path');
  const expirationDate = expiry(pick(fields, 'expirationdate', 'expires', 'expiry', 'expiration_date'));
  const session = bool(pick(fields, 'session')) === true || expirationDate === undefined;
  const storeId = pick(fields, 'storeid', 'store_id');
  const partition = pick(fields, 'partitionkey', 'partition_key');
  const topLevelSite = typeof partition === 'object' && partition !== null ? (partition as { topLevelSite?: unknown }).topLevelSite : undefined;
  const cookie: RawCookie = {
    name,
    value: typeof value === 'string' || typeof value === 'number' ? String(value) : '',
    domain: domain.trim(),
    path: typeof path === 'string' && path !== '' ? path : '/',
    hostOnly: bool(pick(fields, 'hostonly', 'host_only')) ?? !domain.trim().startsWith('.'),
    secure: bool(pick(fields, 'secure')) ?? false,
    httpOnly: bool(pick(fields, 'httponly', 'http_only')) ?? false,
    sameSite: String(pick(fields, 'samesite', 'same_site') ?? 'unspecified'),
    session,
    storeId: typeof storeId === 'string' ? storeId : '0',
  };
  if (!session) cookie.expirationDate = expirationDate;
  if (typeof topLevelSite === 'string' && topLevelSite !== '') cookie.partitionKey = { topLevelSite };
  const fpd = pick(fields, 'firstpartydomain');
  if (typeof fpd === 'string' && fpd !== '') cookie.firstPartyDomain = fpd;
  return cookie;
}

/** Parses a JSON cookie export: an array of cookie objects, or `{ "cookies": [...] }`. */
export function parseCookieJson(text: string): CookieFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : 'invalid JSON';
    return { ok: false, error: `not a JSON array of cookies (${why})` };
  }
  if (!Array.isArray(data) && typeof data === 'object' && data !== null && Array.isArray((data as { cookies?: unknown }).cookies)) {
    data = (data as { cookies: unknown[] }).cookies;
  }
  if (!Array.isArray(data)) return { ok: false, error: 'not a JSON array of cookies' };
  const cookies: RawCookie[] = [];
  for (let i = 0; i < data.length; i++) {
    const cookie = toRaw(data[i], i + 1);
    if (typeof cookie === 'string') return { ok: false, error: cookie };
    cookies.push(cookie);
  }
  return { ok: true, cookies };
}
