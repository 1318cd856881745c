/**
 * Defensive readers for consent cookie values, which are untrusted page-controlled strings.
 * Nothing here throws; every reader is bounded by MAX_VALUE_CHARS so a 1 MB value costs nothing.
 */
import type { ConsentChoice, ConsentState } from './types';

/** Browsers keep at most 4096 bytes of name + value (RFC 6265 §6.1): anything longer is not read. */
export const MAX_VALUE_CHARS = 4096;
/** At most this many categories are reported from one cookie. */
const MAX_CATEGORIES = 64;
/** Category keys as platforms write them (`google_analytics`, `C0002`, `c:youtube-DWtjCUKb`). */
const SAFE_KEY = /^[A-Za-z0-9_$][A-Za-z0-9_.:$-]{0,63}$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The value when short enough to read, else undefined. */
export function capped(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_VALUE_CHARS ? value : undefined;
}

/** decodeURIComponent that returns undefined on malformed percent-encoding. */
export function safeDecode(text: string): string | undefined {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** A JSON object (not an array, not null), or undefined. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A key safe to show and to use as an object key. */
export function isSafeKey(key: string): boolean {
  return SAFE_KEY.test(key) && !FORBIDDEN_KEYS.has(key);
}

/** A null-prototype record of the safe keys among `entries` (at most MAX_CATEGORIES). */
export function categoriesOf(entries: Iterable<readonly [string, boolean]>): Record<string, boolean> {
  const out = Object.create(null) as Record<string, boolean>;
  let n = 0;
  for (const [key, on] of entries) {
    if (n >= MAX_CATEGORIES) break;
    if (!isSafeKey(key) || Object.hasOwn(out, key)) continue;
    out[key] = on;
    n++;
  }
  return out;
}

/** accepted when every optional choice is on, refused when all are off, partial when mixed. */
export function choiceOf(values: readonly boolean[]): ConsentChoice {
  if (values.length === 0) return 'unknown';
  if (values.every(Boolean)) return 'accepted';
  return values.some(Boolean) ? 'partial' : 'refused';
}

/** The boolean entries of a parsed object whose key is safe. */
export function booleanEntries(object: Record<string, unknown>): [string, boolean][] {
  const out: [string, boolean][] = [];
  for (const [key, value] of Object.entries(object)) if (typeof value === 'boolean' && isSafeKey(key)) out.push([key, value]);
  return out;
}

/** ISO 8601 for a time between 2000 and 2100, else undefined (a garbled date is no date). */
export function isoTime(ms: number): string | undefined {
  if (!Number.isFinite(ms) || ms < Date.UTC(2000, 0, 1) || ms >= Date.UTC(2100, 0, 1)) return undefined;
  return new Date(ms).toISOString();
}

/** ISO 8601 for a date string `Date.parse` reads, within isoTime's bounds. */
export function isoFromText(text: unknown): string | undefined {
  return typeof text === 'string' && text.length <= 100 ? isoTime(Date.parse(text)) : undefined;
}

/** A choice was recorded, its content could not be read. */
export function unreadable(cmp: ConsentState['cmp']): ConsentState {
  return { cmp, decided: true, choice: 'unknown' };
}

/** A decided state with the choice computed from `optional` and every category reported. */
export function decidedState(cmp: ConsentState['cmp'], all: [string, boolean][], optional: boolean[], decidedAt?: string): ConsentState {
  const state: ConsentState = { cmp, decided: true, choice: choiceOf(optional) };
  const categories = categoriesOf(all);
  if (Object.keys(categories).length > 0) state.categories = categories;
  if (decidedAt) state.decidedAt = decidedAt;
  return state;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Base64 or base64url to its bytes as a Latin-1 string, or undefined when it is not base64. */
export function decodeBase64(text: string): string | undefined {
  const clean = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/_-]*$/.test(clean) || clean.length % 4 === 1) return undefined;
  let bits = 0;
  let buffer = 0;
  let out = '';
  for (const ch of clean) {
    const v = ch === '+' || ch === '-' ? 62 : ch === '/' || ch === '_' ? 63 : B64.indexOf(ch);
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
      buffer &= (1 << bits) - 1; // keep only the bits not yet read
    }
  }
  return out;
}

/** Latin-1 bytes read as UTF-8; undefined when they are not valid UTF-8. */
export function utf8(bytes: string): string | undefined {
  try {
    return decodeURIComponent(bytes.replace(/[\s\S]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
  } catch {
    return undefined;
  }
}
