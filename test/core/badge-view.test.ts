import { badgeFor, type BadgePhrases } from '../../src/core/badge';
import type { CharterFinding, PageFacts } from '../../src/core/findings';
import type { ObservedCookie } from '../../src/core/types';
import { buildTabView } from '../../src/core/view';

const phrases: BadgePhrases = {
  idle: 'idle',
  loading: 'loading',
  noCharter: 'no charter',
  undeclared: (n) => `${n} undeclared`,
  allDeclared: (n) => `all ${n} declared`,
};
const facts: PageFacts = {
  pageUrl: 'https://data.example.test/',
  portalName: 'Demo',
  portal: { isPortal: true, confidence: 'strong', signs: [] },
  readableNames: [],
  thirdPartyHosts: [],
};
const entry = {
  names: ['sessionid'],
  provider: 'Huwise',
  service: '',
  purpose: '',
  durationText: '2 weeks',
  maxAgeSeconds: 1209600,
  session: false,
  conditional: false,
  condition: null,
  section: '',
  category: 'necessary' as const,
};
const ok: CharterFinding = {
  status: 'ok',
  url: 'https://data.example.test/terms/cookies-policy/',
  fetchedAt: '2026-11-23T00:00:00Z',
  sha256: 'a'.repeat(64),
  tried: [],
  declaration: { title: 'Charte cookies', url: '', entries: [entry] },
};
const cookie = (name: string): ObservedCookie => ({
  name,
  domain: 'data.example.test',
  path: '/',
  hostOnly: true,
  secure: true,
  httpOnly: true,
  sameSite: 'lax',
  session: true,
  valueLength: 32,
});
const base = { tabUrl: 'https://data.example.test/', tabLoading: false, facts, finding: ok, cookies: [] as ObservedCookie[], now: 1_800_000_000 };

describe('buildTabView', () => {
  it('says not-portal when the content script reported nothing, loading while the tab loads', () => {
    expect(buildTabView({ ...base, facts: null }).kind).toBe('not-portal');
    expect(buildTabView({ ...base, facts: null, tabLoading: true }).kind).toBe('loading');
    expect(buildTabView({ ...base, finding: null }).kind).toBe('loading');
  });
  it('maps each charter finding to its state', () => {
    expect(buildTabView({ ...base, finding: { status: 'not-found', tried: ['u'], message: 'm' } })).toMatchObject({ kind: 'no-charter', tried: ['u'] });
    expect(buildTabView({ ...base, finding: { status: 'error', url: 'u', tried: [], message: 'HTTP 500' } })).toMatchObject({
      kind: 'error',
      message: 'HTTP 500',
    });
    expect(buildTabView({ ...base, finding: { status: 'no-table', title: 'T', tried: [], url: 'u', fetchedAt: 'f', sha256: 's' } })).toMatchObject({
      kind: 'no-table',
      title: 'T',
      source: { url: 'u' },
    });
  });
  it('compares the declaration with the cookies into a report', () => {
    const view = buildTabView({ ...base, cookies: [cookie('sessionid'), cookie('intruder')] });
    expect(view.kind).toBe('report');
    if (view.kind !== 'report') return;
    expect(view.report.summary).toMatchObject({ matched: 1, undeclared: 1 });
    expect(view.source.url).toBe(ok.url);
  });
});

describe('badgeFor', () => {
  const report = (cookies: ObservedCookie[]) => buildTabView({ ...base, cookies });
  it('is empty on pages that are not portals', () =>
    expect(badgeFor({ kind: 'not-portal', pageUrl: null }, phrases)).toEqual({ text: '', tone: 'none', title: 'idle' }));
  it('counts undeclared cookies in the alert colour', () =>
    expect(badgeFor(report([cookie('a'), cookie('b'), cookie('sessionid')]), phrases)).toEqual({ text: '2', tone: 'alert', title: '2 undeclared' }));
  it('shows a check mark when every observed cookie is declared', () =>
    expect(badgeFor(report([cookie('sessionid')]), phrases)).toEqual({ text: '✓', tone: 'ok', title: 'all 1 declared' }));
  it('caps the count to fit the badge', () => expect(badgeFor(report(Array.from({ length: 1200 }, (_, i) => cookie(`c${i}`))), phrases).text).toBe('999+'));
  it('marks a charter it could not read', () => expect(badgeFor({ kind: 'no-charter', pageUrl: 'u', tried: [], message: '' }, phrases).text).toBe('?'));
});
