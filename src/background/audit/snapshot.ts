/** The contract's AuditSnapshot (src/contracts/audit.ts) around what the core decides (core/audit/snapshot.ts). */
import { auditView, type SnapshotSource } from '../../core/audit/snapshot';
import type { AuditRecord } from '../../core/audit/types';
import type { ReferenceLookup } from '../../core/consent/types';
import type { AuditPlan, AuditSnapshot } from '../../contracts/audit';

/** The idle snapshot of a tab: nothing recorded, the fresh start's plan. */
export function idleSnapshot(tabId: number, pageUrl: string | null, plan: AuditPlan | null): AuditSnapshot {
  return {
    state: 'idle',
    tabId,
    pageUrl,
    site: plan?.site ?? null,
    source: null,
    startedAt: null,
    endedAt: null,
    endReason: null,
    phases: [],
    timeline: [],
    rows: [],
    findings: [],
    verdict: null,
    consent: null,
    needsAnswer: false,
    restored: null,
    plan,
  };
}

/** The snapshot of a recorded (or finished) audit. `now`: seconds. */
export function buildSnapshot(record: AuditRecord, from: SnapshotSource | null, now: number, reference?: ReferenceLookup): AuditSnapshot {
  const { rows, findings, verdict } = auditView(record, from, now, reference);
  return {
    state: record.state,
    tabId: record.tabId,
    pageUrl: record.pageUrl,
    site: record.site,
    source: from ? { url: from.source.url, sha256: from.source.sha256, fetchedAt: from.source.fetchedAt } : null,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    endReason: record.endReason,
    phases: record.phases,
    timeline: record.timeline,
    rows,
    findings,
    verdict,
    consent: record.consent,
    needsAnswer: record.needsAnswer,
    restored: record.restored,
    plan: null,
  };
}
