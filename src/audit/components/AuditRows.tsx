/**
 * The audited cookies, one table row per AuditRow, with the public data-* contract:
 * `data-cookie`, `data-status`, `data-flags` (space-separated), `data-consent-class`, and
 * `data-phase` (the phase of the cookie's first write), absent when it was never written during
 * the audit. A long list streams in (chunked.ts): the table is `aria-busy` until every row is in.
 */
import type { AuditRow } from '../../contracts/audit';
import { CONSENT_LABELS, STATUS_LABELS } from '../../popup/format/labels';
import { t } from '../../popup/i18n';
import { useChunkedCount } from '../chunked';
import { PHASE_KEYS } from '../format';

export function AuditRows({ rows }: { rows: readonly AuditRow[] }) {
  const count = useChunkedCount(rows.length);
  return (
    <section class="rows" aria-labelledby="rows-title">
      <h2 id="rows-title">{t('auditRowsTitle', rows.length)}</h2>
      <div class="table-wrap">
        <table class="audit-table" aria-busy={count < rows.length ? 'true' : undefined}>
          <thead>
            <tr>
              <th scope="col">{t('auditColCookie')}</th>
              <th scope="col">{t('auditColClass')}</th>
              <th scope="col">{t('auditColPhase')}</th>
              <th scope="col">{t('auditColFlags')}</th>
              <th scope="col">{t('auditColStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, count).map((r) => (
              <Row key={`${r.cookie}|${r.domain ?? ''}|${r.path ?? ''}`} row={r} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Row({ row: r }: { row: AuditRow }) {
  const cls = CONSENT_LABELS[r.consentClass];
  const status = STATUS_LABELS[r.status];
  return (
    <tr
      data-cookie={r.cookie}
      data-status={r.status}
      data-flags={r.flags.join(' ')}
      data-consent-class={r.consentClass}
      data-phase={r.phase ?? undefined}
      class={r.severity ? `sev-${r.severity}` : undefined}
    >
      <th scope="row">
        <code>{r.cookie}</code>
        {r.domain ? <span class="sub"> {r.domain}</span> : null}
      </th>
      <td class={`tone-${cls.tone}`}>{t(cls.key)}</td>
      <td>{r.phase ? t(PHASE_KEYS[r.phase]) : '—'}</td>
      <td class="flags">{r.flags.join(', ')}</td>
      <td>{t(status.key)}</td>
    </tr>
  );
}
