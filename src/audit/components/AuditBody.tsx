/** One audit, whatever its state: the header, the state's panel, then findings, rows and timeline. */
import type { AuditSnapshot } from '../../contracts/audit';
import { t } from '../../popup/i18n';
import type { AuditActions } from '../actions';
import { AuditExport } from './AuditExport';
import { AuditRows } from './AuditRows';
import { DonePanel } from './DonePanel';
import { Findings } from './Findings';
import { IdlePanel } from './IdlePanel';
import { RecordingPanel } from './RecordingPanel';
import { Timeline } from './Timeline';
import { VerdictBlock } from './VerdictBlock';

interface Props {
  snapshot: AuditSnapshot;
  busy: boolean;
  note: { ok: boolean; text: string } | null;
  actions: AuditActions;
}

function hostOf(url: string | null): string {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return '';
  }
}

export function AuditBody({ snapshot, busy, note, actions }: Props) {
  const s = snapshot;
  const recorded = s.state !== 'idle' || s.timeline.length > 0;
  return (
    <div class="audit" data-audit-state={s.state}>
      <header class="audit-top">
        <h1>
          {t('auditViewTitle')} <span class="host">{s.site ?? hostOf(s.pageUrl)}</span>
        </h1>
        {s.state === 'done' ? (
          <div class="audit-tools no-print">
            <AuditExport snapshot={s} />
            <button type="button" class="btn" data-action="print" onClick={() => window.print()}>
              {t('auditPrint')}
            </button>
          </div>
        ) : null}
      </header>
      {recorded ? <VerdictBlock snapshot={s} /> : null}
      {s.state === 'idle' ? <IdlePanel plan={s.plan} busy={busy} onConfirm={actions.start} /> : null}
      {s.state === 'recording' ? <RecordingPanel snapshot={s} busy={busy} actions={actions} /> : null}
      {s.state === 'done' ? <DonePanel snapshot={s} /> : null}
      <p role="status" class={note ? `note tone-${note.ok ? 'ok' : 'bad'}` : 'note'} data-testid="audit-note">
        {note?.text}
      </p>
      {recorded ? (
        <>
          <Findings findings={s.findings} />
          <AuditRows rows={s.rows} />
          <Timeline snapshot={s} />
        </>
      ) : null}
    </div>
  );
}
