/** Lifetimes in words ("14 days", "13.1 months"), for expiries and the charter comparisons. */
import { DAY_SECONDS as DAY, HOUR_SECONDS, MINUTE_SECONDS, MONTH_SECONDS, YEAR_SECONDS } from '../../core/time';
import { formatNumber, plural, type Locale, type MsgKey } from './locale';

/** [unit seconds, below this many seconds, singular key, plural key, decimals]; first fit wins. */
const UNITS: readonly (readonly [number, number, MsgKey, MsgKey, number])[] = [
  [1, MINUTE_SECONDS, 'durSecond', 'durSeconds', 0],
  [MINUTE_SECONDS, HOUR_SECONDS, 'durMinute', 'durMinutes', 0],
  [HOUR_SECONDS, DAY, 'durHour', 'durHours', 0],
  [DAY, 60 * DAY, 'durDay', 'durDays', 0],
  // Months as the CNIL counts them (average month), with a decimal so 13.1 reads as past 13.
  [MONTH_SECONDS, 36 * MONTH_SECONDS, 'durMonth', 'durMonths', 1],
  [YEAR_SECONDS, Infinity, 'durYear', 'durYears', 1],
];

/**
 * A duration in the largest unit that reads naturally.
 * @example formatDuration(1_209_600, en) // "14 days"; formatDuration(34_560_000, en) // "13.1 months"
 */
export function formatDuration(seconds: number, L: Locale): string {
  const s = Math.max(0, seconds);
  const [unit, , one, many, decimals] = UNITS.find(([, below]) => s < below) ?? UNITS[UNITS.length - 1]!;
  const factor = 10 ** decimals;
  const n = Math.round((s / unit) * factor) / factor;
  return L.t(plural(n, L.lang, one, many), formatNumber(n, L.lang));
}
