/**
 * CookieYes' declaration: `_ckyConfig._categories` (the WordPress plugin's store; `categories` in
 * other builds), each category with its `cookies` — `cookieID`, `domain`, `duration`,
 * `description`, the texts either strings or localised objects (`{ en: ... }`).
 */
import { categorize } from '../../charter/sections';
import type { Category } from '../../types';
import { PlatformReading, type PlatformResult } from '../entries';
import { field, flag, isList, items, localized, MAX_NAME, text } from '../untrusted';

/** CookieYes' default category slugs; other slugs go through the section-heading rules. */
const SLUGS: Readonly<Record<string, Category>> = {
  necessary: 'necessary',
  functional: 'functional',
  analytics: 'statistics',
  performance: 'statistics',
  advertisement: 'marketing',
};

/**
 * The declaration of a CookieYes configuration; no declaration when `config` lists no categories.
 * @example fromCookieYes({ _categories: [{ slug: 'analytics', name: 'Analytics', cookies: [{ cookieID: '_ga', duration: '1 year 1 month 4 days' }] }] }, url)
 */
export function fromCookieYes(config: unknown, url: string): PlatformResult {
  const reading = new PlatformReading('cookieyes', url);
  const { tally } = reading;
  const list = field(config, '_categories', tally) ?? field(config, 'categories', tally);
  if (!isList(list)) return { reading };
  for (const group of items(list, tally)) {
    const slug = text(field(group, 'slug', tally), 80);
    const section = localized(field(group, 'name', tally), 200) || slug;
    const category = flag(group, 'isNecessary') ? 'necessary' : (SLUGS[slug] ?? categorize(`${slug} ${section}`));
    for (const cookie of items(field(group, 'cookies', tally), tally)) {
      if (!reading.open) break;
      const name = text(field(cookie, 'cookieID', tally), MAX_NAME);
      reading.add({
        names: name ? [name] : [],
        provider: text(field(cookie, 'provider', tally)) || text(field(cookie, 'domain', tally)),
        purpose: localized(field(cookie, 'description', tally)),
        durationText: localized(field(cookie, 'duration', tally), 200),
        section,
        category,
      });
    }
  }
  return { declaration: reading.declaration('CookieYes'), reading };
}
