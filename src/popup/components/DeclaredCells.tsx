/** The charter's side of a row: name or pattern and provider, purpose and section, duration. */
import type { ReportRow } from '../../core/types';
import { t } from '../i18n';
import { CookieName } from './CookieName';

/**
 * The two-line clamp for text that may need it: -webkit-box clamping was ~30% of the table's
 * layout time (measured, 500 rows), and text this short cannot reach a third line in its column.
 */
const clamp = (text: string, fitsIn: number) => (text.length > fitsIn ? 'clamp' : undefined);

interface Props {
  row: ReportRow;
  continuation: boolean;
}

/** No hooks: ReportRow calls it as a function. */
export function DeclaredCells({ row, continuation }: Props) {
  const d = row.declared;
  if (!d) {
    return (
      <td colSpan={3} class="empty" data-side="declared">
        {t('notDeclared')}
      </td>
    );
  }
  if (continuation) {
    return (
      <td colSpan={3} class="same" data-side="declared">
        {t('sameDecl')}
      </td>
    );
  }
  const main = d.purpose || d.service;
  const sub = [d.purpose ? d.service : '', d.section].filter(Boolean).join(' · ');
  return (
    <>
      <td data-side="declared" class="name">
        {row.declaredName !== null ? CookieName({ name: row.declaredName }) : <em class="unnamed">{t('unnamedDecl')}</em>}
        {d.provider ? <div class="sub">{d.provider}</div> : null}
      </td>
      <td data-side="declared" class="purpose">
        <div class={clamp(main, 32)} title={main}>
          {main}
        </div>
        {sub ? (
          <div class="sub clamp1" title={sub}>
            {sub}
          </div>
        ) : null}
      </td>
      <td data-side="declared" class="duration">
        <div class={clamp(d.durationText, 16)} title={d.durationText}>
          {d.durationText || (d.session ? t('session') : '—')}
        </div>
      </td>
    </>
  );
}
