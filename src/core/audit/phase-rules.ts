/**
 * Phase transitions of a recorded audit (docs/CONTRACTS.md, "The audit"): what a consent cookie
 * written now, or the user's own answer, does to the phase in force.
 * - undecided (tarteaucitron's `!gtag=wait` before any choice): nothing changes;
 * - refused: after-refusal, or after-withdrawal when an acceptance came before;
 * - accepted / partial: after-acceptance;
 * - decided but unreadable: no phase change, the user is asked (`needsAnswer`).
 * A decision that leaves the phase as it is (a renewal of the same choice) opens no new phase.
 */
import type { AuditPhase, AuditPhaseRecord, ConsentState, PhaseConsent } from '../consent/types';
import type { Answer } from './types';

/** The first phase of every audit. */
export function firstPhase(startedAt: number): AuditPhaseRecord {
  return { phase: 'before-choice', startedAt, consent: { cmp: 'none', decided: false, choice: 'unknown' } };
}

const accepted = (phases: readonly AuditPhaseRecord[]) => phases.some((p) => p.phase === 'after-acceptance');
const current = (phases: readonly AuditPhaseRecord[]): AuditPhase => phases.at(-1)?.phase ?? 'before-choice';

function open(phases: readonly AuditPhaseRecord[], phase: AuditPhase, t: number, consent: PhaseConsent): AuditPhaseRecord[] {
  return phase === current(phases) ? [...phases] : [...phases, { phase, startedAt: t, consent }];
}

/**
 * The phases after a consent cookie recording `state` was written at `t`, and whether the user must answer.
 * @example onConsent([firstPhase(0)], { cmp: 'tarteaucitron', decided: true, choice: 'refused' }, 5).phases.at(-1)?.phase // 'after-refusal'
 */
export function onConsent(phases: readonly AuditPhaseRecord[], state: ConsentState, t: number): { phases: AuditPhaseRecord[]; needsAnswer: boolean } {
  if (!state.decided) return { phases: [...phases], needsAnswer: false };
  const consent: PhaseConsent = { cmp: state.cmp, decided: true, choice: state.choice };
  switch (state.choice) {
    case 'refused':
      return { phases: open(phases, accepted(phases) ? 'after-withdrawal' : 'after-refusal', t, consent), needsAnswer: false };
    case 'accepted':
    case 'partial':
      return { phases: open(phases, 'after-acceptance', t, consent), needsAnswer: false };
    default:
      return { phases: [...phases], needsAnswer: true };
  }
}

/**
 * The phases after the user said what they chose (the consent cookie said nothing readable).
 * @example onAnswer([firstPhase(0)], 'accepted', 9).at(-1) // { phase: 'after-acceptance', startedAt: 9, consent: { cmp: 'user', decided: true, choice: 'accepted' } }
 */
export function onAnswer(phases: readonly AuditPhaseRecord[], answer: Answer, t: number): AuditPhaseRecord[] {
  if (answer === 'accepted') return open(phases, 'after-acceptance', t, { cmp: 'user', decided: true, choice: 'accepted' });
  const phase: AuditPhase = answer === 'withdrawn' || accepted(phases) ? 'after-withdrawal' : 'after-refusal';
  return open(phases, phase, t, { cmp: 'user', decided: true, choice: 'refused' });
}
