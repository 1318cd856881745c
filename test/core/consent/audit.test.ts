import { flagsForCookie, isChoiceOverSixMonths } from '../../../src/core/consent/audit-flags';
import { auditFindings, rulesOf } from '../../../src/core/consent/audit-findings';
import { AUDIT_RULES, SIX_MONTHS_SECONDS } from '../../../src/core/consent/audit-rules';
import { firstWritePhase, phaseAt } from '../../../src/core/consent/phases';
import type { AuditPhase, AuditPhaseRecord, ConsentClass, CookieEventKind, TimelineEvent } from '../../../src/core/consent/types';

const consent = { cmp: 'tarteaucitron', decided: true, choice: 'refused' } as const;
const PHASES: AuditPhaseRecord[] = [
  { phase: 'before-choice', startedAt: 0, consent: { cmp: 'none', decided: false, choice: 'unknown' } },
  { phase: 'after-refusal', startedAt: 100, consent },
  { phase: 'after-acceptance', startedAt: 200, consent: { ...consent, choice: 'accepted' } },
  { phase: 'after-withdrawal', startedAt: 300, consent },
];

function ev(t: number, consentClass: ConsentClass, event: CookieEventKind = 'set', name = 'c', phase: AuditPhase = phaseAt(t, PHASES)): TimelineEvent {
  return { t, phase, name, domain: '.site.test', path: '/', event, consentClass };
}

describe('phaseAt: a phase starts at startedAt (inclusive)', () => {
  it.each([
    [-1, 'before-choice'],
    [0, 'before-choice'],
    [99, 'before-choice'],
    [100, 'after-refusal'],
    [101, 'after-refusal'],
    [199, 'after-refusal'],
    [200, 'after-acceptance'],
    [299, 'after-acceptance'],
    [300, 'after-withdrawal'],
    [10 ** 10, 'after-withdrawal'],
  ])('t=%i → %s', (t, phase) => {
    expect(phaseAt(t, PHASES)).toBe(phase);
  });

  it('does not depend on the order of the records; no record means no choice yet', () => {
    expect(phaseAt(150, PHASES.toReversed())).toBe('after-refusal');
    expect(phaseAt(150, [])).toBe('before-choice');
  });
});

describe('flagsForCookie: each rule at its phase boundary', () => {
  it.each<[ConsentClass, number, string[]]>([
    ['needs-consent', 99, ['set-before-choice']],
    ['needs-consent', 100, ['set-after-refusal']],
    ['needs-consent', 199, ['set-after-refusal']],
    ['needs-consent', 200, []],
    ['needs-consent', 299, []],
    ['needs-consent', 300, ['set-after-refusal']],
    ['exemptable', 99, ['needs-check']],
    ['exemptable', 100, ['needs-check']],
    ['exemptable', 200, []],
    ['exemptable', 300, ['needs-check']],
    ['exempt', 99, []],
    ['exempt', 150, []],
    ['unknown', 99, []],
    ['unknown', 150, []],
  ])('%s written at t=%i → %j', (cls, t, flags) => {
    expect(flagsForCookie([ev(t, cls)], { phases: PHASES })).toEqual(flags);
  });

  it('a renewal is a write; a removal or an expiry is not', () => {
    expect(flagsForCookie([ev(150, 'needs-consent', 'renewed')])).toEqual(['set-after-refusal']);
    expect(flagsForCookie([ev(50, 'needs-consent', 'removed'), ev(150, 'needs-consent', 'expired')])).toEqual([]);
  });

  it('several writes give each flag once, in the public order', () => {
    expect(flagsForCookie([ev(150, 'needs-consent'), ev(50, 'needs-consent'), ev(160, 'needs-consent', 'renewed')])).toEqual([
      'set-before-choice',
      'set-after-refusal',
    ]);
  });

  it('a cookie of a refused category written after a (partial) acceptance is set-after-refusal', () => {
    const refused = jest.fn((e: TimelineEvent, record: AuditPhaseRecord | undefined) => e.name === '_pk_id' && record?.phase === 'after-acceptance');
    expect(flagsForCookie([ev(250, 'exemptable', 'set', '_pk_id')], { phases: PHASES, isRefusedCategory: refused })).toEqual(['set-after-refusal']);
    expect(refused).toHaveBeenCalledWith(expect.objectContaining({ t: 250 }), PHASES[2]);
    // Before the choice the category rule does not apply (needs-check does), nor to exempt cookies.
    expect(flagsForCookie([ev(50, 'exemptable', 'set', '_pk_id')], { phases: PHASES, isRefusedCategory: () => true })).toEqual(['needs-check']);
    expect(flagsForCookie([ev(250, 'exempt')], { phases: PHASES, isRefusedCategory: () => true })).toEqual([]);
  });

  it('needs-check is dropped when the same cookie is already set-after-refusal', () => {
    expect(flagsForCookie([ev(50, 'exemptable'), ev(250, 'exemptable')], { phases: PHASES, isRefusedCategory: () => true })).toEqual(['set-after-refusal']);
  });
});

describe('choice-over-6-months: threshold ± 1 s', () => {
  it('six months is 184 days and an hour', () => {
    expect(SIX_MONTHS_SECONDS).toBe(184 * 86_400 + 3_600);
  });

  it.each([
    [SIX_MONTHS_SECONDS - 1, false],
    [SIX_MONTHS_SECONDS, false],
    [SIX_MONTHS_SECONDS + 1, true],
    [183 * 86_400, false], // a "6 months" Max-Age of 183 days
    [365 * 86_400, true], // tarteaucitron's default 365 days
    [120 * 86_400, false], // Klaro and Orejime 3 default
    [null, false], // a session cookie
  ])('lifetime %p → %s', (lifetime, flagged) => {
    expect(isChoiceOverSixMonths('tarteaucitron', lifetime)).toBe(flagged);
    expect(flagsForCookie([ev(250, 'exempt', 'set', 'tarteaucitron')], { lifetimeSeconds: lifetime }).includes('choice-over-6-months')).toBe(flagged);
  });

  it('only for a consent-choice cookie', () => {
    expect(isChoiceOverSixMonths('_pk_id.1.ab', 10 ** 9)).toBe(false);
    expect(isChoiceOverSixMonths('cookies_preferences', SIX_MONTHS_SECONDS + 1)).toBe(true);
  });
});

describe('auditFindings: per cookie and the verdict', () => {
  const timeline: TimelineEvent[] = [
    ev(10, 'needs-consent', 'set', '_ga'),
    ev(11, 'exemptable', 'set', '_pk_id.1.ab'),
    ev(12, 'exempt', 'set', 'tarteaucitron'),
    ev(120, 'needs-consent', 'renewed', '_ga'),
    ev(130, 'needs-consent', 'removed', '_fbp'),
    ev(250, 'needs-consent', 'set', '_hjid'),
  ];
  const { cookies, verdict } = auditFindings(timeline, PHASES, { lifetimeOf: (c) => (c.name === 'tarteaucitron' ? 365 * 86_400 : null) });

  it('one finding per cookie, sorted, with first-write phase, flags and severity', () => {
    expect(cookies.map((f) => [f.name, f.firstPhase, f.flags, f.severity])).toEqual([
      ['_fbp', null, [], null],
      ['_ga', 'before-choice', ['set-before-choice', 'set-after-refusal'], 'violation'],
      ['_hjid', 'after-acceptance', [], null],
      ['_pk_id.1.ab', 'before-choice', ['needs-check'], 'to-check'],
      ['tarteaucitron', 'before-choice', ['choice-over-6-months'], 'recommendation'],
    ]);
  });

  it('counts writes per phase and cookies per flag and severity', () => {
    expect(verdict).toEqual({
      cookies: 5,
      writesByPhase: { 'before-choice': 3, 'after-refusal': 1, 'after-acceptance': 1, 'after-withdrawal': 0 },
      byFlag: { 'set-before-choice': 1, 'set-after-refusal': 1, 'needs-check': 1, 'choice-over-6-months': 1 },
      bySeverity: { violation: 1, 'to-check': 1, recommendation: 1 },
      worst: 'violation',
    });
  });

  it('an empty audit has no finding', () => {
    expect(auditFindings([], PHASES).verdict).toMatchObject({ cookies: 0, worst: null });
  });

  it('cookies of the same name on two domains are two findings', () => {
    const two = auditFindings([ev(10, 'needs-consent', 'set', '_ga'), { ...ev(10, 'needs-consent', 'set', '_ga'), domain: '.other.test' }], PHASES);
    expect(two.cookies.map((f) => f.domain)).toEqual(['.other.test', '.site.test']);
  });

  it('firstWritePhase ignores removals', () => {
    expect(firstWritePhase([ev(5, 'exempt', 'removed'), ev(150, 'exempt')])).toBe('after-refusal');
  });
});

describe('rules: severity, text key and sources of every flag', () => {
  it.each([
    ['set-before-choice', 'violation'],
    ['set-after-refusal', 'violation'],
    ['needs-check', 'to-check'],
    ['choice-over-6-months', 'recommendation'],
  ] as const)('%s is a %s with official sources', (flag, severity) => {
    const rule = AUDIT_RULES[flag];
    expect(rule.severity).toBe(severity);
    expect(rule.ruleKey).toMatch(/^audit\.rule\.[A-Za-z0-9]+$/);
    expect(rule.sources.length).toBeGreaterThan(0);
    for (const s of rule.sources) expect(s.url).toMatch(/^https:\/\/www\.(cnil\.fr|legifrance\.gouv\.fr)\//);
    expect(rulesOf({ flags: [flag] })).toEqual([rule]);
  });
});
