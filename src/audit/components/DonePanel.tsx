/** After the audit: why it ended, and what came back ("148 cookies put back; 2 could not: …"). */
import type { AuditSnapshot } from '../../contracts/audit';
import { L, t } from '../../popup/i18n';
import { clockTime, endText, restoreText } from '../format';

export function DonePanel({ snapshot: s }: { snapshot: AuditSnapshot }) {
  const r = s.restored;
  return (
    <section class="panel done">
      <p class="ended">
        {endText(s.endReason, L)}
        {s.startedAt !== null && s.endedAt !== null ? ` (${clockTime(s.startedAt, L.lang)} – ${clockTime(s.endedAt, L.lang)})` : null}
      </p>
      {r ? (
        <p class={`restored tone-${r.failed.length ? 'warn' : 'ok'}`} data-restored={r.count} data-restore-failed={r.failed.length}>
          {restoreText(r, L)} {r.removedWritten > 0 ? t('auditRemovedWritten', r.removedWritten) : t('auditKeptWritten')}
        </p>
      ) : null}
    </section>
  );
}
