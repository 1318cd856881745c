/** Times in the audit's outputs: ISO 8601 with the local time-zone offset, as exports write them. */

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/**
 * `ms` since the epoch as ISO 8601 in the zone `offsetMinutes` east of UTC (e.g. +60 for Paris
 * in winter; note Date#getTimezoneOffset has the opposite sign).
 * @example isoWithOffset(0, 60) // '1970-01-01T01:00:00.000+01:00'
 */
export function isoWithOffset(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const zone = `${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}${zone}`;
}

/** `ms` since the epoch in this machine's zone at that moment. */
export function localIso(ms: number): string {
  return isoWithOffset(ms, -new Date(ms).getTimezoneOffset());
}
