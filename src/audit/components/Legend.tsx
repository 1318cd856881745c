/** The timeline's legend: the colour of each consent class and the shape of each event. */
import { CONSENT_LABELS } from '../../popup/format/labels';
import { t } from '../../popup/i18n';
import { CLASS_ORDER } from '../timeline-layout';
import { MARK_KINDS, MarkIcon } from './marks';
import { EVENT_KEYS } from './event-keys';

export function Legend() {
  return (
    <ul class="legend" aria-label={t('auditLegend')}>
      {CLASS_ORDER.map((c) => (
        <li key={c} data-legend-class={c}>
          <MarkIcon kind="set" cls={c} /> {t(CONSENT_LABELS[c].key)}
        </li>
      ))}
      {MARK_KINDS.map((k) => (
        <li key={k} data-legend-event={k}>
          <MarkIcon kind={k} cls="unknown" /> {t(EVENT_KEYS[k])}
        </li>
      ))}
    </ul>
  );
}
