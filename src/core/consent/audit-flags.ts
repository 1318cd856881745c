/**
 * The audit flags of one cookie from its recorded events (docs/CONTRACTS.md, "Flags"):
 * - `set-before-choice`: a needs-consent cookie written (set or renewed) while no choice was recorded;
 * - `set-after-refusal`: a needs-consent cookie written after a refusal or a withdrawal, or any
 *   non-exempt cookie of a category the visitor refused written after the choice;
 * - `needs-check`: an exemptable cookie written before a choice or after a refusal / withdrawal
 *   (dropped when the same cookie is already `set-after-refusal`);
 * - `choice-over-6-months`: the consent-choice cookie lives longer than SIX_MONTHS_SECONDS.
 * Removals and expiries never raise a flag: removing a tracker after a refusal is what CNIL asks.
 */
import { AUDIT_FLAG_ORDER, SIX_MONTHS_SECONDS } from './audit-rules';
import { isConsentChoiceCookie } from './consent-cookie-names';
import { phaseRecordAt, WRITES } from './phases';
import type { AuditFlag, AuditPhase, AuditPhaseRecord, TimelineEvent } from './types';

/** What `flagsForCookie` needs besides the events. */
export interface FlagContext {
  /** Phases of the audit, to look up the consent in force at an event. */
  phases?: readonly AuditPhaseRecord[];
  /**
   * The cookie belongs to a category the visitor refused in the phase in force (glue: from the
   * consent state's categories and the cookie's vendor). Absent: no category rule.
   */
  isRefusedCategory?: (event: TimelineEvent, phase: AuditPhaseRecord | undefined) => boolean;
  /** Lifetime the cookie was written with (expiry minus write time), seconds; null for a session cookie. */
  lifetimeSeconds?: number | null;
}

const REFUSED: ReadonlySet<AuditPhase> = new Set<AuditPhase>(['after-refusal', 'after-withdrawal']);

/**
 * The consent-choice cookie lives longer than 6 months (> SIX_MONTHS_SECONDS).
 * @example isChoiceOverSixMonths('tarteaucitron', 365 * 86_400) // true
 */
export function isChoiceOverSixMonths(name: string, lifetimeSeconds: number | null | undefined): boolean {
  return isConsentChoiceCookie(name) !== undefined && typeof lifetimeSeconds === 'number' && lifetimeSeconds > SIX_MONTHS_SECONDS;
}

/**
 * Flags of one cookie (all `events` are about the same name, domain and path), in AUDIT_FLAG_ORDER.
 * @example flagsForCookie([{ t: 1, phase: 'before-choice', name: '_ga', domain: '.x.test', path: '/', event: 'set', consentClass: 'needs-consent' }])
 * // ['set-before-choice']
 */
export function flagsForCookie(events: readonly TimelineEvent[], context: FlagContext = {}): AuditFlag[] {
  const on = new Set<AuditFlag>();
  for (const e of events) {
    if (!WRITES.has(e.event)) continue;
    const refusedPhase = REFUSED.has(e.phase);
    if (e.consentClass === 'needs-consent') {
      if (e.phase === 'before-choice') on.add('set-before-choice');
      if (refusedPhase) on.add('set-after-refusal');
    }
    if (e.phase !== 'before-choice' && e.consentClass !== 'exempt' && context.isRefusedCategory) {
      if (context.isRefusedCategory(e, phaseRecordAt(e.t, context.phases ?? []))) on.add('set-after-refusal');
    }
    if (e.consentClass === 'exemptable' && (e.phase === 'before-choice' || refusedPhase)) on.add('needs-check');
  }
  if (on.has('set-after-refusal')) on.delete('needs-check');
  const name = events[0]?.name;
  if (name !== undefined && isChoiceOverSixMonths(name, context.lifetimeSeconds)) on.add('choice-over-6-months');
  return AUDIT_FLAG_ORDER.filter((f) => on.has(f));
}
