/** Audit snapshots for the view's tests: built from a timeline with the real core findings. */
import type { AuditRow, AuditSnapshot } from '../../src/contracts/audit';
import { auditFindings } from '../../src/core/consent/audit-findings';
import type { AuditPhaseRecord, ConsentClass, TimelineEvent } from '../../src/core/consent/types';

export const TAB = 7;
export const T0 = 1_800_000_000;
export const PAGE = 'https://data.example.test/explore/';

export const PLAN = {
  site: 'example.test',
  sites: ['example.test', 'tracker.other.test'],
  counts: { 'example.test': 12, 'tracker.other.test': 3 },
  storeId: '0',
  incognito: false,
};

const ev = (
  t: number,
  name: string,
  consentClass: ConsentClass,
  event: TimelineEvent['event'] = 'set',
  phase: TimelineEvent['phase'] = 'before-choice',
  domain = '.example.test',
): TimelineEvent => ({
  t: T0 + t,
  phase,
  name,
  domain,
  path: '/',
  event,
  consentClass,
});

/** A misbehaving site: _ga before any choice, _pk_id (exemptable) before, a refusal, then _fbp written and _ga renewed after it. */
export const TIMELINE: TimelineEvent[] = [
  ev(1, 'JSESSIONID', 'exempt'),
  ev(2, '_ga', 'needs-consent'),
  ev(3, '_pk_id.1.abcd', 'exemptable'),
  ev(10, 'cookies_preferences', 'exempt', 'set', 'after-refusal'),
  ev(12, '_fbp', 'needs-consent', 'set', 'after-refusal', '.tracker.other.test'),
  ev(14, '_ga', 'needs-consent', 'renewed', 'after-refusal'),
  ev(20, '_pk_id.1.abcd', 'exemptable', 'removed', 'after-refusal'),
];

export const PHASES: AuditPhaseRecord[] = [
  { phase: 'before-choice', startedAt: T0, consent: { cmp: 'none', decided: false, choice: 'unknown' } },
  { phase: 'after-refusal', startedAt: T0 + 10, consent: { cmp: 'opendatasoft', decided: true, choice: 'refused' } },
];

/** The rows the background would send for a timeline (status undeclared: no declaration). */
export function rowsFor(
  timeline: readonly TimelineEvent[],
  phases: readonly AuditPhaseRecord[],
): { rows: AuditRow[]; findings: ReturnType<typeof auditFindings> } {
  const findings = auditFindings(timeline, phases);
  const rows = findings.cookies.map((c) => ({
    cookie: c.name,
    domain: c.domain,
    path: c.path,
    status: 'undeclared' as const,
    flags: c.flags,
    consentClass: c.consentClass,
    phase: c.firstPhase,
    severity: c.severity,
  }));
  return { rows, findings };
}

export function idle(patch: Partial<AuditSnapshot> = {}): AuditSnapshot {
  return {
    state: 'idle',
    tabId: TAB,
    pageUrl: PAGE,
    site: 'example.test',
    source: { url: 'https://data.example.test/terms/cookies-policy/', sha256: 'ab'.repeat(32), fetchedAt: '2027-01-15T08:00:00.000Z' },
    startedAt: null,
    endedAt: null,
    endReason: null,
    phases: [],
    timeline: [],
    rows: [],
    findings: [],
    verdict: null,
    consent: null,
    needsAnswer: false,
    restored: null,
    plan: PLAN,
    ...patch,
  };
}

export function recording(patch: Partial<AuditSnapshot> = {}, timeline = TIMELINE, phases = PHASES): AuditSnapshot {
  const { rows, findings } = rowsFor(timeline, phases);
  return idle({
    state: 'recording',
    startedAt: T0,
    phases,
    timeline,
    rows,
    findings: findings.cookies,
    verdict: findings.verdict,
    consent: { cmp: 'opendatasoft', decided: true, choice: 'refused' },
    plan: null,
    ...patch,
  });
}

export function done(patch: Partial<AuditSnapshot> = {}): AuditSnapshot {
  return recording({
    state: 'done',
    endedAt: T0 + 60,
    endReason: 'stopped',
    restored: { count: 148, failed: [{ name: 'old_pref', domain: 'data.example.test', path: '/', reason: 'expired meanwhile' }], removedWritten: 4 },
    ...patch,
  });
}

/** A synthetic audit of `cookies` cookies and `events` events (the bench's shape, smaller). */
export function large(cookies: number, events: number): AuditSnapshot {
  const classes: ConsentClass[] = ['needs-consent', 'exemptable', 'exempt', 'unknown'];
  const timeline: TimelineEvent[] = [];
  for (let i = 0; i < events; i++) {
    const c = i % cookies;
    timeline.push(ev(i, `c${c}`, classes[c % 4]!, i < cookies ? 'set' : 'renewed', i < events / 2 ? 'before-choice' : 'after-refusal'));
  }
  const phases: AuditPhaseRecord[] = [PHASES[0]!, { ...PHASES[1]!, startedAt: T0 + Math.floor(events / 2) }];
  return recording({}, timeline, phases);
}
