import { classifier } from '../../src/core/audit/classes';
import { applyChanges } from '../../src/core/audit/recorder';
import { buildSnapshot, idleSnapshot } from '../../src/background/audit/snapshot';
import type { Declaration, DeclaredEntry } from '../../src/core/types';
import { change, record, T0 } from '../core/audit/fixtures';

const entry = (names: string[], category: DeclaredEntry['category'], condition: string | null = null): DeclaredEntry => ({
  names,
  provider: '',
  service: '',
  purpose: '',
  durationText: '13 mois',
  maxAgeSeconds: 13 * 2_629_800,
  session: false,
  conditional: condition !== null,
  condition,
  section: '',
  category,
});
const declaration: Declaration = {
  title: 'Charte',
  url: 'https://data.example.test/terms/cookies-policy/',
  entries: [entry(['sessionid'], 'necessary'), entry(['_pk_id.*'], 'statistics')],
};
const source = { declaration, source: { url: declaration.url, sha256: 'a'.repeat(64), fetchedAt: '2026-12-01T00:00:00.000Z' } };

function recorded() {
  const classOf = classifier(declaration);
  const refusal = change(
    T0 + 10,
    'tarteaucitron',
    { consent: { cmp: 'tarteaucitron', decided: true, choice: 'refused' } },
    { expirationDate: T0 + 10 + 365 * 86_400 },
  );
  const changes = [
    change(T0 + 1, '_ga'),
    change(T0 + 2, '_pk_id.1.ab'),
    change(T0 + 3, 'sessionid', {}, { domain: 'data.example.test', hostOnly: true }),
    refusal,
    change(T0 + 11, '_fbp'),
  ];
  return applyChanges(record(), changes, classOf).record;
}

describe('buildSnapshot', () => {
  it('compares written cookies with the declaration and gives each row its audit flags, class and first phase', () => {
    const snap = buildSnapshot(recorded(), source, T0 + 20);
    const row = (name: string) => snap.rows.find((r) => r.cookie === name);
    expect(row('_ga')).toMatchObject({
      status: 'undeclared',
      consentClass: 'needs-consent',
      phase: 'before-choice',
      severity: 'violation',
      flags: expect.arrayContaining(['set-before-choice']),
    });
    expect(row('_pk_id.1.ab')).toMatchObject({
      status: 'matched',
      consentClass: 'exemptable',
      flags: expect.arrayContaining(['needs-check']),
      severity: 'to-check',
    });
    expect(row('sessionid')).toMatchObject({ status: 'matched', consentClass: 'exempt', flags: [], severity: null });
    expect(row('_fbp')).toMatchObject({ phase: 'after-refusal', flags: expect.arrayContaining(['set-after-refusal']) });
    expect(row('tarteaucitron')?.flags).toContain('choice-over-6-months');
    expect(snap.verdict?.byFlag['set-before-choice']).toBe(1);
    expect(snap.verdict?.writesByPhase).toMatchObject({ 'before-choice': 3, 'after-refusal': 2 });
    expect(snap.source?.sha256).toBe('a'.repeat(64));
    expect(snap).toMatchObject({ state: 'recording', site: 'example.test', plan: null });
  });

  it('without a declaration every audited cookie is undeclared, classed by the known trackers', () => {
    const snap = buildSnapshot(recorded(), null, T0 + 20);
    expect(new Set(snap.rows.map((r) => r.status))).toEqual(new Set(['undeclared']));
    expect(snap.rows.find((r) => r.cookie === '_ga')?.consentClass).toBe('needs-consent');
    expect(snap.source).toBeNull();
  });

  it('a cookie only removed during the audit keeps a row with no phase', () => {
    const rec = applyChanges(record(), [change(T0 + 1, 'old', { removed: true, cause: 'explicit' })], () => 'unknown').record;
    expect(buildSnapshot(rec, null, T0 + 2).rows).toEqual([expect.objectContaining({ cookie: 'old', phase: null, status: 'undeclared' })]);
  });
});

describe('idleSnapshot', () => {
  it('carries the plan and nothing recorded', () => {
    const plan = { site: 'example.test', sites: ['example.test'], counts: { 'example.test': 3 }, storeId: '0', incognito: false };
    expect(idleSnapshot(4, 'https://data.example.test/', plan)).toMatchObject({ state: 'idle', tabId: 4, plan, rows: [], timeline: [], verdict: null });
  });
});
