/** The verdict line at the top ("3 cookies that need consent were written before you chose") and the writes per phase. */
import type { AuditSnapshot } from '../../contracts/audit';
import { L, t } from '../../popup/i18n';
import { PHASE_KEYS, PHASE_ORDER, verdictLine } from '../format';

const TONES = { violation: 'bad', 'to-check': 'warn', recommendation: 'info' } as const;

export function VerdictBlock({ snapshot }: { snapshot: AuditSnapshot }) {
  const v = snapshot.verdict;
  const tone = v?.worst ? TONES[v.worst] : 'ok';
  // Phases the audit went through, plus any with writes (a late record may name one).
  const seen = new Set(snapshot.phases.map((p) => p.phase));
  const phases = PHASE_ORDER.filter((p) => p === 'before-choice' || seen.has(p) || (v?.writesByPhase[p] ?? 0) > 0);
  return (
    <section class="verdict-block">
      <p class={`verdict tone-${tone}`} data-verdict={v?.worst ?? 'none'}>
        {verdictLine(v, L)}
      </p>
      <dl class="phase-counts" aria-label={t('auditWritesPerPhase')}>
        {phases.map((p) => (
          <div key={p} data-phase-count={p}>
            <dt>{t(PHASE_KEYS[p])}</dt>
            <dd>{t('auditWrites', v?.writesByPhase[p] ?? 0)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
