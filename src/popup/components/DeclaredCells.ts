/** The charter's side of a row: name or pattern and provider, purpose and section, duration. */
import type { ReportRow } from '../../core/types';
import { t } from '../i18n';
import { cookieName } from './CookieName';
import { h } from './dom';

/**
 * The two-line clamp for text that may need it: -webkit-box clamping was ~30% of the table's
 * layout time (measured, 500 rows), and text this short cannot reach a third line in its column.
 */
const clamp = (text: string, fitsIn: number) => (text.length > fitsIn ? 'clamp' : undefined);

/** The declared side's cells; `continuation`: a vague row under the same declaration as the row above. */
export function declaredCells(row: ReportRow, continuation: boolean): HTMLElement[] {
  const d = row.declared;
  if (!d) return [h('td', { colspan: 3, class: 'empty', 'data-side': 'declared' }, t('notDeclared'))];
  if (continuation) return [h('td', { colspan: 3, class: 'same', 'data-side': 'declared' }, t('sameDecl'))];
  const main = d.purpose || d.service;
  const sub = [d.purpose ? d.service : '', d.section].filter(Boolean).join(' · ');
  return [
    h(
      'td',
      { 'data-side': 'declared', class: 'name' },
      row.declaredName !== null ? cookieName(row.declaredName) : h('em', { class: 'unnamed' }, t('unnamedDecl')),
      d.provider ? h('div', { class: 'sub' }, d.provider) : null,
    ),
    h(
      'td',
      { 'data-side': 'declared', class: 'purpose' },
      h('div', { class: clamp(main, 32), title: main }, main),
      sub ? h('div', { class: 'sub clamp1', title: sub }, sub) : null,
    ),
    h(
      'td',
      { 'data-side': 'declared', class: 'duration' },
      h('div', { class: clamp(d.durationText, 16), title: d.durationText }, d.durationText || (d.session ? t('session') : '—')),
    ),
  ];
}
