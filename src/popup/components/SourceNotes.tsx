/** What the reading of a non-portal site says besides its declaration: its globals unreadable or silent, its sources disagreeing. */
import type { AnySite } from '../../core/findings';
import { t } from '../i18n';

/** Names shown in the disagreement line; the rest is counted. */
const SHOWN_NAMES = 5;

export function SourceNotes({ anySite }: { anySite: AnySite }) {
  const disagreements = anySite.disagreements ?? [];
  const names = [...new Set(disagreements.map((d) => d.name))];
  return (
    <>
      {anySite.globals === 'unreadable' || (anySite.unreadable?.length ?? 0) > 0 ? (
        <p class="sub source-note" data-note="globals-unreadable">
          {t('anySiteGlobalsUnreadable')}
        </p>
      ) : null}
      {anySite.globals === 'no-answer' ? (
        <p class="sub source-note" data-note="globals-no-answer">
          {t('anySiteGlobalsNoAnswer')}
        </p>
      ) : null}
      {names.length > 0 ? (
        <p class="sub source-note" data-note="disagreements" data-count={names.length}>
          {t('sourceDisagree', names.length, names.slice(0, SHOWN_NAMES).join(', ') + (names.length > SHOWN_NAMES ? '…' : ''))}
        </p>
      ) : null}
    </>
  );
}
