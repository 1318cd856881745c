/** The verdict (does the charter tell the truth?) and the counts behind it. */
import type { ComponentChild } from 'preact';
import { useContext } from 'preact/hooks';
import type { ConsentState } from '../../core/consent/types';
import type { Report, ReportSummary } from '../../core/types';
import { consentLine } from '../format/consent';
import type { Tone } from '../format/labels';
import { plural, type MsgKey } from '../format/locale';
import { verdict } from '../format/verdict';
import { L, t } from '../i18n';
import { InfoIcon } from './InfoIcon';
import { SourceContext } from './SourceContext';

const ICONS: Record<Tone, ComponentChild> = { bad: '✕', warn: '⚠', ok: '✓', none: <InfoIcon />, info: <InfoIcon /> };

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

/** `consent`: what the site's consent cookie records, as the background derived it. */
export function Summary({ report, consent }: { report: Report; consent?: ConsentState | undefined }) {
  const v = verdict(report, L, useContext(SourceContext)?.anySite !== undefined);
  const c = consentLine(consent, report, L);
  const s = report.summary;
  return (
    <section class="summary" aria-label={t('summaryLabel')}>
      <p class={`verdict tone-${v.tone}`}>
        <span class="verdict-icon" aria-hidden="true">
          {ICONS[v.tone]}
        </span>
        <span>
          <strong>{v.text}</strong>
          {v.note ? <span class="note"> {v.note}</span> : null}
        </span>
      </p>
      {c ? (
        <p class={`consent-state tone-${c.tone}`} data-consent-state={c.state}>
          <span class="verdict-icon" aria-hidden="true">
            {ICONS[c.tone]}
          </span>
          <span>{c.text}</span>
        </p>
      ) : null}
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
