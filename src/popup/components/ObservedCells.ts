/** The browser's side of a row: name, domain and path, masked value; expiry and attributes. */
import type { ReportRow } from '../../core/types';
import { attributes, expiryText, expiryTip } from '../format/cookie';
import { L, t } from '../i18n';
import { cookieName } from './CookieName';
import { h } from './dom';
import { valueCell, type ValueShown } from './ValueCell';

/** The observed side's cells, with the value box showing `value`. */
export function observedCells(row: ReportRow, value: ValueShown): HTMLElement[] {
  const o = row.observed;
  if (!o) return [h('td', { colspan: 2, class: 'empty first-observed', 'data-side': 'observed' }, t('notObserved'))];
  return [
    h('td', { 'data-side': 'observed', class: 'name first-observed' }, cookieName(o.name), h('div', { class: 'sub' }, o.domain + o.path), valueCell(o, value)),
    h(
      'td',
      { 'data-side': 'observed', class: 'attrs' },
      h('div', { class: 'expires', title: expiryTip(o, L) }, expiryText(o, L)),
      attributes(o, L).map(([text, tip, notable, icon]) =>
        h('span', { class: notable ? 'attr tone-warn' : 'attr', title: tip }, icon ? h('span', { 'aria-hidden': 'true' }, `${icon} `) : null, text),
      ),
    ),
  ];
}
