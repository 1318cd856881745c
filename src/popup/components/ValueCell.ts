/**
 * A cookie's value, masked with its length; "Show" reads it from the cookies API in the popup
 * itself, on demand (ReportRow). The value lives only in the row component and this element:
 * never exported, logged, stored or sent in a message.
 */
import type { ReportCookie } from '../../core/types';
import { maskedValue } from '../format/cookie';
import { L, t } from '../i18n';
import { h, setAttrs } from './dom';

export type ValueShown = { kind: 'masked' } | { kind: 'value'; text: string } | { kind: 'note'; text: string };

export const MASKED: ValueShown = { kind: 'masked' };

/** Class of the value's box: a click on its button shows or hides the value (ReportRow). */
export const VALUE_CLASS = 'value';

function shownNode(cookie: ReportCookie, shown: ValueShown): HTMLElement {
  if (shown.kind === 'masked') return h('span', { class: 'masked' }, maskedValue(cookie.valueLength, L));
  return shown.kind === 'value' ? h('code', { class: 'revealed' }, shown.text) : h('em', { class: 'sub' }, shown.text);
}

function buttonAttrs(cookie: ReportCookie, shown: ValueShown) {
  const masked = shown.kind === 'masked';
  return { type: 'button', class: 'link', title: masked ? t('revealTip') : undefined, 'aria-label': masked ? t('revealLabel', cookie.name) : undefined };
}

/** The value's box: the masked value (or the value, or a note) and its Show / Hide button. */
export function valueCell(cookie: ReportCookie, shown: ValueShown): HTMLElement {
  const masked = shown.kind === 'masked';
  return h('div', { class: VALUE_CLASS }, shownNode(cookie, shown), ' ', h('button', buttonAttrs(cookie, shown), masked ? t('reveal') : t('hide')));
}

/** Shows `shown` in an existing box, keeping its button (and the keyboard focus on it). */
export function updateValueCell(box: Element, cookie: ReportCookie, shown: ValueShown): void {
  const button = box.querySelector('button');
  if (!box.firstChild || !button) return void box.replaceWith(valueCell(cookie, shown));
  box.replaceChild(shownNode(cookie, shown), box.firstChild);
  setAttrs(button, buttonAttrs(cookie, shown));
  button.textContent = shown.kind === 'masked' ? t('reveal') : t('hide');
}
