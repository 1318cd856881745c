/**
 * Cookies whose maker and purpose are known whatever the charter says: the analytics a portal
 * can switch on, and the Django cookies of the Opendatasoft (Huwise) platform. Used to tie an
 * observed cookie to an unnamed declaration ("Mesure d'audience") and to apply the CNIL
 * 13-month yardstick to audience cookies.
 */
import type { Category } from '../types';

/** What a known cookie name tells about the cookie. */
export interface TrackerInfo {
  vendor: string;
  category: Category;
}

const GA: TrackerInfo = { vendor: 'Google Analytics', category: 'statistics' };
const MATOMO: TrackerInfo = { vendor: 'Matomo', category: 'statistics' };
const PIANO: TrackerInfo = { vendor: 'AT Internet / Piano', category: 'statistics' };
const XITI: TrackerInfo = { vendor: 'XiTi', category: 'statistics' };
const EULERIAN: TrackerInfo = { vendor: 'Eulerian', category: 'statistics' };
const ODS: TrackerInfo = { vendor: 'Opendatasoft', category: 'necessary' };

const EXACT = new Map<string, TrackerInfo>([
  ['_ga', GA],
  ['_gid', GA],
  ['atuserid', PIANO],
  ['atidvisitor', PIANO],
  ['atauthority', PIANO],
  ['_pcid', PIANO],
  ['_pctx', PIANO],
  ['pa_vid', PIANO],
  ['xtvrn', XITI],
  ['xtidc', XITI],
  ['etuix', EULERIAN],
  ['MATOMO_SESSID', MATOMO],
  ['sessionid', ODS],
  ['csrftoken', ODS],
  ['django_language', ODS],
  ['cookies_preferences', ODS],
]);

/** Checked in order; longer prefixes first where they overlap. */
const PREFIXES: ReadonlyArray<readonly [string, TrackerInfo]> = [
  ['_ga_', GA],
  ['_gat', GA],
  ['__utm', GA],
  ['_pk_', MATOMO],
  ['mtm_', MATOMO],
  ['xtan', XITI],
];

/** Lower-case words that name each vendor in a charter's provider/service text. */
export const VENDOR_WORDS: Readonly<Record<string, readonly string[]>> = {
  'Google Analytics': ['google'],
  Matomo: ['matomo', 'piwik'],
  'AT Internet / Piano': ['at internet', 'at-internet', 'piano'],
  XiTi: ['xiti', 'at internet'],
  Eulerian: ['eulerian'],
  Opendatasoft: ['opendatasoft', 'huwise'],
};

/**
 * The vendor and category of a well-known cookie name, or undefined.
 * @example knownTracker('_ga_ABC123') // { vendor: 'Google Analytics', category: 'statistics' }
 */
export function knownTracker(name: string): TrackerInfo | undefined {
  const hit = EXACT.get(name);
  if (hit) return hit;
  for (const [prefix, info] of PREFIXES) if (name.startsWith(prefix)) return info;
  return undefined;
}
