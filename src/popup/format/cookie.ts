/** How an observed cookie's facts read in the popup: masked value, expiry, attributes. */
import type { ReportCookie, SameSite } from '../../core/types';
import { formatDuration } from './duration';
import type { Locale, MsgKey } from './locale';

/** The value hidden, its length kept: "•••• (32 chars)". Values are never in the report anyway. */
export function maskedValue(length: number, L: Locale): string {
  return L.t('valueMasked', length);
}

/** "Session", "in 14 days" or "expired", from the lifetime the report computed. */
export function expiryText(c: ReportCookie, L: Locale): string {
  if (c.session || c.lifetimeSeconds === null) return L.t('session');
  return c.lifetimeSeconds <= 0 ? L.t('expired') : L.t('expiresIn', formatDuration(c.lifetimeSeconds, L));
}

const dates = new Map<string, Intl.DateTimeFormat>();

/** A date and time in the UI language ("23 Nov 2025, 10:02"), or the time with seconds; formatters are cached. */
export function formatDate(epochMs: number, lang: string, timeOnly = false): string {
  const key = `${lang}${timeOnly}`;
  let f = dates.get(key);
  if (!f) dates.set(key, (f = new Intl.DateTimeFormat(lang, timeOnly ? { timeStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' })));
  return Number.isFinite(epochMs) ? f.format(epochMs) : '';
}

/** The exact expiry as a tooltip, or what a session cookie means. */
export function expiryTip(c: ReportCookie, L: Locale): string {
  return c.expirationDate === undefined ? L.t('sessionTip') : L.t('expiresOn', formatDate(c.expirationDate * 1000, L.lang));
}

const SAME_SITE: Record<SameSite, [string, MsgKey]> = {
  no_restriction: ['None', 'ssNone'],
  lax: ['Lax', 'ssLax'],
  strict: ['Strict', 'ssStrict'],
  unspecified: ['—', 'ssUnspecified'],
};

/**
 * An attribute chip: its text, its tooltip, whether it deserves a second look (third party), and
 * the icon of the report flag it stands for (http-only, third-party, partitioned).
 */
export type Attribute = [text: string, tip: string, notable?: boolean, icon?: string];

/** The observed side's attribute chips, in a fixed order: readability, Secure, SameSite, party, partition. */
export function attributes(c: ReportCookie, L: Locale): Attribute[] {
  const [same, why] = SAME_SITE[c.sameSite] ?? SAME_SITE.unspecified;
  const site = c.partitionKey?.topLevelSite;
  const readable: [MsgKey, MsgKey, boolean?, string?] = c.httpOnly
    ? ['atHttpOnly', 'atHttpOnlyTip', false, '⊘']
    : (c.readableByPage ?? true)
      ? ['atReadable', 'atReadableTip']
      : ['atNotReadable', 'atNotReadableTip'];
  const out: Attribute[] = [[L.t(readable[0]), L.t(readable[1]), false, readable[3]]];
  if (c.secure) out.push([L.t('atSecure'), L.t('atSecureTip')]);
  out.push([L.t('atSameSite', same), L.t('atSameSiteTip', L.t(why))]);
  out.push(c.thirdParty ? [L.t('atThird'), L.t('exThird', c.domain.replace(/^\./, '')), true, '↗'] : [L.t('atFirst'), L.t('atFirstTip')]);
  if (site) out.push([L.t('atPartitioned'), L.t('exPartitioned', site), false, '◫']);
  return out;
}
