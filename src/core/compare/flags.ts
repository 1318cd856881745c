/** The flags of a report row (docs/CONTRACTS.md, "Flags"), always in FLAG_ORDER. */
import { DAY_SECONDS, MONTH_SECONDS } from '../time';
import type { DeclaredEntry, Flag, ReportCookie } from '../types';

/** Kept here too for the modules that import them from the flags (src/core/time.ts is their home). */
export { DAY_SECONDS, MONTH_SECONDS };
/** CNIL yardstick: audience cookies exempt from consent live at most 13 months. */
export const CNIL_MAX_SECONDS = 13 * MONTH_SECONDS;
/** Observed lifetime beyond declared × this (and a day more) counts as exceeding it. */
export const EXPIRY_TOLERANCE = 1.5;

/** The order flags always appear in, so reports diff cleanly. */
export const FLAG_ORDER: readonly Flag[] = [
  'conditional',
  'expiry-exceeds-declared',
  'session-mismatch',
  'over-13-months',
  'third-party',
  'http-only',
  'partitioned',
];

export interface FlagInput {
  declared: DeclaredEntry | null;
  observed: ReportCookie | null;
  /** The cookie is an audience cookie (declared so, or known to be). */
  statistics: boolean;
}

/**
 * Flags that apply to one row.
 * - `expiry-exceeds-declared`: lifetime > 1.5 × declared and > declared + 1 day (both, so
 *   rounding in "13 months" or a cookie refreshed today is not a finding);
 * - `session-mismatch`: declared session (with no lifetime given) but persistent, or declared
 *   with a lifetime and not session but found as a session cookie.
 * @example rowFlags({ declared: null, observed: thirdPartyHttpOnly, statistics: false }) // ['third-party', 'http-only']
 */
export function rowFlags({ declared, observed, statistics }: FlagInput): Flag[] {
  const on = new Set<Flag>();
  if (declared?.conditional) on.add('conditional');
  if (observed) {
    const lifetime = observed.session ? null : observed.lifetimeSeconds;
    const maxAge = declared?.maxAgeSeconds ?? null;
    if (declared && maxAge !== null && lifetime !== null && lifetime > EXPIRY_TOLERANCE * maxAge && lifetime > maxAge + DAY_SECONDS) {
      on.add('expiry-exceeds-declared');
    }
    const declaredSessionOnly = declared?.session === true && !(maxAge !== null && maxAge > 0);
    const declaredPersistent = declared !== null && declared.session !== true && maxAge !== null && maxAge > 0;
    if ((declaredSessionOnly && lifetime !== null) || (declaredPersistent && observed.session)) on.add('session-mismatch');
    if (statistics && lifetime !== null && lifetime > CNIL_MAX_SECONDS) on.add('over-13-months');
    if (observed.thirdParty) on.add('third-party');
    if (observed.httpOnly) on.add('http-only');
    if (observed.partitionKey?.topLevelSite) on.add('partitioned');
  }
  return FLAG_ORDER.filter((f) => on.has(f));
}
