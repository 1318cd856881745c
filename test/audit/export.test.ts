/** The audit's exports: the JSON audit block exactly as DESIGN's contract, CSV and Markdown neutralised, no values. */
import { auditJson } from '../../src/audit/export';
import { AUDIT_CSV_COLUMNS, auditCsv, auditMarkdown } from '../../src/audit/export-text';
import { parseCsv } from '../../src/core/export/csv-format';
import type { ExportMeta } from '../../src/core/export/meta';
import { localeFor } from '../popup/locale';
import { done, T0 } from './fixtures';

const META: ExportMeta = {
  charterUrl: 'https://data.example.test/terms/cookies-policy/',
  fetchedAt: '2027-01-15T08:00:00.000Z',
  charterSha256: 'ab'.repeat(32),
  extensionVersion: '0.1.0',
  browser: 'chrome 156.0',
};

describe('audit JSON export', () => {
  const json = JSON.parse(auditJson(done(), { meta: META, report: null, offsetMinutes: 60 }));

  it('carries the provenance, then the audit block with exactly the fields of the contract', () => {
    expect(Object.keys(json).slice(0, 5)).toEqual(['charterUrl', 'fetchedAt', 'charterSha256', 'extensionVersion', 'browser']);
    expect(json.charterSha256).toBe('ab'.repeat(32));
    expect(Object.keys(json.audit)).toEqual(['startedAt', 'endedAt', 'phases', 'timeline', 'restored']);
    expect(json.audit.startedAt).toBe(new Date(T0 * 1000 + 3_600_000).toISOString().replace('.000Z', '+01:00'));
    expect(Object.keys(json.audit.phases[0])).toEqual(['phase', 'startedAt', 'consent']);
    expect(Object.keys(json.audit.phases[0].consent)).toEqual(['cmp', 'decided', 'choice']);
    expect(json.audit.phases[1]).toMatchObject({ phase: 'after-refusal', consent: { cmp: 'opendatasoft', decided: true, choice: 'refused' } });
    expect(Object.keys(json.audit.timeline[0])).toEqual(['t', 'phase', 'name', 'domain', 'path', 'event', 'consentClass']);
    expect(json.audit.timeline[0].t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+01:00$/);
    expect(json.audit.restored.count).toBe(148);
    expect(json.audit.restored.failed[0]).toMatchObject({ name: 'old_pref', domain: 'data.example.test', path: '/' });
  });

  it('carries the rows with their contract fields and the verdict', () => {
    expect(json.rows.find((r: { cookie: string }) => r.cookie === '_ga')).toEqual({
      cookie: '_ga',
      domain: '.example.test',
      path: '/',
      status: 'undeclared',
      flags: ['set-before-choice', 'set-after-refusal'],
      consentClass: 'needs-consent',
      phase: 'before-choice',
      severity: 'violation',
    });
    expect(json.verdict.byFlag['set-after-refusal']).toBe(2);
    expect(json.report).toBeNull();
  });

  it('never carries a cookie value, even one handed over by mistake', () => {
    const snap = done();
    (snap.rows[0] as unknown as Record<string, unknown>).value = 'SECRET-VALUE';
    expect(auditJson(snap, { meta: META, report: null, offsetMinutes: 0 })).not.toContain('SECRET-VALUE');
  });
});

describe('audit CSV and Markdown', () => {
  const hostile = () => {
    const snap = done();
    snap.rows[0]!.cookie = '=HYPERLINK("http://evil.test")';
    snap.rows[1]!.cookie = 'x;@SUM(1)';
    // A flagged cookie, so its name is printed under its finding.
    snap.findings.find((f) => f.flags.includes('set-before-choice'))!.name = '@octocat https://evil.test';
    return snap;
  };

  it('CSV: one line per row with the phase and event columns; formula cells defused', () => {
    const records = parseCsv(auditCsv(hostile(), 60));
    expect(records[0]).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(records).toHaveLength(1 + done().rows.length);
    const ga = Object.fromEntries(AUDIT_CSV_COLUMNS.map((c, i) => [c, records.find((r) => r[0] === '_ga')![i]]));
    expect(ga).toMatchObject({
      phase: 'before-choice',
      first_event: 'set',
      last_event: 'renewed',
      events: '2',
      writes_before_choice: '1',
      writes_after_refusal: '1',
    });
    expect(ga.first_event_at).toMatch(/\+01:00$/);
    expect(records[1]![0]).toBe('\'=HYPERLINK("http://evil.test")');
    expect(auditCsv(hostile(), 60)).toContain('"x;@SUM(1)"');
  });

  it('Markdown: verdict, phases, findings with their rules and links, rows; page text cannot link or mention', () => {
    const md = auditMarkdown(hostile(), META, 60, localeFor('en'));
    expect(md).toContain('**1 cookie that needs consent was written before you chose;');
    expect(md).toContain('### set-before-choice (violation, 1)');
    expect(md).toContain('may not be written before the visitor has chosen');
    expect(md).toContain('](https://www.cnil.fr/en/cookies-penalty-50000-euros-against-societe-du-figaro)');
    expect(md).toContain('148 cookies put back; 1 could not: old\\_pref (expired meanwhile).');
    expect(md).toContain('Cookies: @<!-- -->octocat https:<!-- -->//evil.test');
    expect(md).not.toContain('@octocat');
    expect(md).not.toContain('https://evil.test');
  });

  it('Markdown in French uses the French rule text', () => {
    expect(auditMarkdown(done(), META, 60, localeFor('fr'))).toContain('ne peut pas être déposé avant que le visiteur ait fait son choix');
  });
});
