/**
 * Reads a cookie file for the CLI: a JSON export (see cookie-json.ts) or a Netscape
 * `cookies.txt` as curl, wget and browser add-ons write it. Never throws; errors are one line.
 */
import { parseCookieJson, type CookieFileResult } from './cookie-json';
import type { RawCookie } from './raw-cookie';

export type { CookieFileResult } from './cookie-json';

const HTTP_ONLY = '#HttpOnly_';
const FLAG = /^(?:TRUE|FALSE)$/i;
const INTEGER = /^-?\d+(?:\.\d+)?$/;

/** One Netscape line (domain, includeSubdomains, path, secure, expiry, name, value) → cookie or error. */
function netscapeLine(line: string, n: number): RawCookie | string {
  let text = line;
  const httpOnly = text.startsWith(HTTP_ONLY);
  if (httpOnly) text = text.slice(HTTP_ONLY.length);
  let fields = text.split('\t');
  // Pasted files sometimes lose their tabs; accept spaces when they give exactly 7 fields.
  if (fields.length === 1) {
    const words = text.trim().split(/ +/);
    if (words.length === 7) fields = words;
  }
  if (fields.length === 6) fields.push('');
  if (fields.length < 7) return `line ${n}: expected 7 tab-separated fields`;
  const [domainField = '', subdomains = '', path = '', secure = '', expires = '', name = ''] = fields;
  const value = fields.slice(6).join('\t');
  if (!FLAG.test(subdomains)) return `line ${n}: includeSubdomains must be TRUE or FALSE`;
  if (!FLAG.test(secure)) return `line ${n}: secure must be TRUE or FALSE`;
  if (!INTEGER.test(expires)) return `line ${n}: expiry must be a number of seconds`;
  const domain = domainField.trim();
  if (domain === '') return `line ${n}: empty domain`;
  const includeSubdomains = subdomains.toUpperCase() === 'TRUE';
  const expirationDate = Number(expires);
  const session = expirationDate <= 0;
  const cookie: RawCookie = {
    name,
    value,
    // The cookies API writes a domain cookie with a leading dot; curl writes it without.
    domain: includeSubdomains && !domain.startsWith('.') ? `.${domain}` : domain,
    path: path || '/',
    hostOnly: !includeSubdomains,
    secure: secure.toUpperCase() === 'TRUE',
    httpOnly,
    sameSite: 'unspecified',
    session,
    storeId: '0',
  };
  if (!session) cookie.expirationDate = expirationDate;
  return cookie;
}

/** Parses a Netscape cookies.txt. Lines starting with `#` are comments, except `#HttpOnly_`. */
export function parseNetscape(text: string): CookieFileResult {
  const cookies: RawCookie[] = [];
  const lines = text.split(/\r?\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || (line.startsWith('#') && !line.startsWith(HTTP_ONLY))) continue;
    const cookie = netscapeLine(line, i + 1);
    if (typeof cookie === 'string') return { ok: false, error: cookie };
    cookies.push(cookie);
  }
  return { ok: true, cookies };
}

/**
 * Parses a cookie file: a JSON array of cookies (cookies.getAll(), Cookie-Editor...) or a Netscape cookies.txt.
 * @example
 * parseCookieFile('[{"name":"sid","value":"x","domain":"a.test"}]') // { ok: true, cookies: [...] }
 * parseCookieFile('a.test\tFALSE\t/') // { ok: false, error: 'line 1: expected 7 tab-separated fields' }
 */
export function parseCookieFile(text: string): CookieFileResult {
  try {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const start = body.trimStart()[0];
    if (start === undefined) return { ok: false, error: 'empty cookie file' };
    if (start === '[' || start === '{') return parseCookieJson(body);
    return parseNetscape(body);
  } catch (e) {
    return { ok: false, error: `unreadable cookie file (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` };
  }
}
