/**
 * While recording: the phase and consent state now, the user's own answer when the consent
 * cookie says nothing readable (or there is none), the site's own refuse / accept controls run
 * for the user, and stop (with "keep what the site wrote").
 */
import { useState } from 'preact/hooks';
import type { AuditSnapshot, UserAnswer } from '../../contracts/audit';
import { L, t } from '../../popup/i18n';
import type { AuditActions } from '../actions';
import { clockTime, consentText, PHASE_KEYS } from '../format';

interface Props {
  snapshot: AuditSnapshot;
  busy: boolean;
  actions: AuditActions;
}

const ANSWERS: readonly [UserAnswer, 'auditAnswerRefused' | 'auditAnswerAccepted' | 'auditAnswerWithdrawn'][] = [
  ['refused', 'auditAnswerRefused'],
  ['accepted', 'auditAnswerAccepted'],
  ['withdrawn', 'auditAnswerWithdrawn'],
];

export function RecordingPanel({ snapshot: s, busy, actions }: Props) {
  const [keep, setKeep] = useState(false);
  const phase = s.phases.at(-1)?.phase ?? 'before-choice';
  const askAnswer = s.needsAnswer || s.consent === null;
  return (
    <section class="panel recording">
      <p class="now" data-current-phase={phase}>
        <span class="rec-dot" aria-hidden="true" /> {s.startedAt !== null ? t('auditRecordingSince', clockTime(s.startedAt, L.lang)) : null}{' '}
        <strong>{t('auditPhaseNow', t(PHASE_KEYS[phase]))}</strong> · <span data-consent-state={s.consent?.choice ?? 'none'}>{consentText(s.consent, L)}</span>
      </p>
      {askAnswer ? (
        <div class="answer" role="group" aria-labelledby="answer-q">
          <p id="answer-q">{s.needsAnswer ? t('auditAskAnswer') : t('auditAskNoCookie')}</p>
          {ANSWERS.map(([answer, key]) => (
            <button key={answer} type="button" class="btn" data-answer={answer} disabled={busy} onClick={() => void actions.answer(answer)}>
              {t(key)}
            </button>
          ))}
        </div>
      ) : null}
      <p class="actions auto">
        <button type="button" class="btn" data-action="opt-out" disabled={busy} onClick={() => void actions.auto('optOut')}>
          {t('auditOptOut')}
        </button>
        <button type="button" class="btn" data-action="opt-in" disabled={busy} onClick={() => void actions.auto('optIn')}>
          {t('auditOptIn')}
        </button>
      </p>
      <p class="actions stop">
        <label>
          <input type="checkbox" data-testid="keep-written" checked={keep} onChange={(e) => setKeep(e.currentTarget.checked)} /> {t('auditKeep')}
        </label>
        <button type="button" class="btn primary" data-action="stop-audit" disabled={busy} onClick={() => void actions.stop(keep)}>
          {t('auditStop')}
        </button>
      </p>
    </section>
  );
}
