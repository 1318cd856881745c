/** The charter's side of a row: name or pattern and provider, purpose and section, duration. */
import type { ReportRow } from '../../core/types';
import { t } from '../i18n';
import { CookieName } from './CookieName';

interface Props {
  row: ReportRow;
  continuation: boolean;
}

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
        {row.declaredName !== null ? <CookieName name={row.declaredName} /> : <em class="unnamed">{t('unnamedDecl')}</em>}
        {d.provider ? <div class="sub">{d.provider}</div> : null}
      </td>
      <td data-side="declared" class="purpose">
        <div class="clamp" title={main}>
          {main}
        </div>
        {sub ? (
          <div class="sub clamp1" title={sub}>
            {sub}
          </div>
        ) : null}
      </td>
      <td data-side="declared" class="duration">
        <div class="clamp" title={d.durationText}>
          {d.durationText || (d.session ? t('session') : '—')}
        </div>
      </td>
    </>
  );
}
