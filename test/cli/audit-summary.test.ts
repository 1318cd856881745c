import { parseCsv } from '../../src/core/export/csv-format';
import { summaryCsv } from '../../src/cli/audit/csv';
import { buildSummary, exitCodeOf } from '../../src/cli/audit/summary';
import { fleet, row, scenario, site } from './audit-fixtures';

const summary = () => buildSummary(fleet(), '2026-11-23T11:00:00.000+01:00', '0.1.0');

describe('buildSummary', () => {
  it('gives one line per site, sorted by host, with its verdict and failure', () => {
    const s = summary();
    expect(s.sites.map((l) => [l.host, l.verdict, l.failure])).toEqual([
      ['evil.test', 'to-check', null],
      ['gone.test', 'failed', 'http-404'],
      ['good.test', 'clean', null],
      ['leaky.test', 'violation', null],
    ]);
    expect(s.totals).toMatchObject({ sites: 4, audited: 3, failed: 1, verdicts: { violation: 1, 'to-check': 1, recommendation: 0, clean: 1, failed: 1 } });
  });

  it('counts distinct cookies per status and distinct findings per severity across scenarios', () => {
    const leaky = summary().sites.find((l) => l.host === 'leaky.test')!;
    // _ga appears in two scenarios: one undeclared cookie; set-before-choice once, set-after-refusal once.
    expect(leaky.statuses).toEqual({ matched: 2, undeclared: 1, absent: 0, vague: 0, unnamed: 0 });
    expect(leaky.severities).toEqual({ violation: 2, 'to-check': 0, recommendation: 0 });
    expect(leaky.kinds).toEqual({ 'over-13-months': 1, 'set-after-refusal': 1, 'set-before-choice': 1, undeclared: 1 });
    expect(leaky.scenarios).toEqual({
      'first-visit': { consent: 'none', verdict: 'violation', failure: null },
      refuse: { consent: 'refused', verdict: 'violation', failure: null },
      accept: { consent: 'accepted', verdict: 'clean', failure: null },
    });
    expect(summary().totals.kinds).toEqual({
      'choice-over-6-months': 1,
      'needs-check': 1,
      'over-13-months': 1,
      'set-after-refusal': 1,
      'set-before-choice': 1,
      undeclared: 2,
    });
  });

  it('does not depend on the order of the site files', () => {
    const reversed = buildSummary(fleet().toReversed(), '2026-11-23T11:00:00.000+01:00', '0.1.0');
    expect(reversed).toEqual(summary());
  });

  it('takes the extension verdict when there is one', () => {
    const s = site('v.test', [
      scenario('first-visit', [row('x')], {
        verdict: { cookies: 1, writesByPhase: {} as never, byFlag: {} as never, bySeverity: {} as never, worst: 'recommendation' },
      }),
    ]);
    expect(buildSummary([s], 't', 'v').sites[0]!.verdict).toBe('recommendation');
  });
});

describe('exitCodeOf', () => {
  it('is 3 for a violation with --fail-on violation, 1 with a failed site, else 0', () => {
    expect(exitCodeOf(summary(), 'violation')).toBe(3);
    expect(exitCodeOf(summary(), null)).toBe(1);
    const clean = buildSummary([fleet()[1]!], 't', 'v');
    expect(exitCodeOf(clean, 'violation')).toBe(0);
    expect(exitCodeOf(clean, null, true)).toBe(1);
  });
});

describe('summaryCsv', () => {
  it('has a header and one line per site with counts per status and severity', () => {
    const records = parseCsv(summaryCsv(summary()));
    const header = records[0]!;
    expect(header.slice(0, 12)).toEqual([
      'host',
      'url',
      'verdict',
      'failure',
      'matched',
      'undeclared',
      'absent',
      'vague',
      'unnamed',
      'violation',
      'to-check',
      'recommendation',
    ]);
    expect(records).toHaveLength(5);
    const leaky = Object.fromEntries(header.map((h, i) => [h, records[4]![i]]));
    expect(leaky).toMatchObject({ host: 'leaky.test', verdict: 'violation', matched: '2', undeclared: '1', violation: '2', 'refuse consent': 'refused' });
    const gone = Object.fromEntries(header.map((h, i) => [h, records[2]![i]]));
    expect(gone).toMatchObject({ host: 'gone.test', verdict: 'failed', failure: 'http-404' });
  });

  it('neutralises a cell a spreadsheet would run as a formula', () => {
    const s = buildSummary([site('f.test', [scenario('first-visit', [], { failure: '=HYPERLINK("http://evil.test")' })])], 't', 'v');
    const text = summaryCsv(s);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.test"")"`);
    expect(parseCsv(text)[1]![3]).toBe(`'=HYPERLINK("http://evil.test")`);
  });
});
