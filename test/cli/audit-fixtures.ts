/** Fixed site results for the batch audit's unit tests (no browser). */
import type { AuditRow } from '../../src/contracts/audit';
import type { Scenario, ScenarioResult, SiteResult } from '../../src/cli/audit/types';

export function row(cookie: string, over: Partial<AuditRow> = {}): AuditRow {
  return {
    cookie,
    domain: 'a.test',
    path: '/',
    status: 'undeclared',
    flags: [],
    consentClass: 'needs-consent',
    phase: 'before-choice',
    severity: null,
    ...over,
  };
}

export function scenario(name: Scenario, rows: AuditRow[], over: Partial<ScenarioResult> = {}): ScenarioResult {
  return {
    scenario: name,
    startedAt: '2026-11-23T10:00:00.000+01:00',
    endedAt: '2026-11-23T10:00:10.000+01:00',
    url: 'https://a.test/',
    finalUrl: 'https://a.test/',
    httpStatus: 200,
    view: 'report',
    charter: { url: 'https://a.test/terms/cookies-policy/', sha256: 'ab'.repeat(32), fetchedAt: '2026-11-23T09:00:00.000Z' },
    consent: name === 'first-visit' ? null : { cmp: 'opendatasoft', decided: true, choice: name === 'refuse' ? 'refused' : 'accepted' },
    choice: name === 'first-visit' ? null : { ok: true, cmp: 'opendatasoft' },
    pageViews: [],
    rows,
    report: [],
    findings: [],
    verdict: null,
    phases: [],
    timeline: rows.map((r) => ({
      at: '2026-11-23T10:00:01.000+01:00',
      phase: 'before-choice',
      name: r.cookie,
      domain: r.domain ?? '',
      path: r.path ?? '/',
      event: 'set',
      consentClass: r.consentClass,
    })),
    notes: [],
    failure: null,
    ...over,
  };
}

export function site(host: string, scenarios: ScenarioResult[], over: Partial<SiteResult> = {}): SiteResult {
  return {
    host,
    url: `https://${host}/`,
    tool: { name: 'cookie-charter-audit', version: '0.1.0' },
    browser: 'Chrome/156',
    extensionVersion: '0.1.0',
    startedAt: '2026-11-23T10:00:00.000+01:00',
    endedAt: '2026-11-23T10:00:30.000+01:00',
    scenarios,
    failure: scenarios.find((s) => s.failure)?.failure ?? null,
    ...over,
  };
}

/** A leaky site, a clean one, a failed one and a hostile one. */
export function fleet(): SiteResult[] {
  return [
    site('leaky.test', [
      scenario('first-visit', [
        row('_ga', { flags: ['set-before-choice'], severity: 'violation' }),
        row('sessionid', { status: 'matched', consentClass: 'exempt' }),
      ]),
      scenario('refuse', [row('_ga', { flags: ['set-before-choice', 'set-after-refusal'], severity: 'violation' })]),
      scenario('accept', [row('_pk_id.1.x', { status: 'matched', flags: ['over-13-months'], phase: 'after-acceptance' })]),
    ]),
    site('good.test', [
      scenario('first-visit', [row('sessionid', { status: 'matched', consentClass: 'exempt' })]),
      scenario('refuse', []),
      scenario('accept', []),
    ]),
    site('gone.test', [scenario('first-visit', [], { failure: 'http-404', httpStatus: 404, charter: null })]),
    site('evil.test', [
      scenario('first-visit', [
        row('<img src=x onerror=alert(1)>', { flags: ['needs-check'], severity: 'to-check' }),
        row('=HYPERLINK("http://evil.test")', { flags: ['choice-over-6-months'], severity: 'recommendation' }),
      ]),
    ]),
  ];
}
