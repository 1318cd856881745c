/**
 * What the audit view shows of a stored audit (the rows, findings and verdict of the contract's
 * AuditSnapshot, src/contracts/audit.ts): the cookies written during the audit compared with the
 * site's declaration (core/compare), each row with its report flags and audit flags
 * (core/consent/audit-findings), its consent class and the phase of its first write.
 */
import { compareDeclaration } from '../compare/compare';
import { auditFindings, type CookieFinding } from '../consent/audit-findings';
import { worstSeverity } from '../consent/audit-rules';
import { consentClassOf, consentClassOfRow } from '../consent/classify';
import { mergeFlags } from '../consent/outside-audit';
import type { AuditVerdict } from '../consent/audit-findings';
import type { AuditFlag, AuditPhase, ConsentClass, ConsentReason, ReferenceLookup, Severity } from '../consent/types';
import type { CharterSource } from '../findings';
import type { Declaration, Flag, ObservedCookie, ReportRow, Status } from '../types';
import { cookieRefKey, type AuditRecord, type WrittenCookie } from './types';

/** One row of the audit view (the contract's AuditRow has this shape). */
export interface AuditRowData {
  cookie: string;
  domain: string | null;
  path: string | null;
  status: Status;
  flags: Flag[];
  consentClass: ConsentClass;
  phase: AuditPhase | null;
  severity: Severity | null;
  reason?: string;
  consentReason?: Omit<ConsentReason, 'class'>;
}

/** The declaration the rows are compared with, and where it was read. */
export interface SnapshotSource {
  declaration: Declaration;
  source: CharterSource;
}

function observedOf(w: WrittenCookie): ObservedCookie {
  const o: ObservedCookie = {
    name: w.name,
    domain: w.domain,
    path: w.path,
    hostOnly: w.hostOnly,
    secure: w.secure,
    httpOnly: w.httpOnly,
    sameSite: w.sameSite,
    session: w.session,
    valueLength: 0,
  };
  if (w.expirationDate !== undefined) o.expirationDate = w.expirationDate;
  if (w.partitionKey?.topLevelSite) o.partitionKey = { topLevelSite: w.partitionKey.topLevelSite };
  return o;
}

function rowOf(row: ReportRow, finding: CookieFinding | undefined, reference?: ReferenceLookup): AuditRowData {
  const { class: consentClass, ...consentReason } = consentClassOfRow(row, reference);
  const auditFlags = finding?.flags ?? [];
  const name = row.observed?.name ?? row.declaredName ?? row.declared?.names[0] ?? '';
  return {
    cookie: name,
    domain: row.observed?.domain ?? null,
    path: row.observed?.path ?? null,
    status: row.status,
    flags: mergeFlags(row.flags, auditFlags) as Flag[],
    consentClass,
    phase: finding?.firstPhase ?? null,
    severity: worstSeverity(auditFlags as AuditFlag[]),
    reason: consentReason.detail ?? consentReason.basis,
    consentReason,
  };
}

/** Rows: the declaration's comparison when there is one, else every audited cookie as undeclared. */
function rowsOf(record: AuditRecord, findings: CookieFinding[], from: SnapshotSource | null, now: number, reference?: ReferenceLookup): AuditRowData[] {
  const byKey = new Map(findings.map((f) => [cookieRefKey(f), f]));
  const written = Object.values(record.written);
  const reportRows: ReportRow[] = from
    ? compareDeclaration(from.declaration, written.map(observedOf), { pageUrl: record.pageUrl, charterUrl: from.source.url, now }).rows
    : written.map((w) => ({
        status: 'undeclared',
        flags: [],
        declared: null,
        declaredName: null,
        observed: { ...observedOf(w), thirdParty: false, lifetimeSeconds: w.lifetimeSeconds },
      }));
  const rows = reportRows.map((r) => rowOf(r, r.observed ? byKey.get(cookieRefKey(r.observed)) : undefined, reference));
  // A cookie only removed or expired during the audit (never written) still has its line.
  for (const f of findings) {
    if (record.written[cookieRefKey(f)]) continue;
    const { class: consentClass, ...consentReason } = consentClassOf({ declared: null, name: f.name, domain: f.domain }, reference);
    rows.push({
      cookie: f.name,
      domain: f.domain,
      path: f.path,
      status: 'undeclared',
      flags: f.flags,
      consentClass,
      phase: f.firstPhase,
      severity: f.severity,
      reason: consentReason.detail ?? consentReason.basis,
      consentReason,
    });
  }
  return rows;
}

/**
 * Rows, findings and verdict of an audit. `now`: seconds (lifetimes of the comparison).
 * @example auditView(record, null, now).verdict.byFlag['set-before-choice'] // 1
 */
export function auditView(
  record: AuditRecord,
  from: SnapshotSource | null,
  now: number,
  reference?: ReferenceLookup,
): { rows: AuditRowData[]; findings: CookieFinding[]; verdict: AuditVerdict } {
  const { cookies: findings, verdict } = auditFindings(record.timeline, record.phases, { lifetimeOf: (c) => record.written[cookieRefKey(c)]?.lifetimeSeconds });
  return { rows: rowsOf(record, findings, from, record.endedAt ?? now, reference), findings, verdict };
}
