/**
 * Hostile and broken charters, and many portal tabs at once, in real browsers: every case ends in
 * a clear popup state; nothing from a charter runs in the page or in the popup.
 */
import type { Page } from 'puppeteer-core';
import {
  demoPortal,
  launchWithExtension,
  openPopup,
  openWebPage,
  settledView,
  tabIdOf,
  type Demo,
  type ExtensionSession,
  type Target,
  type TabViewLike,
} from './harness';

jest.setTimeout(90_000);

/** Host → the state and, for errors, the words the message must hold (null: no message to check). */
const CASES: [host: string, kind: string, words: RegExp | null][] = [
  ['xss.example.test', 'report', null],
  ['big.example.test', 'report', null],
  ['huge.example.test', 'report', null],
  ['odd.example.test', 'report', null],
  ['headeronly.example.test', 'report', null],
  ['noheader.example.test', 'no-table', null],
  ['notable.example.test', 'no-table', null],
  ['nocharter.example.test', 'no-charter', null],
  ['broken.example.test', 'error', /HTTP 500/],
  ['pdf.example.test', 'error', /not an HTML page \(application\/pdf\)/],
  ['login.example.test', 'error', /redirected to .*\/login\//],
  ['offsite.example.test', 'error', /network error, or a redirect to another site/],
  ['hang.example.test', 'error', /no answer within 10 s/],
];

describe.each<Target>(['chrome', 'firefox'])('hostile charters in %s', (target) => {
  let demo: Demo;
  let s: ExtensionSession;
  const tabs = new Map<string, { tabId: number; page: Page }>();

  beforeAll(async () => {
    demo = await demoPortal();
    s = await launchWithExtension(target);
    // Every portal stays open at once: many portal tabs together is one of the faults under test.
    for (const [host] of CASES) {
      const page = await openWebPage(s, demo.url(host, '/'));
      tabs.set(host, { page, tabId: await tabIdOf(s, demo.url(host, '/')) });
    }
  });

  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  // Every row has three values: with two, jest would pass its `done` callback as the third.
  it.each(CASES)('%s ends in the %s state', async (host, kind, words) => {
    const { tabId } = tabs.get(host)!;
    const view = await settledView(s, tabId, 20_000);
    expect(view.kind).toBe(kind);
    if (words) expect(view.message).toMatch(words);
    const popup = await openPopup(s, tabId);
    expect(await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))).toBe(kind);
    await popup.close();
  });

  it('shows markup from charter cells as text and never runs it', async () => {
    const { tabId, page } = tabs.get('xss.example.test')!;
    const view = await settledView(s, tabId);
    const names = view.report!.rows.map((r) => r.declaredName);
    expect(names).toContain('<img src=x onerror=alert(1)>');
    const popup = await openPopup(s, tabId, '[data-state="report"]');
    const text = await popup.$eval('body', (b) => b.textContent ?? '');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    for (const p of [popup, page]) {
      expect(await p.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
      expect(await p.evaluate(() => document.title)).not.toBe('pwned');
      expect(await p.evaluate(() => document.querySelectorAll('[onerror], [onload], script:not([src])').length)).toBe(0);
    }
    await popup.close();
  });

  it('reads every one of 20,000 declared cookies', async () => {
    const view = await settledView(s, tabs.get('huge.example.test')!.tabId);
    expect(view.report!.summary.declared).toBe(20_000);
  });

  it('keeps Unicode, right-to-left and odd names as written', async () => {
    const view = await settledView(s, tabs.get('odd.example.test')!.tabId);
    const names = view.report!.rows.map((r) => r.declaredName);
    expect(names).toEqual(expect.arrayContaining(['كعكة', 'café_crème', 'sessionid']));
  });

  it('lists the addresses it tried when no charter answers', async () => {
    const view = await settledView<TabViewLike>(s, tabs.get('nocharter.example.test')!.tabId);
    expect(view.tried).toEqual([
      demo.url('nocharter.example.test', '/terms/cookies-policy/'),
      demo.url('nocharter.example.test', '/terms/cookies-information'),
    ]);
  });
});
