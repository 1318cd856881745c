/** A Locale reading the real messages of a language (src/_locales), for the pure helpers. */
import type { Locale, MsgKey } from '../../src/popup/format/locale';
import { fakeBrowser } from '../fakes/browser';

export function localeFor(lang: 'en' | 'fr'): Locale {
  return { t: (key: MsgKey, ...subs) => fakeBrowser.message(lang, key, subs.map(String)), lang };
}
