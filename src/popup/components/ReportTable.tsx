/**
 * The side-by-side table: a real <table> with two grouped headers (Declared | Observed) so a
 * screen reader announces which side a cell belongs to. Only the first ROW_LIMIT rows render
 * until asked, so a portal with a thousand cookies still opens at once.
 */
import { useState } from 'preact/hooks';
import type { MsgKey } from '../format/locale';
import type { RowItem } from '../rows';
import { t } from '../i18n';
import { PureRow } from './PureRow';

export const ROW_LIMIT = 300;

/** Column widths in %: status | declared name, purpose, duration | observed name, expiry and attributes. */
const COLUMNS = [[16], [13, 19, 11], [18, 23]];

const SUB_HEADERS: readonly MsgKey[] = ['colPattern', 'colPurpose', 'colDuration', 'colName', 'colAttributes'];

export function ReportTable({ items }: { items: readonly RowItem[] }) {
  const [showAll, setShowAll] = useState(false);
  const visible = showAll ? items : items.slice(0, ROW_LIMIT);
  return (
    <>
      <table class="report">
        <caption class="sr-only">{t('tableCaption')}</caption>
        {COLUMNS.map((group, g) => (
          <colgroup key={g}>
            {group.map((width, i) => (
              <col key={i} style={`width:${width}%`} />
            ))}
          </colgroup>
        ))}
        <thead>
          <tr>
            <th scope="col" rowSpan={2} class="h-status">
              {t('colStatus')}
            </th>
            <th scope="colgroup" colSpan={3} class="h-declared">
              {t('colDeclared')}
            </th>
            <th scope="colgroup" colSpan={2} class="h-observed">
              {t('colObserved')}
            </th>
          </tr>
          <tr>
            {SUB_HEADERS.map((key) => (
              <th key={key} scope="col" class={key === 'colName' ? 'first-observed' : undefined}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.map((item, i) => (
            // Vague cookies follow their unnamed declaration: later ones point back to the first.
            <PureRow key={item.key} item={item} continuation={item.group !== null && visible[i - 1]?.group === item.group} />
          ))}
        </tbody>
      </table>
      {items.length === 0 ? <p class="no-rows">{t('noRows')}</p> : null}
      {visible.length < items.length ? (
        <p class="more">
          <button type="button" class="btn" onClick={() => setShowAll(true)}>
            {t('showAll', items.length)}
          </button>
        </p>
      ) : null}
    </>
  );
}
