/** The popup's Locale: the browser's own i18n, so the popup follows the browser's language. */
import { browser } from '../platform/browser';
import type { Locale, MsgKey } from './format/locale';

/**
 * The language cannot change while the popup is open, so a message without placeholders and the
 * language are looked up once: a 500-row table asks for the same labels thousands of times, and
 * each lookup is a call into the browser.
 */
let plain = new Map<MsgKey, string>();
let language: string | undefined;

export const L: Locale = {
  // An empty answer means a missing key; showing the key beats an empty label.
  t(key: MsgKey, ...subs: (string | number)[]) {
    if (subs.length) return browser.i18n.getMessage(key, subs.map(String)) || key;
    let message = plain.get(key);
    if (message === undefined) plain.set(key, (message = browser.i18n.getMessage(key) || key));
    return message;
  },
  /**
   * The language of the messages actually served, so dates and numbers match the text around
   * them: Chromium may serve French messages while reporting an en-US UI.
   */
  get lang() {
    return (language ??= browser.i18n.getMessage('locale') || browser.i18n.getUILanguage() || 'en');
  },
};

/** Forgets what was looked up: for tests, which switch the language between renders. */
export function forgetMessages(): void {
  plain = new Map();
  language = undefined;
}

/** Shorthand for components. */
export const t = L.t;
