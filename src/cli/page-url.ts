/** The page a CLI comparison is made for: decides which cookies are third-party. */
import { registrableDomain } from '../core/cookies/domain';
import type { RawCookie } from '../core/cookies/raw-cookie';

/**
 * `--url` as a full URL: `data.example.test/explore` means https://data.example.test/explore;
 * '' when it cannot be parsed.
 * @example normalisePageUrl('data.example.test') // 'https://data.example.test/'
 */
export function normalisePageUrl(url: string): string {
  const full = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`;
  try {
    return new URL(full).href;
  } catch {
    return '';
  }
}

/**
 * Without --url, the page is the host of the registrable domain most cookies live on (ties: the
 * first seen), so a getAll() export taken on a portal tab makes that portal the first party even
 * when a tracker's cookie comes first in the file. '' without cookies.
 * @example guessPageUrl([uidOnTrackerOtherTest, sessionidOnDataExampleTest, pkIdOnExampleTest]) // 'https://data.example.test/'
 */
export function guessPageUrl(cookies: readonly Pick<RawCookie, 'domain'>[]): string {
  const counts = new Map<string, { n: number; host: string }>();
  for (const c of cookies) {
    const host = c.domain.replace(/^\.+/, '').toLowerCase();
    const site = registrableDomain(host);
    if (site === '') continue;
    const hit = counts.get(site);
    if (hit) hit.n++;
    else counts.set(site, { n: 1, host });
  }
  let best: { n: number; host: string } | undefined;
  for (const v of counts.values()) if (!best || v.n > best.n) best = v;
  return best ? `https://${best.host}/` : '';
}
