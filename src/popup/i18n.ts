/** The popup's Locale: the browser's own i18n, so the popup follows the browser's language. */
import { browser } from '../platform/browser';
import type { Locale, MsgKey } from './format/locale';

export const L: Locale = {
  // An empty answer means a missing key; showing the key beats an empty label.
  t: (key: MsgKey, ...subs: (string | number)[]) => browser.i18n.getMessage(key, subs.map(String)) || key,
  /**
   * The language of the messages actually served, so dates and numbers match the text around
   * them: Chromium may serve French messages while reporting an en-US UI. Read each time (a
   * synchronous lookup) so tests can switch language.
   */
  get lang() {
    return browser.i18n.getMessage('locale') || browser.i18n.getUILanguage() || 'en';
  },
};

/** Shorthand for components. */
export const t = L.t;
