/**
 * Before an audit: what it does, in one paragraph, and the start button; starting asks first,
 * saying exactly what the fresh start removes (sites and counts, from which store) and that it
 * all comes back at the end.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AuditPlan } from '../../contracts/audit';
import { t, L } from '../../popup/i18n';
import { siteCountText, storeText } from '../format';

interface Props {
  plan: AuditPlan | null;
  busy: boolean;
  onConfirm: () => Promise<void>;
}

export function IdlePanel({ plan, busy, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  return (
    <section class="panel idle">
      <p class="intro">{t('auditIntro')}</p>
      {asking ? (
        <ConfirmPrompt plan={plan} busy={busy} onConfirm={() => void onConfirm().then(() => setAsking(false))} onCancel={() => setAsking(false)} />
      ) : (
        <button type="button" class="btn primary" data-action="start-audit" onClick={() => setAsking(true)}>
          {t('auditStart')}
        </button>
      )}
    </section>
  );
}

interface PromptProps {
  plan: AuditPlan | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

function ConfirmPrompt({ plan, busy, onConfirm, onCancel }: PromptProps) {
  const confirm = useRef<HTMLButtonElement>(null);
  // The prompt opens on a click: move focus to its answer, once, so a keyboard user is where the question is.
  useEffect(() => confirm.current?.focus(), []);
  const total = plan ? plan.sites.reduce((n, site) => n + (plan.counts[site] ?? 0), 0) : 0;
  return (
    <div class="confirm" role="group" aria-labelledby="confirm-title" data-testid="confirm-prompt">
      <h2 id="confirm-title">{t('auditConfirmTitle')}</h2>
      {plan ? (
        <>
          <p>{t('auditConfirmRemove', total, storeText(plan, L))}</p>
          <ul class="plan">
            {plan.sites.map((site) => (
              <li key={site} data-site={site}>
                {siteCountText(site, plan.counts[site] ?? 0, L)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('auditConfirmNoPlan')}</p>
      )}
      <p>{t('auditConfirmBack')}</p>
      <p class="actions">
        <button type="button" class="btn primary" data-action="confirm" disabled={busy} onClick={onConfirm} ref={confirm}>
          {t('auditConfirm')}
        </button>
        <button type="button" class="btn" data-action="cancel" onClick={onCancel}>
          {t('auditCancel')}
        </button>
      </p>
    </div>
  );
}
