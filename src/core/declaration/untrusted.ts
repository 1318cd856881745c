/**
 * Safe reads of an untrusted value: what a page-world function returned (docs/ARCHITECTURE.md,
 * "Any site, any declaration"). Every read is bounded and total: own keys only, never a prototype
 * key, strings only where text is expected, a getter or Proxy trap that throws reads as absent.
 * Nothing read here is ever evaluated or turned into a RegExp.
 */

/** Items read from one list (services, cookies, groups): more are dropped and the reading says "capped". */
export const MAX_ITEMS = 2000;
/** Characters kept of one text field. */
export const MAX_TEXT = 1000;
/** Characters of a cookie name or pattern; longer is not a name. */
export const MAX_NAME = 256;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
// C0 and C1 controls (a terminal escape, a bidi trick) become spaces.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Counts what a reading dropped, so a caller can say "capped" rather than silently shorten. */
export class Tally {
  capped = false;
  errors = 0;
}

/** A non-null object (arrays included), tested without touching a Proxy trap that could throw. */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** An Array (a revoked Proxy, whose test throws, is not one). */
export function isList(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** The page-world function's `{ $error }` marker for a value that threw (dump.ts). */
export function isErrorMarker(value: unknown): boolean {
  if (!isObject(value)) return false;
  try {
    const descriptor = Object.getOwnPropertyDescriptor(value, '$error');
    return descriptor !== undefined && typeof descriptor.value === 'string';
  } catch {
    return true;
  }
}

/**
 * `value[key]` when it is an own data property, else undefined. Prototype keys are refused, and a
 * throwing getter or trap counts as an error in `tally`.
 * @example field({ cookies: ['_ga'] }, 'cookies') // ['_ga']
 */
export function field(value: unknown, key: string, tally?: Tally): unknown {
  if (!isObject(value) || FORBIDDEN.has(key)) return undefined;
  try {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    // A getter is never called: the page-world function resolved getters already, and one here would run page code.
    if (!descriptor || !('value' in descriptor)) return undefined;
    const read: unknown = descriptor.value;
    if (tally && isErrorMarker(read)) tally.errors++;
    return read;
  } catch {
    if (tally) tally.errors++;
    return undefined;
  }
}

/** Items of an array (at most `max`; more sets `tally.capped`), [] for anything else. */
export function items(value: unknown, tally?: Tally, max = MAX_ITEMS): unknown[] {
  try {
    if (!isList(value)) return [];
    const length = Math.min(value.length, max);
    if (value.length > max && tally) tally.capped = true;
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) out.push(field(value, String(i), tally));
    return out;
  } catch {
    if (tally) tally.errors++;
    return [];
  }
}

/** Own enumerable keys of a plain object (at most `max`), prototype keys left out. */
export function keys(value: unknown, tally?: Tally, max = MAX_ITEMS): string[] {
  if (!isObject(value) || isList(value)) return [];
  try {
    const all = Object.keys(value);
    if (all.length > max && tally) tally.capped = true;
    return all.slice(0, max).filter((key) => !FORBIDDEN.has(key));
  } catch {
    if (tally) tally.errors++;
    return [];
  }
}

/** A string, controls replaced, trimmed and clipped to `max`; '' for anything else. */
export function text(value: unknown, max = MAX_TEXT): string {
  if (typeof value !== 'string') return '';
  const clipped = value.length > max * 2 ? value.slice(0, max * 2) : value;
  return clipped.replace(CONTROLS, ' ').trim().slice(0, max).trim();
}

/** A platform's localised text: a string, or `{ en: ..., fr: ... }` (English, then French, then any). */
export function localized(value: unknown, max = MAX_TEXT): string {
  if (typeof value === 'string') return text(value, max);
  for (const lang of ['en', 'fr']) {
    const found = text(field(value, lang), max);
    if (found) return found;
  }
  for (const key of keys(value, undefined, 20)) {
    const found = text(field(value, key), max);
    if (found) return found;
  }
  return '';
}

/** A boolean field: true only for `true` itself. */
export const flag = (value: unknown, key: string): boolean => field(value, key) === true;

/** A finite number, or a string holding one ("365"); null otherwise. */
export function number(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.length > 20 || !/^\s*\d+(?:\.\d+)?\s*$/.test(value)) return null;
  return Number(value);
}
