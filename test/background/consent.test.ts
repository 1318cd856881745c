/**
 * The background's consent glue, with the fake browser: the consent cookie is read with its value
 * in the tab's store, only the derived state reaches the view, and the reference database is
 * fetched only when a row needs it, once per worker.
 */
import { fakeBrowser } from '../fakes/browser';
import { computeTabView } from '../../src/background/tab-view';
import { writeTab } from '../../src/platform/storage';
import type { CharterFinding } from '../../src/contracts/state';
import { gzipSync } from 'node:zlib';
import { compactReference } from '../core/reference/shipped';

const { browser } = fakeBrowser;
const PAGE = 'https://data.example.test/explore/';
const SECRET = 'S3CRET-consent-4a1f';
const GA_SECRET = 'GA1.1.S3CRETga.77';
const NOW = Math.floor(Date.now() / 1000);

const finding: CharterFinding = {
  status: 'ok',
  url: 'https://data.example.test/terms/cookies-policy/',
  fetchedAt: '2026-01-01T00:00:00.000Z',
  sha256: 'a'.repeat(64),
  tried: [],
  declaration: {
    title: 'Charte',
    url: 'https://data.example.test/terms/cookies-policy/',
    entries: [
      {
        names: ['sessionid'],
        provider: 'Huwise',
        service: '',
        purpose: 'Session',
        durationText: '',
        maxAgeSeconds: null,
        session: true,
        conditional: false,
        condition: null,
        section: 'Cookies nécessaires',
        category: 'necessary',
      },
    ],
  },
};
const raw = (name: string, value: string, extra: Record<string, unknown> = {}) => ({
  name,
  value,
  domain: 'data.example.test',
  path: '/',
  hostOnly: true,
  secure: true,
  httpOnly: false,
  sameSite: 'lax',
  session: false,
  expirationDate: NOW + 3600 * 24 * 30,
  storeId: '7',
  ...extra,
});
const refusal = encodeURIComponent(
  JSON.stringify({ ga: false, matomo: false, functional_cookies: true, timestamp: Date.UTC(2026, 11, 3, 10), comment: SECRET }),
);

let jar: ReturnType<typeof raw>[] = [];
const fetchMock = jest.fn();

beforeAll(() => {
  globalThis.fetch = fetchMock as unknown as typeof fetch;
});

beforeEach(async () => {
  fakeBrowser.reset();
  jest.clearAllMocks();
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  browser.tabs.get.mockImplementation(async (id: number) => ({ id, url: PAGE, status: 'complete' }));
  browser.cookies.getAll.mockImplementation(async () => jar);
  jar = [
    raw('sessionid', 'sess-value', { session: true, expirationDate: undefined }),
    raw('cookies_preferences', refusal),
    raw('_ga', GA_SECRET, { domain: '.example.test', hostOnly: false }),
  ];
  const facts = {
    pageUrl: PAGE,
    portalName: 'Demo',
    portal: { isPortal: true, confidence: 'strong' as const, signs: [] },
    readableNames: [],
    thirdPartyHosts: [],
  };
  await writeTab(1, { facts, origin: 'https://data.example.test', storeId: '7', incognito: false, finding });
});

describe('the consent state', () => {
  it('is derived from the value, and no value reaches the view', async () => {
    const view = await computeTabView(1);
    expect(view.kind).toBe('report');
    if (view.kind !== 'report') return;
    expect(view.consent).toEqual({
      cmp: 'opendatasoft',
      decided: true,
      choice: 'refused',
      categories: { ga: false, matomo: false, functional_cookies: true },
      decidedAt: '2026-12-03T10:00:00.000Z',
    });
    const text = JSON.stringify(view);
    for (const value of [SECRET, refusal, GA_SECRET, 'sess-value', encodeURIComponent(SECRET)]) expect(text).not.toContain(value);
    const ga = view.report.rows.find((r) => r.observed?.name === '_ga');
    expect(ga).toMatchObject({ consentClass: 'needs-consent', consentReason: { basis: 'known-tracker', detail: 'Google Analytics' } });
    expect(ga?.flags).toContain('set-after-refusal');
  });

  it("is read in the tab's cookie store, from the cookies sent to the page", async () => {
    await computeTabView(1);
    expect(browser.cookies.getAll).toHaveBeenCalledWith({ url: PAGE, storeId: '7' });
  });

  it('is absent when the site has no consent cookie, and the rows say "before any choice"', async () => {
    jar = jar.filter((c) => c.name !== 'cookies_preferences');
    const view = await computeTabView(1);
    expect(view.kind === 'report' && 'consent' in view).toBe(false);
    expect(view.kind === 'report' && view.report.rows.find((r) => r.observed?.name === '_ga')?.flags).toContain('set-before-choice');
  });
});

describe('the reference database', () => {
  const reference = compactReference(
    [
      'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match',
      '1,Mystery Ads,Marketing,zz_mystery,,An ad cookie,1 year,,,0',
    ].join('\n'),
    { entries: [] },
  );
  const mysteryRow = async () => {
    const view = await computeTabView(1);
    return view.kind === 'report' ? view.report.rows.find((r) => r.observed?.name === 'zz_mystery') : undefined;
  };

  it('is not fetched when the charter and the known trackers decide every row', async () => {
    await computeTabView(1);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('when it cannot be read, classes stay unknown and the view still shows; a later view tries again', async () => {
    jar.push(raw('zz_mystery', 'm'));
    fetchMock.mockRejectedValueOnce(new Error('offline'));
    expect(await mysteryRow()).toMatchObject({ consentClass: 'unknown', consentReason: { basis: 'none' } });
    fetchMock.mockResolvedValueOnce(new Response(gzipSync(JSON.stringify(reference)), { status: 404 }));
    expect(await mysteryRow()).toMatchObject({ consentClass: 'unknown' });
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(reference))); // the data as is, not gzipped
    expect(await mysteryRow()).toMatchObject({ consentClass: 'unknown' });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('is fetched from the extension when a row needs it, and built once per worker', async () => {
    jar.push(raw('zz_mystery', 'm'));
    fetchMock.mockImplementation(async () => new Response(gzipSync(JSON.stringify(reference))));
    expect(await mysteryRow()).toMatchObject({ consentClass: 'needs-consent', consentReason: { basis: 'reference', detail: 'Mystery Ads' } });
    expect(fetchMock).toHaveBeenCalledWith('chrome-extension://test-extension/reference.json.gz');
    expect(await mysteryRow()).toMatchObject({ consentClass: 'needs-consent' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
