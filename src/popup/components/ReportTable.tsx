/**
 * The side-by-side table: a real <table> with two grouped headers (Declared | Observed) so a
 * screen reader announces which side a cell belongs to. A large report streams in (stream-rows.ts):
 * a small one (up to WHOLE_ROWS) renders whole at once, a larger one its first rows, then the rest
 * after the first paint; `data-rows-complete="true"` on the table says that every row up to the
 * limit is in the DOM. AUTO_ROWS rows come without asking, all of them after "Show all".
 */
import { useMemo, useState } from 'preact/hooks';
import type { MsgKey } from '../format/locale';
import type { RowItem } from '../rows';
import { t } from '../i18n';
import { useStreamedRows } from '../stream-rows';
import { ReportRow } from './ReportRow';

/** Rows streamed without asking; a larger report shows "Show all" for the rest. */
export const AUTO_ROWS = 1000;

/** Column widths in %: status | declared name, purpose, duration | observed name, expiry and attributes. */
const COLUMNS = [[16], [13, 19, 11], [18, 23]];

const SUB_HEADERS: readonly MsgKey[] = ['colPattern', 'colPurpose', 'colDuration', 'colName', 'colAttributes'];

export function ReportTable({ items }: { items: readonly RowItem[] }) {
  const [showAll, setShowAll] = useState(false);
  const keys = useMemo(() => items.map((it) => it.key), [items]);
  const limit = showAll ? items.length : Math.min(items.length, AUTO_ROWS);
  const count = useStreamedRows(keys, limit);
  const visible = count < items.length ? items.slice(0, count) : items;

  return (
    <>
      <table class="report" data-rows-complete={String(count >= limit)}>
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
            <ReportRow key={item.key} item={item} continuation={item.group !== null && visible[i - 1]?.group === item.group} />
          ))}
        </tbody>
      </table>
      {items.length === 0 ? <p class="no-rows">{t('noRows')}</p> : null}
      {limit < items.length ? (
        <p class="more">
          <button type="button" class="btn" onClick={() => setShowAll(true)}>
            {t('showAll', items.length)}
          </button>
        </p>
      ) : null}
    </>
  );
}
