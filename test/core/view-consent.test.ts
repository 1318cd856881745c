/**
 * The report view with consent: every row's consent class and reason, the consent flags the
 * state implies, the reference consulted only as the last say, and the state carried as is.
 */
import type { ConsentState, ReferenceLookup } from '../../src/core/consent/types';
import type { CharterFinding, PageFacts, TabView } from '../../src/core/findings';
import type { ObservedCookie, ReportRow } from '../../src/core/types';
import { buildTabView, needsReference, type ViewInput } from '../../src/core/view';
import { cookie, declaration, entry, NOW, PAGE } from './compare/helpers';

const DAY = 86_400;
const facts: PageFacts = {
  pageUrl: PAGE,
  portalName: 'Demo',
  portal: { isPortal: true, confidence: 'strong', signs: [] },
  readableNames: [],
  thirdPartyHosts: [],
};
const finding: CharterFinding = {
  status: 'ok',
  url: 'https://data.example.test/terms/cookies-policy/',
  fetchedAt: '2026-01-01T00:00:00.000Z',
  sha256: 'a'.repeat(64),
  tried: [],
  declaration: declaration([
    entry(['sessionid'], { section: 'Cookies nécessaires', category: 'necessary' }),
    entry(['_pk_id.*'], { section: "Mesure d'audience", category: 'statistics', provider: 'Matomo' }),
  ]),
};
const COOKIES: ObservedCookie[] = [
  cookie('sessionid', null),
  cookie('_pk_id.1.abcd', 30 * DAY),
  cookie('_ga', 400 * DAY, { domain: '.example.test', hostOnly: false }),
  cookie('cookies_preferences', 180 * DAY),
  cookie('zz_mystery', DAY),
];

function view(extra: Partial<ViewInput> = {}, cookies = COOKIES): Extract<TabView, { kind: 'report' }> {
  const v = buildTabView({ tabUrl: PAGE, tabLoading: false, facts, finding, cookies, now: NOW, ...extra });
  if (v.kind !== 'report') throw new Error(`not a report: ${v.kind}`);
  return v;
}
const row = (v: { report: { rows: ReportRow[] } }, name: string) => v.report.rows.find((r) => (r.observed?.name ?? r.declaredName) === name) as ReportRow;
const flagsOf = (v: ReturnType<typeof view>) =>
  Object.fromEntries(
    v.report.rows.map((r) => [
      r.observed?.name ?? r.declaredName,
      r.flags.filter((f) => f.startsWith('set-') || f === 'needs-check' || f.startsWith('choice-')),
    ]),
  );
const refused: ConsentState = {
  cmp: 'opendatasoft',
  decided: true,
  choice: 'refused',
  categories: { ga: false, matomo: false },
  decidedAt: '2026-12-03T10:00:00.000Z',
};

describe('consent class and reason of every row', () => {
  it('says what decided: the charter section, the known-tracker table, else nothing', () => {
    const v = view();
    expect(row(v, 'sessionid')).toMatchObject({ consentClass: 'exempt', consentReason: { basis: 'charter-section', detail: 'Cookies nécessaires' } });
    expect(row(v, '_ga')).toMatchObject({ consentClass: 'needs-consent', consentReason: { basis: 'known-tracker', detail: 'Google Analytics' } });
    expect(row(v, '_pk_id.1.abcd')).toMatchObject({ consentClass: 'exemptable' });
    expect(row(v, 'zz_mystery')).toMatchObject({ consentClass: 'unknown', consentReason: { basis: 'none' } });
    expect(v.report.rows.every((r) => r.consentClass !== undefined && r.consentReason !== undefined)).toBe(true);
  });

  it('asks the reference only for what the charter and the table leave open', () => {
    const asked: string[] = [];
    const reference: ReferenceLookup = (name) => {
      asked.push(name);
      return name === 'zz_mystery' ? { class: 'needs-consent', detail: 'Mystery Ads' } : undefined;
    };
    const v = view({ reference });
    expect(row(v, 'zz_mystery')).toMatchObject({ consentClass: 'needs-consent', consentReason: { basis: 'reference', detail: 'Mystery Ads' } });
    expect(asked).not.toContain('_ga');
    expect(asked).not.toContain('sessionid');
    expect(needsReference(v)).toBe(false);
    expect(needsReference(view())).toBe(true);
    expect(needsReference(view({}, [cookie('sessionid', null)]))).toBe(false);
  });
});

describe('consent flags outside an audit', () => {
  it.each<[string, ConsentState | undefined, Record<string, string[]>]>([
    ['no consent cookie: before any choice', undefined, { _ga: ['set-before-choice'], '_pk_id.1.abcd': ['needs-check'] }],
    [
      'an undecided state: before any choice',
      { cmp: 'axeptio', decided: false, choice: 'unknown' },
      { _ga: ['set-before-choice'], '_pk_id.1.abcd': ['needs-check'] },
    ],
    ['a refusal', refused, { _ga: ['set-after-refusal'], '_pk_id.1.abcd': ['needs-check'] }],
    ['an acceptance', { ...refused, choice: 'accepted' }, {}],
    ['a choice of unknown content', { cmp: 'opendatasoft', decided: true, choice: 'unknown' }, {}],
  ])('%s', (_, consent, expected) => {
    const v = view(consent ? { consent } : {});
    const flags = flagsOf(v);
    for (const [name, list] of Object.entries(flags)) expect([name, list]).toEqual([name, expected[name] ?? []]);
  });

  it('a site with no consent cookie and nothing that needs one gets no consent flag', () => {
    const v = view({}, [cookie('sessionid', null), cookie('_pk_id.1.abcd', 30 * DAY)]);
    expect(v.report.rows.flatMap((r) => r.flags)).toEqual([]);
  });

  it('flags a choice cookie living past 6 months, whatever the choice', () => {
    const long = COOKIES.map((c) => (c.name === 'cookies_preferences' ? cookie('cookies_preferences', 365 * DAY) : c));
    expect(row(view({ consent: refused }, long), 'cookies_preferences').flags).toContain('choice-over-6-months');
    expect(row(view({ consent: { ...refused, choice: 'accepted' } }, long), 'cookies_preferences').flags).toContain('choice-over-6-months');
    expect(row(view({ consent: refused }), 'cookies_preferences').flags).not.toContain('choice-over-6-months');
  });

  it('keeps the report flags, the summary and the state as given', () => {
    const v = view({ consent: refused });
    expect(row(v, '_ga').flags).toEqual(['over-13-months', 'set-after-refusal']);
    expect(v.consent).toEqual(refused);
    expect(v.report.summary).toEqual(view().report.summary);
    expect('consent' in view()).toBe(false);
  });
});
