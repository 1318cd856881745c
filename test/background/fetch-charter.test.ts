/**
 * The background's `fetch-charter` request: the request policy against the sending tab's origin,
 * no cookies, and an answer that holds what was read, never the page. This background is
 * Firefox's, given jsdom's DOMParser as its event page has one: it parses in place (the offscreen
 * path of Chrome's worker is test/platform/background-parse.test.ts).
 */
import { JSDOM } from 'jsdom';
import { fakeBrowser } from '../fakes/browser';
import { handlers } from '../../src/background/handlers';
import type { FetchedPage } from '../../src/contracts/messages';
import type { Runtime } from '../../src/platform/browser';
import { fetchPage } from '../../src/platform/fetch-page';

jest.mock('../../src/platform/fetch-page', () => ({ fetchPage: jest.fn() }));
const fetched = jest.mocked(fetchPage);

const PORTAL = 'http://farm.example.test:41234/explore/';
const CHARTER = 'http://legal.other.test:41234/charte';
const TABLE_PAGE =
  '<!doctype html><title>Charte</title><h2>Charte cookies</h2><table><thead><tr><th>Supplier name</th><th>Cookie name</th><th>Duration</th><th>Function</th></tr></thead>' +
  '<tbody><tr><td>Huwise</td><td>sessionid</td><td>2 weeks</td><td>Session</td></tr></tbody></table><p>Secret body text</p>';
const page = (over: Partial<Extract<FetchedPage, { ok: true }>> = {}): FetchedPage => ({
  ok: true,
  url: CHARTER,
  status: 200,
  contentType: 'text/html',
  html: TABLE_PAGE,
  ...over,
});
const tabSender = (url = PORTAL, extra: Partial<Runtime.MessageSender> = {}) =>
  ({ id: 'test-extension', url, frameId: 0, tab: { id: 3, incognito: false }, ...extra }) as Runtime.MessageSender;
const ask = (payload: unknown, sender = tabSender()) => handlers['fetch-charter'](payload as { url: string }, sender);

const g = globalThis as { DOMParser?: unknown; __TARGET__?: string };

beforeAll(() => {
  g.DOMParser = new JSDOM('').window.DOMParser;
  g.__TARGET__ = 'firefox';
});

afterAll(() => {
  delete g.DOMParser;
  g.__TARGET__ = 'chrome';
});

beforeEach(() => {
  fakeBrowser.reset();
  jest.clearAllMocks();
  fetched.mockResolvedValue(page());
});

describe('the fetch-charter request', () => {
  it('answers with the declaration it read, never the page', async () => {
    const answer = await ask({ url: CHARTER });
    expect(answer).toMatchObject({ kind: 'ok', declaration: { entries: [{ names: ['sessionid'] }] }, source: { url: CHARTER } });
    expect(JSON.stringify(answer)).not.toMatch(/<|Secret body text/);
  });

  it("fetches without the user's cookies", async () => {
    await ask({ url: CHARTER });
    expect(fetched).toHaveBeenCalledWith(CHARTER, 'omit');
  });

  it('answers a page without a table with its title only', async () => {
    fetched.mockResolvedValue(page({ html: '<title>Tracker</title><p>Third-party tracker</p>' }));
    const answer = await ask({ url: CHARTER });
    expect(answer).toMatchObject({ kind: 'no-table', title: 'Tracker' });
    expect(JSON.stringify(answer)).not.toContain('Third-party tracker');
  });

  it.each([
    ['http://127.0.0.1:41234/intranet', /loopback/],
    ['http://2130706433:41234/intranet', /loopback/],
    ['http://[::1]:41234/intranet', /loopback/],
    ['http://192.168.1.1:41234/', /private/],
    ['http://169.254.169.254:41234/latest/meta-data/', /link-local/],
    ['http://legal.other.test:9999/charte', /non-default port/],
    ['file:///etc/passwd', /invalid charter URL/],
  ])('refuses %s without requesting it', async (url, reason) => {
    await expect(ask({ url })).rejects.toThrow(reason);
    expect(fetched).not.toHaveBeenCalled();
  });

  it('judges the address against the sending tab, whatever the payload claims the page is', async () => {
    const loopback = 'http://127.0.0.1:41234/intranet';
    await expect(ask({ url: loopback, pageUrl: 'http://127.0.0.1:41234/' })).rejects.toThrow(/loopback/);
    // A portal that really is on loopback may read its neighbours on the same port.
    fetched.mockResolvedValue(page({ url: loopback }));
    await expect(ask({ url: loopback }, tabSender('http://localhost:41234/'))).resolves.toMatchObject({ kind: 'ok' });
  });

  it('discards the body of a redirect to an address the policy refuses', async () => {
    fetched.mockResolvedValue(page({ url: 'http://127.0.0.1:41234/intranet' }));
    expect(await ask({ url: CHARTER })).toEqual({
      kind: 'error',
      message: 'redirected to http://127.0.0.1:41234/intranet, a loopback address, which the extension does not read',
    });
  });

  it("answers only a tab's top frame on a web page", async () => {
    await expect(ask({ url: CHARTER }, tabSender(PORTAL, { frameId: 2 }))).rejects.toThrow(/top frame/);
    await expect(ask({ url: CHARTER }, { id: 'test-extension', url: 'chrome-extension://test-extension/popup.html' } as Runtime.MessageSender)).rejects.toThrow(
      /top frame/,
    );
    expect(fetched).not.toHaveBeenCalled();
  });
});
