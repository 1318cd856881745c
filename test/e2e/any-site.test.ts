/**
 * Any site in real browsers: a page that is not a portal is left alone on load, and examined when
 * the popup opens on it: its consent platform's configuration (read in the page's world), its
 * cookie policy (links, usual addresses, or the page the user pointed at), merged, with the
 * source on the popup's source line (`[data-source-kind]`) and the rows' statuses. Prose only →
 * "no machine-readable declaration"; hostile or stuck globals → a clear state in bounded time.
 */
import type { Page } from 'puppeteer-core';
import { launchWithExtension, openExtensionPage, openPopup, openWebPage, readRows, rowFor, tabIdOf, type ExtensionSession, type Target } from './harness';
import { ANY_SITE_HOSTS, ANY_SITES } from './any-site-pages';

// eslint-disable-next-line -- plain CommonJS server shared with `npm start`
const { DEMO_HOSTS, startDemoPortal } = require('../demo-portal/server.cjs') as {
  DEMO_HOSTS: string[];
  startDemoPortal(o: { port: number; sites: Record<string, unknown> }): Promise<Demo>;
};

interface Demo {
  url(host: string, path?: string): string;
  requests: { host: string; url: string }[];
  close(): Promise<void>;
}

jest.setTimeout(90_000);

const SETTLED = '[data-state]:not([data-state="loading"])';

async function badgeText(s: ExtensionSession, tabId: number): Promise<string> {
  const probe = await openExtensionPage(s, 'popup.html?tab=-1');
  try {
    return await probe.evaluate(async (id) => {
      const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
      return api.action.getBadgeText({ tabId: id });
    }, tabId);
  } finally {
    await probe.close();
  }
}

const attr = (page: Page, selector: string, name: string) => page.$eval(selector, (el, n) => el.getAttribute(n as string), name);

describe.each<Target>(['chrome', 'firefox'])('any site in %s', (target) => {
  let demo: Demo;
  let s: ExtensionSession;

  beforeAll(async () => {
    demo = await startDemoPortal({ port: 0, sites: ANY_SITES });
    s = await launchWithExtension(target, { 'network.dns.localDomains': [...DEMO_HOSTS, ...ANY_SITE_HOSTS].join(',') });
  });

  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  /** Opens `url` in a tab, then the popup on it; returns both and the tab's id. */
  async function popupOn(url: string, settled = SETTLED) {
    const page = await openWebPage(s, url);
    const tabId = await tabIdOf(s, url);
    const popup = await openPopup(s, tabId, settled);
    return { page, tabId, popup };
  }

  it('does nothing on page load, examines the site when the popup opens, and shows the badge from then on', async () => {
    const url = demo.url('tac.example.test', '/');
    const page = await openWebPage(s, url);
    const tabId = await tabIdOf(s, url);
    await new Promise((r) => setTimeout(r, 800)); // the every-page script had its chance
    expect(demo.requests.filter((r) => r.host === 'tac.example.test' && r.url === '/politique-cookies')).toEqual([]);
    expect(await badgeText(s, tabId)).toBe('');
    const popup = await openPopup(s, tabId, '[data-state="report"]');
    expect(demo.requests.some((r) => r.host === 'tac.example.test' && r.url === '/politique-cookies')).toBe(true);
    expect((await attr(popup, '[data-source-kind]', 'data-source-kind'))?.split(' ')).toEqual(['cookie-table', 'tarteaucitron']);
    const rows = await readRows(popup);
    // tarteaucitron writes its own cookie before any choice; the demo service's waits for consent.
    expect(rowFor(rows, 'tarteaucitron').status).toBe('matched');
    expect(rowFor(rows, '_demo_tac').status).toBe('absent');
    expect(await badgeText(s, tabId)).toMatch(/^(?:✓|\d+)$/);
    await Promise.all([popup.close(), page.close()]);
  });

  it.each([
    ['orejime.example.test', 'orejime'],
    ['klaro.example.test', 'klaro'],
  ])("merges %s's policy table with its platform's configuration", async (host, kind) => {
    const { page, popup } = await popupOn(demo.url(host, '/'), '[data-state="report"]');
    expect((await attr(popup, '[data-source-kind]', 'data-source-kind'))?.split(' ')).toEqual(['cookie-table', kind]);
    // Nothing chosen yet: the platform's consent cookie and the service's cookie are declared, not set.
    expect(rowFor(await readRows(popup), kind).status).toBe('absent');
    await Promise.all([popup.close(), page.close()]);
  });

  it('reads a policy table found from the footer, with its source and statuses', async () => {
    const { page, popup } = await popupOn(demo.url('table.anysite.test', '/'), '[data-state="report"]');
    expect(await attr(popup, '[data-source-kind]', 'data-source-kind')).toBe('cookie-table');
    expect(await popup.$eval('[data-source-kind] a', (a) => a.getAttribute('href'))).toBe(demo.url('table.anysite.test', '/cookie-richtlinie'));
    const rows = await readRows(popup);
    expect(rowFor(rows, 'as_session').status).toBe('matched');
    expect(rowFor(rows, 'as_pref').status).toBe('absent');
    expect(rowFor(rows, 'as_undeclared').status).toBe('undeclared');
    await Promise.all([popup.close(), page.close()]);
  });

  it('says "no machine-readable declaration" for a prose-only policy, and never invents entries', async () => {
    const { page, popup } = await popupOn(demo.url('prose.anysite.test', '/'));
    expect(await attr(popup, '[data-state]', 'data-state')).toBe('no-table');
    expect(await popup.$eval('[data-state] h1', (h) => h.textContent)).toMatch(/machine-readable|lisible par machine/);
    expect(await popup.$$('[data-status]')).toHaveLength(0);
    await Promise.all([popup.close(), page.close()]);
  });

  it('ends in a clear state on hostile globals: throwing getters, a million services, a Proxy, prototype tricks', async () => {
    const started = Date.now();
    const { page, popup } = await popupOn(demo.url('hostile.anysite.test', '/'));
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await attr(popup, '[data-state]', 'data-state')).toBe('not-portal');
    expect(await attr(popup, '[data-note="globals-unreadable"]', 'data-note')).toBe('globals-unreadable');
    await Promise.all([popup.close(), page.close()]);
  });

  it('does not hang on a page whose globals hold its thread: says it did not answer', async () => {
    const url = demo.url('stuck.anysite.test', '/');
    const page = await openWebPage(s, url);
    const tabId = await tabIdOf(s, url);
    const popup = await openPopup(s, tabId);
    expect(await attr(popup, '[data-state]', 'data-state')).toBe('not-portal');
    await popup.waitForSelector('[data-note="globals-no-answer"]');
    await Promise.all([popup.close(), page.close()]);
  });

  it('uses the page the user pointed at first, for the whole site, and forgets it on request', async () => {
    const policy = demo.url('www.pointed.test', '/legal/cookies');
    // Not linked, not at a usual address: nothing found from the shop's home.
    const shop = await popupOn(demo.url('shop.pointed.test', '/'));
    expect(await attr(shop.popup, '[data-state]', 'data-state')).toBe('not-portal');
    await shop.popup.close();

    const there = await popupOn(policy, '[data-state="report"]');
    await there.popup.click('[data-action="source-point"]');
    await there.popup.waitForSelector(`[data-pointed="${policy}"]`);
    await there.popup.close();

    const again = await openPopup(s, shop.tabId, '[data-state="report"]');
    expect(await again.$eval('[data-source-kind] a', (a) => a.getAttribute('href'))).toBe(policy);
    expect(rowFor(await readRows(again), 'pt_id').status).toBe('matched');
    await again.click('[data-action="source-forget"]');
    await again.waitForSelector('[data-state="not-portal"]');
    await Promise.all([again.close(), there.page.close(), shop.page.close()]);
  });
});
