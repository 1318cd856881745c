/** Names an export carries: the file name and the browser that produced it. */

/**
 * `cookie-charter-<host>-<YYYY-MM-DD>.<ext>`, the date the cookies were read (UTC), so files
 * from several portals and days sort and never collide.
 * @example exportFileName('https://data.example.test/explore/', 1_800_000_000, 'csv') // 'cookie-charter-data.example.test-2027-01-15.csv'
 */
export function exportFileName(pageUrl: string, epochSeconds: number, ext: string): string {
  let host = 'portal';
  try {
    host = new URL(pageUrl).hostname.replace(/[^a-z0-9.-]/gi, '-') || host;
  } catch {
    // not a URL: keep the generic name
  }
  const ms = epochSeconds * 1000;
  const day = Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString().slice(0, 10) : 'undated';
  return `cookie-charter-${host}-${day}.${ext}`;
}

/**
 * The export's `browser` field: the build target and the version the user agent gives.
 * @example browserLabel('firefox', 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0') // 'firefox 153.0'
 */
export function browserLabel(target: string, userAgent: string): string {
  const version = (target === 'firefox' ? /Firefox\/([\d.]+)/ : /(?:Chrome|Chromium)\/([\d.]+)/).exec(userAgent)?.[1];
  return version ? `${target} ${version}` : target;
}
