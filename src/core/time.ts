/**
 * Seconds per unit of time, in one place: the charter's prose durations, the comparison's flags
 * and the popup's wording all count in these. A month is 1/12 of a Julian year (365.25 days), so
 * 12 months == 1 year and the CNIL's "13 months" reads the same everywhere.
 */

export const MINUTE_SECONDS = 60;
export const HOUR_SECONDS = 3600;
export const DAY_SECONDS = 86_400;
export const WEEK_SECONDS = 7 * DAY_SECONDS;
/** A Julian year: 365.25 days. */
export const YEAR_SECONDS = 31_557_600;
/** Average month (365.25 / 12 days, 2,629,800 s), the unit the CNIL's "13 months" is read in. */
export const MONTH_SECONDS = YEAR_SECONDS / 12;
