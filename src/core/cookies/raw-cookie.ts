/** A cookie as the browser's cookies API (or a cookie file) gives it, value included. */
import type { SameSite } from '../types';

/** The shape of `chrome.cookies.Cookie` / `browser.cookies.Cookie`. */
export interface RawCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  hostOnly: boolean;
  secure: boolean;
  httpOnly: boolean;
  /** As the API spells it; cookie files may use other spellings (see normaliseSameSite). */
  sameSite: string;
  session: boolean;
  /** Seconds since the epoch; absent for session cookies. */
  expirationDate?: number;
  storeId: string;
  partitionKey?: { topLevelSite?: string; hasCrossSiteAncestor?: boolean } | null;
  /** Firefox first-party isolation. */
  firstPartyDomain?: string;
}

/**
 * `SameSite` in the cookies API's spelling, whatever the source wrote ("None", "Lax", null...).
 * @example normaliseSameSite('None') // 'no_restriction'
 */
export function normaliseSameSite(value: unknown): SameSite {
  const v = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (v === 'no_restriction' || v === 'none') return 'no_restriction';
  if (v === 'lax') return 'lax';
  if (v === 'strict') return 'strict';
  return 'unspecified';
}
