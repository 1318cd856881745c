/**
 * OneTrust's declaration: its domain data (`OneTrust.GetDomainData()`, the `DomainData` of the
 * domain JSON on cdn.cookielaw.org): `Groups[]`, each with first-party `Cookies` (older builds:
 * `FirstPartyCookies`) and third-party `Hosts[].Cookies`; a cookie has `Name`, `Host`,
 * `IsSession` and `Length` (days, as a string).
 */
import { categorize } from '../../charter/sections';
import type { Category } from '../../types';
import { PlatformReading, type PlatformResult } from '../entries';
import { field, isList, items, MAX_NAME, number, type Tally, text } from '../untrusted';

const DAY = 86_400;
/** OneTrust's default group ids; custom groups go through the section-heading rules. */
const GROUPS: Readonly<Record<string, Category>> = {
  C0001: 'necessary',
  C0002: 'statistics',
  C0003: 'functional',
  C0004: 'marketing',
  C0005: 'marketing',
};

function addCookies(reading: PlatformReading, list: unknown, host: string, section: string, category: Category, tally: Tally): void {
  for (const cookie of items(list, tally)) {
    if (!reading.open) return;
    const name = text(field(cookie, 'Name', tally), MAX_NAME);
    const session = field(cookie, 'IsSession', tally) === true;
    const days = number(field(cookie, 'Length', tally));
    reading.add({
      names: name ? [name] : [],
      provider: text(field(cookie, 'Host', tally)) || host,
      purpose: text(field(cookie, 'description', tally)),
      durationText: session ? 'Session' : days === null ? '' : `${days} days`,
      maxAgeSeconds: session || days === null ? null : days * DAY,
      session,
      section,
      category,
    });
  }
}

/**
 * The declaration of OneTrust's domain data; no declaration when `data` has no `Groups`.
 * @example fromOneTrust({ Groups: [{ CustomGroupId: 'C0002', GroupName: 'Performance Cookies', Cookies: [{ Name: '_ga', Length: '730' }] }] }, url)
 */
export function fromOneTrust(data: unknown, url: string): PlatformResult {
  const reading = new PlatformReading('onetrust', url);
  const { tally } = reading;
  const groups = field(data, 'Groups', tally);
  if (!isList(groups)) return { reading };
  for (const group of items(groups, tally)) {
    const id = text(field(group, 'CustomGroupId', tally), 40) || text(field(group, 'OptanonGroupId', tally), 40);
    const section = text(field(group, 'GroupName', tally), 200) || id;
    const category = GROUPS[id] ?? categorize(section);
    addCookies(reading, field(group, 'Cookies', tally) ?? field(group, 'FirstPartyCookies', tally), '', section, category, tally);
    for (const host of items(field(group, 'Hosts', tally), tally)) {
      addCookies(reading, field(host, 'Cookies', tally), text(field(host, 'HostName', tally)), section, category, tally);
    }
  }
  return { declaration: reading.declaration('OneTrust'), reading };
}
