/** The verdict (does the charter tell the truth?) and the counts behind it. */
import type { Report, ReportSummary } from '../../core/types';
import type { Tone } from '../format/labels';
import { plural, type MsgKey } from '../format/locale';
import { verdict } from '../format/verdict';
import { L, t } from '../i18n';

const ICONS: Record<Tone, string> = { bad: '✕', warn: '⚠', ok: '✓', none: 'ⓘ', info: 'ⓘ' };

/** [summary field, label for one, label for several, tone, shown even when zero]: French agrees in number. */
const COUNTS: readonly (readonly [keyof ReportSummary, MsgKey, MsgKey, Tone, boolean])[] = [
  ['declared', 'sumDeclaredOne', 'sumDeclared', 'info', true],
  ['observed', 'sumObservedOne', 'sumObserved', 'info', true],
  ['matched', 'sumMatchedOne', 'sumMatched', 'ok', true],
  ['undeclared', 'sumUndeclaredOne', 'sumUndeclared', 'bad', true],
  ['absent', 'sumAbsentOne', 'sumAbsent', 'none', true],
  ['vague', 'sumVagueOne', 'sumVague', 'warn', false],
  ['unnamed', 'sumUnnamedOne', 'sumUnnamed', 'none', false],
];

export function Summary({ report }: { report: Report }) {
  const v = verdict(report, L);
  const s = report.summary;
  return (
    <section class="summary" aria-label={t('summaryLabel')}>
      <p class={`verdict tone-${v.tone}`}>
        <span class="verdict-icon" aria-hidden="true">{ICONS[v.tone]}</span>
        <span>
          <strong>{v.text}</strong>
          {v.note ? <span class="note"> {v.note}</span> : null}
        </span>
      </p>
      <ul class="counts">
        {COUNTS.filter(([field, , , , always]) => always || s[field] > 0).map(([field, one, many, tone]) => (
          <li key={field} class={`count tone-${s[field] ? tone : 'info'}`} data-count={field}>
            <b>{s[field]}</b> {t(plural(s[field], L.lang, one, many))}
          </li>
        ))}
      </ul>
    </section>
  );
}
