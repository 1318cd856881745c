import { firstPhase, onAnswer, onConsent } from '../../../src/core/audit/phase-rules';
import type { AuditPhaseRecord, ConsentState } from '../../../src/core/consent/types';

const state = (decided: boolean, choice: ConsentState['choice']): ConsentState => ({ cmp: 'tarteaucitron', decided, choice });
const phasesOf = (records: AuditPhaseRecord[]) => records.map((r) => r.phase);

describe('onConsent', () => {
  const start = [firstPhase(0)];

  it.each<[string, ConsentState, string[], boolean]>([
    ['undecided (tarteaucitron !gtag=wait): no change', state(false, 'unknown'), ['before-choice'], false],
    ['refused', state(true, 'refused'), ['before-choice', 'after-refusal'], false],
    ['accepted', state(true, 'accepted'), ['before-choice', 'after-acceptance'], false],
    ['partial', state(true, 'partial'), ['before-choice', 'after-acceptance'], false],
    ['decided but unreadable: ask the user', state(true, 'unknown'), ['before-choice'], true],
  ])('%s', (_name, consent, phases, needsAnswer) => {
    const next = onConsent(start, consent, 10);
    expect(phasesOf(next.phases)).toEqual(phases);
    expect(next.needsAnswer).toBe(needsAnswer);
  });

  it('a refusal after an acceptance is a withdrawal, with its time and consent', () => {
    const accepted = onConsent(start, state(true, 'accepted'), 10).phases;
    const withdrawn = onConsent(accepted, state(true, 'refused'), 20).phases;
    expect(withdrawn.at(-1)).toEqual({ phase: 'after-withdrawal', startedAt: 20, consent: { cmp: 'tarteaucitron', decided: true, choice: 'refused' } });
  });

  it('the same choice renewed opens no new phase', () => {
    const refused = onConsent(start, state(true, 'refused'), 10).phases;
    expect(onConsent(refused, state(true, 'refused'), 30).phases).toEqual(refused);
  });

  it('does not modify the phases it is given', () => {
    const before = structuredClone(start);
    onConsent(start, state(true, 'accepted'), 5);
    expect(start).toEqual(before);
  });
});

describe('onAnswer', () => {
  it.each<[string, string[], string]>([
    ['refused', ['before-choice'], 'after-refusal'],
    ['accepted', ['before-choice'], 'after-acceptance'],
    ['withdrawn', ['before-choice'], 'after-withdrawal'],
    ['refused', ['before-choice', 'after-acceptance'], 'after-withdrawal'],
  ])('%s after %j → %s, consent from the user', (answer, before, after) => {
    const phases = before.map((phase, i) => ({ ...firstPhase(i), phase })) as AuditPhaseRecord[];
    const next = onAnswer(phases, answer as 'refused', 50);
    expect(next.at(-1)).toMatchObject({ phase: after, startedAt: 50, consent: { cmp: 'user', decided: true } });
  });
});
