/**
 * Reads the prose durations charters write ("2 weeks by default", "13 mois maximum",
 * "durée de la session") into a maximum lifetime in seconds.
 */
import {
  DAY_SECONDS as DAY,
  HOUR_SECONDS as HOUR,
  MINUTE_SECONDS as MINUTE,
  MONTH_SECONDS as MONTH,
  WEEK_SECONDS as WEEK,
  YEAR_SECONDS as YEAR,
} from '../time';
import { fold } from './text';

/** Unit words (folded: no accents) in FR, EN, DE, ES, IT, NL. */
const UNIT_WORDS: readonly [RegExp, number][] = [
  [/^(?:seconds?|secondes?|secs?|s|sekunden?|segundos?|second[io]|seconden)$/, 1],
  [/^(?:minutes?|mins?|mn|minuten?|minutos?|minut[io]|minuut)$/, MINUTE],
  [/^(?:hours?|heures?|hrs?|h|stunden?|std|horas?|or[ae]|uur|uren)$/, HOUR],
  [/^(?:days?|jours?|j|d|tage?n?|tag|dias?|giorn[io]|dag|dagen)$/, DAY],
  [/^(?:weeks?|semaines?|wks?|sem|wochen?|semanas?|settiman[ae]|weken)$/, WEEK],
  [/^(?:months?|mois|monate?n?|monat|mes|meses|mes[ei]|maand|maanden)$/, MONTH],
  [/^(?:years?|ans?|annees?|yrs?|y|jahre?n?|jahr|anos?|ann[io]|jaar|jaren)$/, YEAR],
];

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  un: 1,
  une: 1,
  two: 2,
  deux: 2,
  three: 3,
  trois: 3,
  four: 4,
  quatre: 4,
  five: 5,
  cinq: 5,
  six: 6,
  seven: 7,
  sept: 7,
  eight: 8,
  huit: 8,
  nine: 9,
  neuf: 9,
  ten: 10,
  dix: 10,
  eleven: 11,
  onze: 11,
  twelve: 12,
  douze: 12,
  thirteen: 13,
  treize: 13,
  fifteen: 15,
  quinze: 15,
  twenty: 20,
  vingt: 20,
  'twenty-four': 24,
  'twenty four': 24,
  'vingt-quatre': 24,
  'vingt quatre': 24,
  thirty: 30,
  trente: 30,
  // German ("ein Jahr", "zwölf Monate").
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwolf: 12,
  dreizehn: 13,
  zwanzig: 20,
  vierundzwanzig: 24,
  dreissig: 30,
  // Spanish ("un año", "doce meses").
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  trece: 13,
  veinte: 20,
  veinticuatro: 24,
  treinta: 30,
  // Italian ("un anno", "dodici mesi").
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
  undici: 11,
  dodici: 12,
  tredici: 13,
  venti: 20,
  ventiquattro: 24,
  trenta: 30,
  // Dutch ("één jaar", "twaalf maanden").
  een: 1,
  twee: 2,
  drie: 3,
  vijf: 5,
  zes: 6,
  zeven: 7,
  negen: 9,
  tien: 10,
  twaalf: 12,
  dertien: 13,
  twintig: 20,
  vierentwintig: 24,
  dertig: 30,
};

// A quantity then a unit. Digits may take abbreviations ("24h", "30 j"); number words need a
// whole unit word, so the article in "a session" or "an API" is never read as a quantity.
const QUANTITY =
  /(\b\d+(?:[.,]\d+)?|\b(?:twenty[- ]four|vingt[- ]quatre|[a-z]+))\s*(seconds?|secondes?|secs?|sekunden?|segundos?|second[io]|seconden|minutes?|mins?|mn|minuten?|minutos?|minut[io]|minuut|hours?|heures?|hrs?|stunden?|std|horas?|or[ae]|uur|uren|days?|jours?|tage?n?|tag|dias?|giorn[io]|dagen|dag|weeks?|semaines?|wks?|sem|wochen?|semanas?|settiman[ae]|weken|months?|mois|monate?n?|monat|meses|mes[ei]?|maanden|maand|years?|annees?|ans?|yrs?|jahre?n?|jahr|anos?|ann[io]|jaren|jaar|[shjdy])\b/g;
const ABBREVIATION = /^(?:s|secs?|mins?|mn|hrs?|h|j|d|y|yrs?|wks?|sem|std)$/;
// After a duration was found, words joining a smaller unit to it: "1 year and 6 months".
const JOINER = /^\s*(?:,|and|et|und|y|e|en|\+)?\s*$/;
const SESSION =
  /\bsession\b|browser is closed|close (?:your|the) browser|fermeture du navigateur|navigateur (?:est )?ferme|sitzung|\bsesion\b|\bsessione\b|\bsessie\b|browser geschlossen|schliessen des browsers|cierre del navegador|chiusura del browser|sluiten van de browser/;

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
    // The English article before German "Tag" ("set by a tag") is no quantity; "ein Tag" is.
    if (unitWord === 'tag' && (amountWord === 'a' || amountWord === 'an')) continue;
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
