/**
 * The `audit` block of an export (docs/CONTRACTS.md, "Audit export"): phases, timeline and
 * restore result, with every time in ISO 8601 carrying the time zone offset of the person who
 * exports (`2026-12-01T10:00:05+01:00`), so the evidence reads in local time and stays exact.
 */
import type { AuditPhaseRecord, TimelineEvent } from '../consent/types';
import type { RestoreOutcome } from './types';

/** What the export reads of an audit snapshot (src/contracts/audit.ts AuditSnapshot has it all). */
export interface ExportableAudit {
  startedAt: number | null;
  endedAt: number | null;
  phases: readonly AuditPhaseRecord[];
  timeline: readonly TimelineEvent[];
  restored: Pick<RestoreOutcome, 'count' | 'failed'> | null;
}

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/**
 * Seconds since the epoch in ISO 8601 at a fixed offset (minutes east of UTC, so Paris in winter is 60).
 * Milliseconds are kept when the time has them.
 * @example isoWithOffset(0, 60) // '1970-01-01T01:00:00+01:00'
 */
export function isoWithOffset(seconds: number, offsetMinutes: number): string {
  const local = new Date(Math.round(seconds * 1000) + offsetMinutes * 60_000);
  const ms = local.getUTCMilliseconds();
  const clock = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${ms ? `.${pad(ms, 3)}` : ''}`;
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${date}T${clock}${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
}

/**
 * The export's `audit` object. `timeZoneOffsetMinutes` is minutes east of UTC: `-new Date().getTimezoneOffset()`.
 * Times of a running audit end at its last event (endedAt null → the export says so with null).
 * @example auditExport(snapshot, 60).phases[0].startedAt // '2026-12-01T10:00:00+01:00'
 */
export function auditExport(snapshot: ExportableAudit, timeZoneOffsetMinutes: number): object {
  const iso = (t: number | null) => (t === null ? null : isoWithOffset(t, timeZoneOffsetMinutes));
  return {
    startedAt: iso(snapshot.startedAt),
    endedAt: iso(snapshot.endedAt),
    phases: snapshot.phases.map((p) => ({
      phase: p.phase,
      startedAt: iso(p.startedAt),
      consent: { cmp: p.consent.cmp, decided: p.consent.decided, choice: p.consent.choice },
    })),
    timeline: snapshot.timeline.map((e) => ({
      t: iso(e.t),
      phase: e.phase,
      name: e.name,
      domain: e.domain,
      path: e.path,
      event: e.event,
      consentClass: e.consentClass,
    })),
    restored: {
      count: snapshot.restored?.count ?? 0,
      failed: (snapshot.restored?.failed ?? []).map((f) => ({ name: f.name, domain: f.domain, path: f.path, reason: f.reason })),
    },
  };
}
