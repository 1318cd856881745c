/**
 * The background's trust and cache glue, with the fake browser: who may send what, where a charter
 * is kept (storage.session only, keyed on the sender's store and origin), what `portal-seen` says.
 */
import { fakeBrowser } from '../fakes/browser';
import { handlers } from '../../src/background/handlers';
import { MAX_ENTRY_BYTES } from '../../src/core/cache-policy';
import type { CharterFinding, PageFacts } from '../../src/contracts/state';
import type { Runtime } from '../../src/platform/browser';

const { browser } = fakeBrowser;
const PORTAL = 'https://data.example.test/explore/';

const facts = (pageUrl = PORTAL): PageFacts => ({
  pageUrl,
  portalName: 'Demo',
  portal: { isPortal: true, confidence: 'strong', signs: [] },
  readableNames: [],
  thirdPartyHosts: [],
});
const charter = (sha = 'a'.repeat(64), names = ['sessionid']): CharterFinding => ({
  status: 'ok',
  url: 'https://data.example.test/terms/cookies-policy/',
  fetchedAt: '2026-01-01T00:00:00.000Z',
  sha256: sha,
  tried: [],
  declaration: {
    title: 'Charte',
    url: 'https://data.example.test/terms/cookies-policy/',
    entries: names.map((name) => ({
      names: [name],
      provider: 'Huwise',
      service: '',
      purpose: 'Purpose of the cookie',
      durationText: '6 months',
      maxAgeSeconds: null,
      session: false,
      conditional: false,
      condition: null,
      section: '',
      category: 'necessary' as const,
    })),
  },
});
const tabSender = (tabId: number, url = PORTAL, extra: Partial<Runtime.MessageSender> = {}, tab: Record<string, unknown> = {}) =>
  ({ id: 'test-extension', url, frameId: 0, tab: { id: tabId, incognito: false, ...tab }, ...extra }) as Runtime.MessageSender;
const popupSender = { id: 'test-extension', url: 'chrome-extension://test-extension/popup.html' } as Runtime.MessageSender;

const sessionKeys = async () => Object.keys(await browser.storage.session.get(null));

beforeEach(() => {
  fakeBrowser.reset();
  jest.clearAllMocks();
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  browser.tabs.get.mockImplementation(async (id: number) => ({ id, url: PORTAL, status: 'complete' }));
  browser.cookies.getAllCookieStores.mockResolvedValue([
    { id: '0', tabIds: [1, 2] },
    { id: '1', tabIds: [7] },
  ] as never);
});

async function readCharterIn(tabId: number, finding = charter(), sender = tabSender(tabId)) {
  expect(await handlers['portal-seen'](facts(), sender)).toEqual({ cached: false });
  await handlers['charter-read']({ finding }, sender);
}

describe('sender checks', () => {
  it("refuses page facts whose URL is not of the sending tab's origin", async () => {
    await expect(handlers['portal-seen'](facts(), tabSender(1, 'https://plain.example.test/'))).rejects.toThrow(/another origin/);
    expect(await sessionKeys()).toEqual([]);
  });

  it('refuses a charter from a tab that is now on another origin than its page facts', async () => {
    await handlers['portal-seen'](facts(), tabSender(1));
    await expect(handlers['charter-read']({ finding: charter() }, tabSender(1, 'https://evil.test/'))).rejects.toThrow(/another origin/);
    expect((await sessionKeys()).some((k) => k.startsWith('charter:'))).toBe(false);
  });

  it.each([
    ['a sub-frame', tabSender(1, PORTAL, { frameId: 3 })],
    ['no tab', { id: 'test-extension', url: PORTAL, frameId: 0 } as Runtime.MessageSender],
    ['an extension page in a tab', tabSender(1, 'chrome-extension://test-extension/popup.html')],
  ])('refuses content-script requests from %s', async (_label, sender) => {
    const refusal = /top frame|web page/;
    await expect(handlers['portal-seen'](facts(), sender)).rejects.toThrow(refusal);
    await expect(handlers['charter-read']({ finding: charter() }, sender)).rejects.toThrow(refusal);
    await expect(handlers['portal-detected']({}, sender)).rejects.toThrow(refusal);
  });

  it.each(['ping', 'get-tab-view', 'refresh-charter'] as const)('refuses the popup-only %s from a content script', async (type) => {
    await expect(Promise.resolve().then(() => handlers[type]({ tabId: 1 } as never, tabSender(1)))).rejects.toThrow(/not an extension page/);
  });
});

describe('the charter cache', () => {
  it('answers portal-seen with a boolean, never a charter', async () => {
    await readCharterIn(1);
    const answer = await handlers['portal-seen'](facts(), tabSender(2));
    expect(answer).toEqual({ cached: true });
  });

  it("keeps charters in storage.session only, keyed on the store and the sender's origin", async () => {
    await readCharterIn(1);
    expect(await sessionKeys()).toContain('charter:0|https://data.example.test');
    expect(browser.storage.local.set).not.toHaveBeenCalled();
  });

  it("keeps a private window's charter apart from the normal window's, and never on disk", async () => {
    await readCharterIn(1, charter('a'.repeat(64)));
    const privateTab = tabSender(7, PORTAL, {}, { incognito: true });
    expect(await handlers['portal-seen'](facts(), privateTab)).toEqual({ cached: false });
    await handlers['charter-read']({ finding: charter('b'.repeat(64)) }, privateTab);
    const session = await browser.storage.session.get(null);
    expect(
      Object.keys(session)
        .filter((k) => k.startsWith('charter:'))
        .sort(),
    ).toEqual(['charter:0|https://data.example.test', 'charter:1|https://data.example.test']);
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toContain('data.example.test');
    expect(browser.storage.local.set).not.toHaveBeenCalled();
  });

  it("keeps Firefox containers apart by the tab's cookieStoreId", async () => {
    await readCharterIn(1, charter(), tabSender(1, PORTAL, {}, { cookieStoreId: 'firefox-container-2' }));
    expect(await sessionKeys()).toContain('charter:firefox-container-2|https://data.example.test');
  });

  it('shows a charter too large to cache for its tab only, without failing', async () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `cookie_name_${i}`);
    await readCharterIn(1, charter('c'.repeat(64), names));
    expect(JSON.stringify(await browser.storage.session.get(null)).length).toBeLessThan(MAX_ENTRY_BYTES);
    expect(await handlers['portal-seen'](facts(), tabSender(2))).toEqual({ cached: false });
    const view = await handlers['get-tab-view']({ tabId: 1 }, popupSender);
    expect(view.kind).toBe('report');
  });

  it("the popup's retry forgets the cached charter and asks the tab to read it again", async () => {
    await readCharterIn(1);
    browser.tabs.sendMessage.mockResolvedValue({ ok: true });
    expect(await handlers['refresh-charter']({ tabId: 1 }, popupSender)).toEqual({ ok: true });
    expect((await sessionKeys()).some((k) => k.startsWith('charter:0|'))).toBe(false);
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(1, { type: 'rescan', payload: { force: true } });
  });
});

describe('needless work', () => {
  it("compares once per change: the popup answering tab-changed gets the refresh's view", async () => {
    await readCharterIn(1);
    const reads = browser.cookies.getAll.mock.calls.length;
    await handlers['get-tab-view']({ tabId: 1 }, popupSender);
    expect(browser.cookies.getAll.mock.calls.length).toBe(reads);
    await handlers['get-tab-view']({ tabId: 1 }, popupSender); // taken once: the next asks afresh
    expect(browser.cookies.getAll.mock.calls.length).toBeGreaterThan(reads);
  });
});
