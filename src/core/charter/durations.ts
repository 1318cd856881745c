/**
 * Reads the prose durations charters write ("2 weeks by default", "13 mois maximum",
 * "durée de la session") into a maximum lifetime in seconds.
 */
import { fold } from './text';

/** Seconds per unit; a month is 1/12 of a Julian year so that 12 months == 1 year. */
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const YEAR = 31_557_600;
const MONTH = YEAR / 12;

/** Unit words (folded: no accents), longest first within each alternative group. */
const UNIT_WORDS: readonly [RegExp, number][] = [
  [/^(?:seconds?|secondes?|secs?|s)$/, 1],
  [/^(?:minutes?|mins?|mn)$/, MINUTE],
  [/^(?:hours?|heures?|hrs?|h)$/, HOUR],
  [/^(?:days?|jours?|j|d)$/, DAY],
  [/^(?:weeks?|semaines?|wks?|sem)$/, 7 * DAY],
  [/^(?:months?|mois)$/, MONTH],
  [/^(?:years?|ans?|annees?|yrs?|y)$/, YEAR],
];

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, un: 1, une: 1, two: 2, deux: 2, three: 3, trois: 3, four: 4, quatre: 4,
  five: 5, cinq: 5, six: 6, seven: 7, sept: 7, eight: 8, huit: 8, nine: 9, neuf: 9, ten: 10,
  dix: 10, eleven: 11, onze: 11, twelve: 12, douze: 12, thirteen: 13, treize: 13,
  fifteen: 15, quinze: 15, twenty: 20, vingt: 20, 'twenty-four': 24, 'twenty four': 24,
  'vingt-quatre': 24, 'vingt quatre': 24, thirty: 30, trente: 30,
};

// A quantity then a unit. Digits may take abbreviations ("24h", "30 j"); number words need a
// whole unit word, so the article in "a session" or "an API" is never read as a quantity.
const QUANTITY =
  /(\b\d+(?:[.,]\d+)?|\b(?:twenty[- ]four|vingt[- ]quatre|[a-z]+))\s*(seconds?|secondes?|secs?|minutes?|mins?|mn|hours?|heures?|hrs?|days?|jours?|weeks?|semaines?|wks?|sem|months?|mois|years?|annees?|ans?|yrs?|[shjdy])\b/g;
const ABBREVIATION = /^(?:s|secs?|mins?|mn|hrs?|h|j|d|y|yrs?|wks?|sem)$/;
// After a duration was found, words joining a smaller unit to it: "1 year and 6 months".
const JOINER = /^\s*(?:,|and|et|\+)?\s*$/;
const SESSION =
  /\bsession\b|browser is closed|close (?:your|the) browser|fermeture du navigateur|navigateur (?:est )?ferme/;

/** A charter duration read into numbers. */
export interface ParsedDuration {
  /** Longest lifetime the text allows, in seconds; null when it names none. */
  maxAgeSeconds: number | null;
  /** The text only says the cookie lasts for the browsing session. */
  session: boolean;
}

function unitSeconds(unit: string): number {
  for (const [pattern, seconds] of UNIT_WORDS) if (pattern.test(unit)) return seconds;
  return 0;
}

function quantityOf(word: string): number | undefined {
  if (/^\d/.test(word)) return Number(word.replace(',', '.'));
  return NUMBER_WORDS[word];
}

/**
 * The longest lifetime a charter's duration text allows, or `session: true` when it only
 * says the cookie ends with the browsing session. Never throws.
 * @example parseDuration('Token randomly reset between two requests or two sessions. Up to 12 months')
 * // → { maxAgeSeconds: 31557600, session: false }
 */
export function parseDuration(text: string): ParsedDuration {
  // A duration is a few words; the cap keeps a pasted essay from costing anything.
  const folded = fold(typeof text === 'string' ? text.slice(0, 4000) : '');
  let max: number | null = null;
  let running = 0;
  let lastUnit = 0;
  let lastEnd = -1;
  for (const match of folded.matchAll(QUANTITY)) {
    const [whole, amountWord = '', unitWord = ''] = match;
    const amount = quantityOf(amountWord);
    const isDigits = /^\d/.test(amountWord);
    if (amount === undefined || (!isDigits && ABBREVIATION.test(unitWord))) continue;
    const unit = unitSeconds(unitWord);
    const seconds = amount * unit;
    if (!Number.isFinite(seconds) || unit === 0) continue;
    const start = match.index;
    // "1 an et 6 mois" adds up; two unrelated durations ("2 weeks ... up to 12 months") do not.
    const joined = lastEnd >= 0 && unit < lastUnit && JOINER.test(folded.slice(lastEnd, start));
    running = joined ? running + seconds : seconds;
    lastUnit = unit;
    lastEnd = start + whole.length;
    const rounded = Math.round(running);
    if (max === null || rounded > max) max = rounded;
  }
  if (max !== null) return { maxAgeSeconds: max, session: false };
  return { maxAgeSeconds: null, session: SESSION.test(folded) };
}
