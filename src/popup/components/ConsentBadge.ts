/** A row's consent class as a badge (symbol + word, colour as a third cue), its reason as tooltip. */
import type { ReportRow } from '../../core/types';
import { CONSENT_LABELS } from '../format/labels';
import { t } from '../i18n';
import { h } from './dom';

/**
 * The badge, or null for a row the background did not classify. `reason`: explainConsent's
 * sentence, also in the row's details for keyboard and touch users.
 */
export function consentBadge(row: ReportRow, reason: string): HTMLElement | null {
  if (!row.consentClass) return null;
  const label = CONSENT_LABELS[row.consentClass];
  return h(
    'span',
    { class: `consent tone-${label.tone}`, title: reason, 'data-consent': row.consentClass },
    h('span', { 'aria-hidden': 'true' }, label.icon),
    ` ${t(label.key)}`,
  );
}
