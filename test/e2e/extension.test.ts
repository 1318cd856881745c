/**
 * The whole loop in real browsers: the built extension on the demo portal, in Debian's Chromium
 * and Firefox ESR. Asserts on the popup's public data-* contract.
 */
import type { Page } from 'puppeteer-core';
import {
  seedTrackerCookies,
  demoPortal,
  extensionEval,
  launchWithExtension,
  openExtensionPage,
  openPopup,
  openWebPage,
  readRows,
  rowFor,
  tabIdOf,
  type Demo,
  type ExtensionSession,
  type Target,
} from './harness';

jest.setTimeout(60_000);

describe.each<Target>(['chrome', 'firefox'])('Cookie Charter in %s', (target) => {
  let demo: Demo;
  let s: ExtensionSession;
  let portalTab: number;
  let portalPage: Page;

  beforeAll(async () => {
    demo = await demoPortal();
    s = await launchWithExtension(target);
    await seedTrackerCookies(s, demo);
    portalPage = await openWebPage(s, demo.url());
    portalTab = await tabIdOf(s, demo.url());
  });

  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  async function badgeText(tabId: number): Promise<string> {
    const page = await openExtensionPage(s, 'popup.html?tab=-1');
    try {
      return await extensionEval<string>(page, `(api) => api.action.getBadgeText({ tabId: ${tabId} })`);
    } finally {
      await page.close();
    }
  }

  it('shows the portal report with every status the demo portal provokes', async () => {
    const popup = await openPopup(s, portalTab, '[data-state="report"]');
    const rows = await readRows(popup);
    expect(rowFor(rows, 'sessionid')).toMatchObject({ status: 'matched', flags: expect.arrayContaining(['http-only']) });
    expect(rowFor(rows, 'csrftoken')).toMatchObject({ status: 'matched' });
    expect(rowFor(rows, 'csrftoken').flags).not.toContain('http-only');
    expect(rowFor(rows, '_pk_id.1.a1b2')).toMatchObject({ status: 'matched', flags: expect.arrayContaining(['over-13-months']) });
    expect(rowFor(rows, '_pk_ses.1.a1b2').status).toBe('matched');
    expect(rowFor(rows, 'cookies_preferences')).toMatchObject({ status: 'matched', flags: expect.arrayContaining(['expiry-exceeds-declared']) });
    expect(rowFor(rows, 'atuserid').status).toBe('vague');
    expect(rowFor(rows, 'ab_test_variant').status).toBe('undeclared');
    expect(rowFor(rows, 'django_language')).toMatchObject({ status: 'absent', flags: ['conditional'] });
    const tracker = rows.filter((r) => r.cookie === 'tp_uid');
    expect(tracker.length).toBeGreaterThan(0);
    for (const row of tracker) expect(row).toMatchObject({ status: 'undeclared', flags: expect.arrayContaining(['third-party']) });
    await popup.close();
  });

  it('puts the number of undeclared cookies on the badge', async () => {
    const popup = await openPopup(s, portalTab, '[data-state="report"]');
    const undeclared = (await readRows(popup)).filter((r) => r.status === 'undeclared').length;
    await popup.close();
    expect(undeclared).toBeGreaterThanOrEqual(2);
    expect(await badgeText(portalTab)).toBe(String(undeclared));
  });

  it('shows a cookie set after load without reopening the page', async () => {
    const popup = await openPopup(s, portalTab, '[data-state="report"]');
    await portalPage.evaluate(() => {
      document.cookie = 'late_cookie=1; path=/; max-age=600';
    });
    await popup.waitForSelector('[data-cookie="late_cookie"][data-status="undeclared"]', { timeout: 10_000 });
    await popup.close();
  });

  it('leaves pages that are not portals alone: no badge, a clear message', async () => {
    const page = await openWebPage(s, demo.url('plain.example.test', '/'));
    const tabId = await tabIdOf(s, demo.url('plain.example.test', '/'));
    const popup = await openPopup(s, tabId);
    expect(await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))).toBe('not-portal');
    expect(await badgeText(tabId)).toBe('');
    await Promise.all([popup.close(), page.close()]);
  });

  it('finds a portal known only by its weaker signs when the popup opens, not before', async () => {
    const url = demo.url('weak.example.test', '/');
    const page = await openWebPage(s, url);
    const tabId = await tabIdOf(s, url);
    // The every-page script read only the root attribute: no reader, no badge, no record yet.
    await new Promise((r) => setTimeout(r, 500));
    expect(await badgeText(tabId)).toBe('');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('ng-app'))).toBe(false);
    const popup = await openPopup(s, tabId, '[data-state="report"]');
    const rows = await readRows(popup);
    expect(rowFor(rows, 'django_language')).toMatchObject({ status: 'absent' });
    expect(rows.length).toBeGreaterThan(3);
    await Promise.all([popup.close(), page.close()]);
  });

  it('says so when a page is too busy to be checked, and checks it again on retry', async () => {
    const url = demo.url('busy.example.test', '/');
    // Firefox will not open a new tab while another is busy: the extension page comes first.
    const probe = await openExtensionPage(s, 'popup.html?tab=-1');
    const page = await openWebPage(s, url);
    const busySince = Date.now(); // the page's main thread is busy for 6 s from about 0.2 s after now
    const tabs = await extensionEval<{ id: number; url: string }[]>(probe, '(api) => api.tabs.query({})');
    const tabId = tabs.find((tab) => tab.url?.startsWith(url))!.id;
    const ask = `(api) => api.runtime.sendMessage({ type: 'get-tab-view', payload: { tabId: ${tabId} } })`;
    await new Promise((r) => setTimeout(r, Math.max(0, busySince + 1000 - Date.now()))); // busy by then, even on a loaded machine
    expect(await extensionEval(probe, ask)).toEqual({ kind: 'not-portal', pageUrl: url, unanswered: true });
    // Answered while the page was still busy, not after: nothing waited for the page.
    expect(Date.now() - busySince).toBeLessThan(4500);
    if (target === 'chrome') {
      const popup = await openPopup(s, tabId);
      expect(await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))).toBe('not-portal');
      expect(await popup.$eval('[data-state] .sub:not(.url)', (el) => el.textContent)).toMatch(/did not answer|n'a pas répondu/);
      await new Promise((r) => setTimeout(r, Math.max(0, busySince + 6500 - Date.now())));
      await popup.click('[data-state] button'); // "Try again"
      await popup.waitForSelector('[data-state="report"]', { timeout: 15_000 });
      await popup.close();
    } else {
      await new Promise((r) => setTimeout(r, Math.max(0, busySince + 6500 - Date.now())));
      expect(await extensionEval(probe, ask)).toEqual({ kind: 'loading', pageUrl: url });
    }
    await Promise.all([probe.close(), page.close()]);
  });

  it('does not take a site that embeds a dataset widget for a portal', async () => {
    const url = demo.url('widget.example.test', '/');
    const page = await openWebPage(s, url);
    const tabId = await tabIdOf(s, url);
    const popup = await openPopup(s, tabId);
    expect(await popup.$eval('[data-state]', (el) => el.getAttribute('data-state'))).toBe('not-portal');
    expect(await badgeText(tabId)).toBe('');
    await Promise.all([popup.close(), page.close()]);
  });

  if (target === 'chrome') {
    it('keeps the full report when the service worker is stopped and restarted', async () => {
      const before = await readRows(await openPopup(s, portalTab, '[data-state="report"]'));
      const isWorker = (t: { type(): string; url(): string }) => t.type() === 'service_worker' && t.url().startsWith(s.base);
      const workerTarget = await s.browser.waitForTarget(isWorker);
      const destroyed = new Promise<void>((resolve) => s.browser.on('targetdestroyed', (t) => t === workerTarget && resolve()));
      await (await workerTarget.worker())!.close();
      await destroyed;
      const restarted = new Promise<void>((resolve) => s.browser.on('targetcreated', (t) => isWorker(t) && resolve()));
      const popup = await openPopup(s, portalTab, '[data-state="report"]');
      await restarted; // the popup's request woke a new worker, which had only storage to go on
      const after = await readRows(popup);
      expect(after.map((r) => `${r.status}:${r.cookie}`).sort()).toEqual(before.map((r) => `${r.status}:${r.cookie}`).sort());
      await popup.close();
    });
  }
});
