/**
 * Any site, with the fake browser (the glue only; test/e2e/any-site.test.ts proves it in Chromium
 * and Firefox ESR): a page that is not a portal is examined on the popup's request only, its
 * globals' declaration merged into what its reader found, the pointed page used first and
 * forgotten, and an untrusted dump that is not clean never used.
 */
import { fakeBrowser } from '../fakes/browser';
import { handlers } from '../../src/background/handlers';
import { judgeDump } from '../../src/background/any-site/globals';
import type { CharterFinding, PageFacts, TabView } from '../../src/contracts/state';
import type { Runtime } from '../../src/platform/browser';

const { browser } = fakeBrowser;
const PAGE = 'https://www.mairie.test/';
const POLICY = 'https://www.mairie.test/cookies/';
// Each test its own tab: the worker's memory (view memo, running examinations) is per tab.
let TAB = 0;

const facts = (isPortal = false): PageFacts => ({
  pageUrl: PAGE,
  portalName: 'Mairie',
  portal: { isPortal, confidence: 'none', signs: [] },
  readableNames: [],
  thirdPartyHosts: [],
});
const notFound: CharterFinding = { status: 'not-found', tried: [`${PAGE}cookie-policy/`], message: 'none' };
const TAC_DUMP = {
  tarteaucitron: {
    job: ['gtag'],
    parameters: { cookieName: 'tarteaucitron' },
    services: { gtag: { key: 'gtag', type: 'analytic', name: 'Google Analytics', cookies: ['_ga'] } },
  },
};
const sender = () => ({ id: 'test-extension', url: PAGE, frameId: 0, tab: { id: TAB, incognito: false } }) as unknown as Runtime.MessageSender;
const popupSender = { id: 'test-extension', url: 'chrome-extension://test-extension/popup.html' } as Runtime.MessageSender;

type Injection = { files?: string[]; world?: string; func?: unknown };
let dump: unknown = TAC_DUMP;
let pointedSeen: (string | undefined)[] = [];

/** What the reader does once injected: report the page, then what it found. */
async function runReader(finding: CharterFinding = notFound) {
  const { pointed } = await handlers['portal-seen'](facts(), sender());
  pointedSeen.push(pointed);
  await handlers['charter-read']({ finding }, sender());
}

beforeEach(() => {
  fakeBrowser.reset();
  jest.clearAllMocks();
  TAB++;
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  dump = TAC_DUMP;
  pointedSeen = [];
  browser.tabs.get.mockImplementation(async (id: number) => ({ id, url: PAGE, status: 'complete', incognito: false }));
  browser.cookies.getAllCookieStores.mockResolvedValue([{ id: '0', tabIds: [TAB] }] as never);
  browser.scripting.executeScript.mockImplementation(async (details: unknown) => {
    const d = details as Injection;
    if (d.files?.includes('probe.js')) return [{ result: { isPortal: false } }];
    if (d.world === 'MAIN') return [{ result: dump }];
    if (d.files?.includes('reader.js')) void runReader();
    return [{ result: false }]; // the reader's marker: not injected yet
  });
});

const injections = () => browser.scripting.executeScript.mock.calls.map(([d]) => d as Injection);
const view = () => handlers['get-tab-view']({ tabId: TAB }, popupSender) as Promise<TabView>;

describe('a page that is not a portal', () => {
  it('is examined when the popup asks, not before: its globals in the page world, then the reader', async () => {
    expect(injections()).toEqual([]);
    const shown = await view();
    expect(injections().map((d) => d.world ?? d.files?.join() ?? 'marker')).toEqual(['probe.js', 'MAIN', 'marker', 'reader.js']);
    expect(shown).toMatchObject({ kind: 'report', anySite: { sources: [{ kind: 'tarteaucitron', url: PAGE }], globals: 'read', pointed: null } });
    // Asked again: the record answers; nothing is injected a second time.
    const again = await view();
    expect(again.kind).toBe('report');
    expect(injections()).toHaveLength(4);
  });

  it('shows "nothing found" as the page that is not a portal it is, with the addresses tried', async () => {
    dump = {};
    const shown = await view();
    expect(shown).toMatchObject({ kind: 'not-portal', anySite: { sources: [], globals: 'none', tried: notFound.tried } });
  });

  it('merges the policy page and the platform, each cited, and keeps the source kinds in order', async () => {
    browser.scripting.executeScript.mockImplementation(async (details: unknown) => {
      const d = details as Injection;
      if (d.files?.includes('probe.js')) return [{ result: { isPortal: false } }];
      if (d.world === 'MAIN') return [{ result: dump }];
      if (d.files?.includes('reader.js')) void runReader(policyFinding(['tarteaucitron']));
      return [{ result: false }];
    });
    const shown = await view();
    expect(shown.anySite?.sources.map((s) => s.kind)).toEqual(['cookie-table', 'tarteaucitron']);
  });
});

describe('a page without a table at a usual address', () => {
  const noTable = (title: string): CharterFinding => ({
    status: 'no-table',
    title,
    url: `${PAGE}cookie-policy/`,
    fetchedAt: '2026-01-01T00:00:00.000Z',
    sha256: 'c'.repeat(64),
    tried: [`${PAGE}cookie-policy/`],
  });
  it.each([
    ['Just a web page', 'not-portal'],
    ['Politique de cookies', 'no-table'],
  ])('titled %j is shown as %s', async (title, kind) => {
    dump = {};
    browser.scripting.executeScript.mockImplementation(async (details: unknown) => {
      const d = details as Injection;
      if (d.files?.includes('probe.js')) return [{ result: { isPortal: false } }];
      if (d.world === 'MAIN') return [{ result: dump }];
      if (d.files?.includes('reader.js')) void runReader(noTable(title));
      return [{ result: false }];
    });
    expect((await view()).kind).toBe(kind);
  });
});

describe('the page the user pointed at', () => {
  it('is remembered per site, given to the reader first, and forgotten on request', async () => {
    browser.tabs.get.mockImplementation(async (id: number) => ({ id, url: `${POLICY}#top`, status: 'complete', incognito: false }));
    expect(await handlers['source-point']({ tabId: TAB }, popupSender)).toEqual({ ok: true });
    expect(await browser.storage.local.get('site-policy')).toEqual({ 'site-policy': { 'mairie.test': POLICY } });
    expect(pointedSeen).toEqual([POLICY]);
    await handlers['source-forget']({ tabId: TAB }, popupSender);
    expect(await browser.storage.local.get('site-policy')).toEqual({ 'site-policy': {} });
    expect(pointedSeen).toEqual([POLICY, undefined]);
  });

  it('stays out of the disk in a private window', async () => {
    browser.tabs.get.mockImplementation(async (id: number) => ({ id, url: POLICY, status: 'complete', incognito: true }));
    await handlers['source-point']({ tabId: TAB }, popupSender);
    expect(await browser.storage.local.get('site-policy')).toEqual({});
    expect(await browser.storage.session.get('site-policy')).toEqual({ 'site-policy': { 'mairie.test': POLICY } });
  });

  it('is refused to a web page', async () => {
    await expect(handlers['source-point']({ tabId: TAB }, sender())).rejects.toThrow(/not an extension page/);
  });
});

describe('an untrusted dump', () => {
  it.each([
    ['a global whose getter threw', { tarteaucitron: { $error: 'no' } }],
    ['a list cut at the cap', { klaro: { services: [...Array<null>(2000).fill(null), { $error: 'capped' }] } }],
    ['a Proxy that threw', { orejime: { $error: 'trap' } }],
    ['prototype keys only', JSON.parse('{"cookiebot": {"__proto__": {"cookieTableNecessary": [["evil", "x", "y", "1 year", "1"]]}}}')],
  ])('is not used when it holds %s', (_what, hostile) => {
    expect(judgeDump(hostile, PAGE)).toMatchObject({ globals: 'unreadable', declarations: [] });
  });

  it.each([null, 'tarteaucitron', [TAC_DUMP], 42])('declares nothing when it is %p', (value) => {
    expect(judgeDump(value, PAGE)).toEqual({ globals: 'none', declarations: [], sha256: null, unreadable: [] });
  });

  it('cites a clean reading with the page URL and the SHA-256 of the dump', () => {
    const read = judgeDump(TAC_DUMP, PAGE);
    expect(read.globals).toBe('read');
    expect(read.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(read.declarations[0]?.entries.map((e) => [e.names, e.source?.url])).toEqual([
      [['_ga'], PAGE],
      [['tarteaucitron'], PAGE],
    ]);
  });
});

function policyFinding(names: string[]): CharterFinding {
  return {
    status: 'ok',
    url: POLICY,
    fetchedAt: '2026-01-01T00:00:00.000Z',
    sha256: 'b'.repeat(64),
    tried: [POLICY],
    declaration: {
      title: 'Cookies',
      url: POLICY,
      entries: names.map((name) => ({
        names: [name],
        provider: 'Mairie',
        service: '',
        purpose: 'Consent choices',
        durationText: '1 year',
        maxAgeSeconds: 31_536_000,
        session: false,
        conditional: false,
        condition: null,
        section: '',
        category: 'necessary' as const,
      })),
    },
  };
}
