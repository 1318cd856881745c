import { compareDeclaration } from '../../../src/core/compare/compare';
import { CNIL_MAX_SECONDS, DAY_SECONDS, FLAG_ORDER } from '../../../src/core/compare/flags';
import type { DeclaredEntry, Flag, ObservedCookie } from '../../../src/core/types';
import { cookie, declaration, entry, NOW, PAGE } from './helpers';

/** Flags of the single row the cookie lands on. */
function flagsOf(declared: DeclaredEntry | null, observed: ObservedCookie): Flag[] {
  const report = compareDeclaration(declaration(declared ? [declared] : []), [observed], { pageUrl: PAGE, now: NOW });
  const row = report.rows.find((r) => r.observed !== null)!;
  return row.flags;
}

describe('flags: expiry-exceeds-declared (> 1.5 × declared and > declared + 1 day)', () => {
  it.each([
    // declared max, observed lifetime, flagged
    [1_000_000, 1_500_000, false],
    [1_000_000, 1_500_001, true],
    [1_000_000, 1_000_000, false],
    [3_600, 5_401, false], // 1.5× passed, but not one day more
    [3_600, 3_600 + DAY_SECONDS, false],
    [3_600, 3_600 + DAY_SECONDS + 1, true],
    [2 * DAY_SECONDS, 3 * DAY_SECONDS, false], // both bounds meet at 3 days
    [2 * DAY_SECONDS, 3 * DAY_SECONDS + 1, true],
    [0, DAY_SECONDS + 1, true],
    [1_000_000, -5, false], // already expired
  ])('declared %i s, observed %i s → %s', (maxAgeSeconds, lifetime, flagged) => {
    const flags = flagsOf(entry(['c'], { maxAgeSeconds }), cookie('c', lifetime));
    expect(flags.includes('expiry-exceeds-declared')).toBe(flagged);
  });

  it('needs a declared lifetime and a persistent cookie', () => {
    expect(flagsOf(entry(['c']), cookie('c', 10 ** 9))).toEqual([]);
    expect(flagsOf(entry(['c'], { maxAgeSeconds: 10 }), cookie('c', null))).not.toContain('expiry-exceeds-declared');
  });
});

describe('flags: session-mismatch', () => {
  it.each([
    ['declared session, found persistent', { session: true }, 3600, true],
    ['declared session, found session', { session: true }, null, false],
    ['declared 13 months, found session', { maxAgeSeconds: CNIL_MAX_SECONDS }, null, true],
    ['declared 13 months, found persistent', { maxAgeSeconds: CNIL_MAX_SECONDS }, 3600, false],
    ['no duration declared, found session', {}, null, false],
    ['no duration declared, found persistent', {}, 3600, false],
    ['declared "session or 12 months", found persistent', { session: true, maxAgeSeconds: 31_557_600 }, 3600, false],
    ['declared "session or 12 months", found session', { session: true, maxAgeSeconds: 31_557_600 }, null, false],
  ] as const)('%s → %s', (_label, declared, lifetime, flagged) => {
    expect(flagsOf(entry(['c'], declared), cookie('c', lifetime)).includes('session-mismatch')).toBe(flagged);
  });
});

describe('flags: over-13-months (CNIL yardstick, audience cookies only)', () => {
  it.each([
    ['declared statistics, at 13 months', entry(['c'], { category: 'statistics' }), cookie('c', CNIL_MAX_SECONDS), false],
    ['declared statistics, one second more', entry(['c'], { category: 'statistics' }), cookie('c', CNIL_MAX_SECONDS + 1), true],
    ['declared necessary, 25 months', entry(['c']), cookie('c', 25 * 2_629_800), false],
    ['undeclared _ga (known tracker), 25 months', null, cookie('_ga', 25 * 2_629_800), true],
    ['_pk_id under a necessary heading, 14 months', entry(['_pk_id.*']), cookie('_pk_id.1.a', 14 * 2_629_800), true],
    ['vague _ga under "Mesure d’audience"', entry([], { service: 'Mesure d’audience', provider: '' }), cookie('_ga', CNIL_MAX_SECONDS + 1), true],
    ['a session statistics cookie', entry(['c'], { category: 'statistics' }), cookie('c', null), false],
  ])('%s → %s', (_label, declared, observed, flagged) => {
    expect(flagsOf(declared, observed).includes('over-13-months')).toBe(flagged);
  });
});

describe('flags: conditional, third-party, http-only, partitioned', () => {
  it('marks a conditional declaration on its matched and absent rows', () => {
    const decl = declaration([entry(['django_language', 'x'], { conditional: true, condition: 'multilingual portal' })]);
    const report = compareDeclaration(decl, [cookie('x')], { pageUrl: PAGE, now: NOW });
    expect(report.rows.map((r) => [r.status, r.flags])).toEqual([
      ['absent', ['conditional']],
      ['matched', ['conditional']],
    ]);
  });

  it.each([
    ['another site', cookie('u', 1, { domain: '.tracker.other.test' }), ['third-party']],
    ['the parent domain', cookie('u', 1, { domain: '.example.test' }), []],
    ['HttpOnly', cookie('u', 1, { httpOnly: true }), ['http-only']],
    ['partitioned', cookie('u', 1, { partitionKey: { topLevelSite: 'https://example.test' } }), ['partitioned']],
    ['an empty partition key', cookie('u', 1, { partitionKey: {} }), []],
  ])('%s', (_label, observed, flags) => {
    expect(flagsOf(null, observed)).toEqual(flags);
  });

  it('lists every flag once, in the public order', () => {
    const declared = entry(['_pk_id.*'], { session: true, conditional: true, category: 'statistics' });
    const observed = cookie('_pk_id.1', 25 * 2_629_800, {
      domain: '.other.test',
      httpOnly: true,
      partitionKey: { topLevelSite: 'https://example.test' },
    });
    expect(flagsOf(declared, observed)).toEqual(['conditional', 'session-mismatch', 'over-13-months', 'third-party', 'http-only', 'partitioned']);
    const declared2 = entry(['_pk_id.*'], { maxAgeSeconds: 1000, conditional: true, category: 'statistics' });
    expect(flagsOf(declared2, observed)).toEqual(FLAG_ORDER.filter((f) => f !== 'session-mismatch'));
  });

  it('puts only `conditional` on rows without a cookie (absent, unnamed)', () => {
    const report = compareDeclaration(declaration([entry([], { conditional: true }), entry(['a'], { conditional: true, session: true })]), [], {
      pageUrl: PAGE,
      now: NOW,
    });
    expect(report.rows.map((r) => r.flags)).toEqual([['conditional'], ['conditional']]);
  });
});
