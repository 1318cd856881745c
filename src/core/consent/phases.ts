/**
 * Which phase of a recorded audit a moment belongs to. A phase starts at its `startedAt`
 * (inclusive: a cookie written in the same second as a refusal counts as after the refusal,
 * because the refusal is what made the page write it) and lasts until the next phase starts.
 * Before the first recorded phase, and when none is recorded, the visitor has not chosen yet.
 */
import type { AuditPhase, AuditPhaseRecord, CookieEventKind, TimelineEvent } from './types';

/** The phase record in force at `t`, or undefined before the first one. */
export function phaseRecordAt(t: number, phases: readonly AuditPhaseRecord[]): AuditPhaseRecord | undefined {
  let current: AuditPhaseRecord | undefined;
  for (const p of phases) {
    // The latest start not after t; a later record with the same start replaces an earlier one.
    if (p.startedAt <= t && (current === undefined || p.startedAt >= current.startedAt)) current = p;
  }
  return current;
}

/**
 * The phase in force at `t` (seconds since the epoch).
 * @example phaseAt(120, [{ phase: 'before-choice', startedAt: 0, consent }, { phase: 'after-refusal', startedAt: 100, consent }]) // 'after-refusal'
 */
export function phaseAt(t: number, phases: readonly AuditPhaseRecord[]): AuditPhase {
  return phaseRecordAt(t, phases)?.phase ?? 'before-choice';
}

/** Events that write a cookie (a renewal writes it again). */
export const WRITES: ReadonlySet<CookieEventKind> = new Set<CookieEventKind>(['set', 'renewed']);

/** The phase of a cookie's first write (`data-phase`), or null when it was never written. */
export function firstWritePhase(events: readonly TimelineEvent[]): AuditPhase | null {
  let first: TimelineEvent | undefined;
  for (const e of events) if (WRITES.has(e.event) && (first === undefined || e.t < first.t)) first = e;
  return first?.phase ?? null;
}
