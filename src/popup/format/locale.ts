/**
 * What the formatting helpers need from the browser's i18n: a message lookup and the UI language.
 * Passed in rather than imported, so the helpers stay pure and tests can render in 'en' or 'fr'.
 */
import type messages from '../../_locales/en/messages.json';

/** Every message key; a typo is a compile error because English is the default locale. */
export type MsgKey = keyof typeof messages;

export interface Locale {
  /** The message for `key`, placeholders filled from `subs` in order. */
  t(key: MsgKey, ...subs: (string | number)[]): string;
  /** BCP 47 language of the browser's UI ("en-US", "fr"). */
  lang: string;
}

const numbers = new Map<string, Intl.NumberFormat>();
const plurals = new Map<string, Intl.PluralRules>();

/** A number in the UI language with at most one decimal ("13.1", "13,1"); formatters are cached. */
export function formatNumber(n: number, lang: string): string {
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })));
  return f.format(n);
}

/** Picks the singular or plural key: French says "1,5 jour", English "1.5 days". */
export function plural(n: number, lang: string, one: MsgKey, many: MsgKey): MsgKey {
  let p = plurals.get(lang);
  if (!p) plurals.set(lang, (p = new Intl.PluralRules(lang)));
  return p.select(n) === 'one' ? one : many;
}
