/** The status as a button (icon + word, colour as a third cue) that expands the explanations. */
import type { ReportRow } from '../../core/types';
import { rowName } from '../../core/compare/row-name';
import { STATUS_FLAGS, STATUS_LABELS } from '../format/labels';
import { t } from '../i18n';
import { h } from './dom';

/** Class of the status button: a click on it toggles the row's details (ReportRow). */
export const TOGGLE_CLASS = 'badge';

/**
 * The status cell. `lines`: the status explanation, then one per flag (explainRow); `controls`:
 * id of the details line the button shows.
 */
export function statusCell(row: ReportRow, lines: readonly string[], open: boolean, controls: string): HTMLElement {
  const status = STATUS_LABELS[row.status];
  const name = rowName(row);
  return h(
    'td',
    { class: 'status' },
    h(
      'button',
      {
        type: 'button',
        class: `${TOGGLE_CLASS} tone-${status.tone}`,
        title: lines.join('\n'),
        'aria-expanded': open,
        'aria-controls': controls,
        'aria-label': name ? `${t(status.key)} — ${t('details', name)}` : undefined,
      },
      h('span', { 'aria-hidden': 'true' }, status.icon),
      ` ${t(status.key)}`,
    ),
    row.flags.map((flag, i) => {
      const label = STATUS_FLAGS[flag];
      return label
        ? h(
            'span',
            { class: `chip tone-${label.tone}`, title: lines[i + 1], 'data-flag': flag },
            h('span', { 'aria-hidden': 'true' }, label.icon),
            ` ${t(label.key)}`,
          )
        : null;
    }),
  );
}
