/**
 * Which unnamed declaration ("Mesure d'audience", no cookie name) could cover an observed cookie:
 * one of the same vendor, else one of the same category. An unnamed row's own words beat its
 * section: Saint-Nazaire lists "Mesure d'audience" under the "necessary" heading.
 */
import { knownTracker, VENDOR_WORDS, type TrackerInfo } from '../match/trackers';
import type { UnnamedEntry } from '../match/matcher-index';
import type { Category, DeclaredEntry } from '../types';
import { fold } from '../charter/text';

const KEYWORDS: ReadonlyArray<readonly [Category, readonly string[]]> = [
  ['statistics', ['mesure d', 'audience', 'statisti', 'analytic', 'analytique', 'frequentation', 'measurement']],
  ['marketing', ['publicit', 'advertis', 'marketing', 'ciblage', 'targeting']],
];

/** `necessary` and `functional` share one heading on Opendatasoft charters: treat them as one. */
function group(category: Category): Category {
  return category === 'functional' ? 'necessary' : category;
}

/** The categories an entry declares: from its own words when they say, else from its section. */
export function entryCategories(entry: DeclaredEntry): Set<Category> {
  const words = fold(`${entry.service} ${entry.purpose}`);
  const found = new Set<Category>();
  for (const [category, keys] of KEYWORDS) if (keys.some((k) => words.includes(k))) found.add(category);
  if (found.size === 0) found.add(group(entry.category));
  return found;
}

/** Finds the unnamed entry covering a cookie name; compiled once per comparison. */
export function buildUnnamedFinder(unnamed: readonly UnnamedEntry[]): (cookieName: string) => UnnamedEntry | undefined {
  const prepared = unnamed.map((u) => ({
    u,
    categories: entryCategories(u.entry),
    text: fold(`${u.entry.provider} ${u.entry.service}`),
  }));
  return (cookieName) => {
    if (prepared.length === 0) return undefined;
    const info = knownTracker(cookieName);
    if (!info) return undefined;
    // Vendor and category both agree > either one; ties go to the earliest entry.
    let best: UnnamedEntry | undefined;
    let bestScore = 0;
    for (const p of prepared) {
      const score = (sameVendor(info, p.text) ? 1 : 0) + (p.categories.has(group(info.category)) ? 1 : 0);
      if (score > bestScore) [best, bestScore] = [p.u, score];
    }
    return best;
  };
}

function sameVendor(info: TrackerInfo, text: string): boolean {
  return (VENDOR_WORDS[info.vendor] ?? []).some((word) => text.includes(word));
}
