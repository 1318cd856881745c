/** Constants every context agrees on. */

/** The popup shows "background not responding" when a ping takes longer. */
export const BACKGROUND_TIMEOUT_MS = 1500;

/** Once the background has answered the ping, how long a (very large) report may take. */
export const REPORT_TIMEOUT_MS = 30_000;

/**
 * The popup-time portal check (probe.js) answers within this, or the page counts as no portal:
 * a page whose main thread is stuck must not hold the popup on "loading".
 */
export const PROBE_TIMEOUT_MS = 1000;

/** Charter pages larger than this are refused rather than parsed (a 5 MB charter is hostile). */
export const MAX_CHARTER_BYTES = 6 * 1024 * 1024;

/** A charter fetch that takes longer is abandoned with a clear message. */
export const CHARTER_FETCH_TIMEOUT_MS = 10_000;

/** Badge colours: undeclared cookies found / everything declared. */
export const BADGE_ALERT = '#b3261e';
export const BADGE_OK = '#1e7b34';
