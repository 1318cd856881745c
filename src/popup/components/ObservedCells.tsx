/** The browser's side of a row: name, domain and path, masked value; expiry and attributes. */
import type { ReportRow } from '../../core/types';
import { attributes, expiryText, expiryTip } from '../format/cookie';
import { L, t } from '../i18n';
import { CookieName } from './CookieName';
import { ValueCell } from './ValueCell';

/** No hooks: ReportRow calls it as a function. */
export function ObservedCells({ row }: { row: ReportRow }) {
  const o = row.observed;
  if (!o) {
    return (
      <td colSpan={2} class="empty first-observed" data-side="observed">
        {t('notObserved')}
      </td>
    );
  }
  return (
    <>
      <td data-side="observed" class="name first-observed">
        {CookieName({ name: o.name })}
        <div class="sub">{o.domain + o.path}</div>
        {/* Keyed by length: a changed cookie is masked again rather than showing a stale value. */}
        <ValueCell key={o.valueLength} cookie={o} />
      </td>
      <td data-side="observed" class="attrs">
        <div class="expires" title={expiryTip(o, L)}>
          {expiryText(o, L)}
        </div>
        {attributes(o, L).map(([text, tip, notable, icon]) => (
          <span key={text} class={notable ? 'attr tone-warn' : 'attr'} title={tip}>
            {icon ? <span aria-hidden="true">{`${icon} `}</span> : null}
            {text}
          </span>
        ))}
      </td>
    </>
  );
}
