/** Consent flags outside an audit: the state read now, applied to the cookies present now. */
import { consentFlags, consentSituation, mergeFlags, ROW_FLAG_ORDER, type ConsentSituation } from '../../../src/core/consent/outside-audit';
import { SIX_MONTHS_SECONDS } from '../../../src/core/consent/audit-rules';
import type { ConsentClass, ConsentState } from '../../../src/core/consent/types';
import type { ReportCookie } from '../../../src/core/types';

const DAY = 86_400;
const state = (s: Partial<ConsentState>): ConsentState => ({ cmp: 'opendatasoft', decided: true, choice: 'refused', ...s });
const present = (name: string, lifetimeSeconds: number | null = 3600) => ({
  observed: { name, domain: '.example.test', path: '/', lifetimeSeconds, session: lifetimeSeconds === null } as ReportCookie,
});

describe('consentSituation', () => {
  it.each<[string, ConsentState | undefined, boolean, ConsentSituation]>([
    ['no consent cookie, a needs-consent cookie present', undefined, true, 'no-choice'],
    ['no consent cookie, nothing needing one', undefined, false, 'none'],
    ['an undecided consent cookie', state({ decided: false, choice: 'unknown' }), false, 'no-choice'],
    ['a refusal', state({ choice: 'refused' }), true, 'refused'],
    ['an acceptance', state({ choice: 'accepted' }), true, 'chosen'],
    ['a partial choice', state({ choice: 'partial' }), true, 'chosen'],
    ['a recorded choice of unknown content', state({ choice: 'unknown' }), true, 'chosen'],
  ])('%s', (_, s, needs, expected) => {
    expect(consentSituation(s, needs)).toBe(expected);
  });
});

describe('consentFlags: one present cookie, one class, one situation', () => {
  it.each<[ConsentSituation, ConsentClass, string[]]>([
    ['no-choice', 'needs-consent', ['set-before-choice']],
    ['no-choice', 'exemptable', ['needs-check']],
    ['no-choice', 'exempt', []],
    ['no-choice', 'unknown', []],
    ['refused', 'needs-consent', ['set-after-refusal']],
    ['refused', 'exemptable', ['needs-check']],
    ['refused', 'exempt', []],
    ['refused', 'unknown', []],
    ['chosen', 'needs-consent', []],
    ['chosen', 'exemptable', []],
    ['none', 'needs-consent', []],
    ['none', 'exemptable', []],
  ])('%s, %s → %j', (situation, cls, expected) => {
    expect(consentFlags(present('_ga'), cls, situation)).toEqual(expected);
  });

  it('flags nothing on a row with no cookie present (absent, unnamed)', () => {
    expect(consentFlags({ observed: null }, 'needs-consent', 'refused')).toEqual([]);
    expect(consentFlags({ observed: null }, 'needs-consent', 'no-choice')).toEqual([]);
  });

  it.each<[string, number | null, ConsentSituation, string[]]>([
    ['cookies_preferences', 365 * DAY, 'chosen', ['choice-over-6-months']],
    ['cookies_preferences', 365 * DAY, 'refused', ['choice-over-6-months']],
    ['tarteaucitron', SIX_MONTHS_SECONDS + 1, 'chosen', ['choice-over-6-months']],
    ['tarteaucitron', SIX_MONTHS_SECONDS, 'chosen', []],
    ['cookies_preferences', 180 * DAY, 'chosen', []],
    ['cookies_preferences', null, 'chosen', []],
    ['sessionid', 365 * DAY, 'chosen', []],
  ])('the choice cookie %s living %p s (%s) → %j', (name, lifetime, situation, expected) => {
    expect(consentFlags(present(name, lifetime), 'exempt', situation)).toEqual(expected);
  });
});

describe('mergeFlags', () => {
  it('keeps report flags first, consent flags after, in ROW_FLAG_ORDER', () => {
    expect(mergeFlags(['third-party', 'http-only'], ['set-after-refusal'])).toEqual(['third-party', 'http-only', 'set-after-refusal']);
    expect(mergeFlags(['over-13-months'], ['needs-check'])).toEqual(['over-13-months', 'needs-check']);
    expect(mergeFlags(['partitioned'], [])).toEqual(['partitioned']);
    expect(ROW_FLAG_ORDER.slice(-4)).toEqual(['set-before-choice', 'set-after-refusal', 'needs-check', 'choice-over-6-months']);
  });
});
