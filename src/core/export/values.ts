/** Plain-text renderings of report values shared by the CSV and Markdown exports. */
import type { ReportRow } from '../types';
import { rowName } from '../compare/row-name';

/** ISO time for seconds since the epoch; the number itself when out of Date's range. */
export function isoFromSeconds(seconds: number): string {
  const ms = seconds * 1000;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return String(seconds);
  return new Date(ms).toISOString();
}

/** "session", an ISO expiry, or '' without an observed cookie. */
export function expiresText(row: ReportRow): string {
  const c = row.observed;
  if (!c) return '';
  return c.session || c.expirationDate === undefined ? 'session' : isoFromSeconds(c.expirationDate);
}

/** What the popup's `data-cookie` holds: the observed name, else the declared name or pattern. */
export function cookieLabel(row: ReportRow): string {
  return rowName(row);
}

/** "true" / "false", '' when there is no observed cookie to say it of. */
export function yesNo(row: ReportRow, value: boolean | undefined): string {
  return row.observed ? String(Boolean(value)) : '';
}
