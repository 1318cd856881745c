/**
 * Cookiebot's declaration: `CookieConsentDialog.cookieTable<Category>`, one array per category
 * whose rows are `[name, host, purpose, expiry, type, ...]` (the arrays Cookiebot's cc.js sets, and
 * from which it renders its CookieDeclarationTable).
 */
import type { Category } from '../../types';
import { PlatformReading, type PlatformResult } from '../entries';
import { field, isList, items, MAX_NAME, text } from '../untrusted';

/** Each table, the section Cookiebot's rendered declaration titles it with, and our category. */
const TABLES: readonly [key: string, section: string, category: Category][] = [
  ['cookieTableNecessary', 'Necessary', 'necessary'],
  ['cookieTablePreference', 'Preferences', 'functional'],
  ['cookieTableStatistics', 'Statistics', 'statistics'],
  ['cookieTableAdvertising', 'Marketing', 'marketing'],
  ['cookieTableUnclassified', 'Unclassified', 'unknown'],
];

/**
 * The declaration of Cookiebot's cookie tables; no declaration when `dialog` has none of them.
 * @example fromCookiebot({ cookieTableStatistics: [['_ga', 'example.test', 'Registers a unique ID', '2 years', 'HTTP']] }, url)
 */
export function fromCookiebot(dialog: unknown, url: string): PlatformResult {
  const reading = new PlatformReading('cookiebot', url);
  const { tally } = reading;
  let found = false;
  for (const [key, section, category] of TABLES) {
    const table = field(dialog, key, tally);
    if (!isList(table)) continue;
    found = true;
    for (const row of items(table, tally)) {
      if (!reading.open) break;
      // Only the first four columns are read: later ones (type, ids) say nothing we use, so they are no cap.
      const [name, host, purpose, expiry] = items(row, undefined, 4);
      const written = text(name, MAX_NAME);
      reading.add({ names: written ? [written] : [], provider: text(host), purpose: text(purpose), durationText: text(expiry, 200), section, category });
    }
  }
  return found ? { declaration: reading.declaration('Cookiebot'), reading } : { reading };
}
