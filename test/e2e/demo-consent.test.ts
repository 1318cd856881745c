/**
 * The demo consent sites in real browsers, without the extension's audit: the Opendatasoft-like
 * banner writes `cookies_preferences` and gates Matomo, the misbehaving portal writes trackers
 * before any choice and after a refusal, and the real tarteaucitron, Orejime and Klaro write their
 * choice cookies when refused and accepted (read back with the core's consent readers).
 */
import type { Page } from 'puppeteer-core';
import { readConsentState } from '../../src/core/consent/consent-state';
import { demoPortal, extensionEval, launchWithExtension, openExtensionPage, openWebPage, type Demo, type ExtensionSession, type Target } from './harness';
// eslint-disable-next-line -- plain CommonJS demo module
const { matomoCookies } = require('../demo-portal/consent-sites.cjs') as { matomoCookies(host: string): { id: string; ses: string } };

jest.setTimeout(90_000);

interface JarCookie {
  name: string;
  value: string;
  expirationDate?: number;
  sameSite: string;
  path: string;
}
const DAY = 86_400;
const now = () => Date.now() / 1000;

describe.each<Target>(['chrome', 'firefox'])('demo consent sites in %s', (target) => {
  let demo: Demo;
  let s: ExtensionSession;
  let probe: Page;

  beforeAll(async () => {
    demo = await demoPortal();
    s = await launchWithExtension(target);
    probe = await openExtensionPage(s, 'popup.html?tab=-1');
  });
  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  /** The browser's cookies for a host (through the cookies API: every attribute, HttpOnly too). */
  const jar = (host: string) => extensionEval<JarCookie[]>(probe, `(api) => api.cookies.getAll({ url: ${JSON.stringify(demo.url(host, '/'))} })`);
  const cookie = async (host: string, name: string) => (await jar(host)).find((c) => c.name === name);
  const names = async (host: string) => (await jar(host)).map((c) => c.name).sort();
  /** A first visit: no cookie and no stored state of that host left from an earlier test. */
  async function fresh(host: string, path = '/'): Promise<Page> {
    for (const c of await jar(host)) {
      await extensionEval(probe, `(api) => api.cookies.remove({ url: ${JSON.stringify(demo.url(host, c.path))}, name: ${JSON.stringify(c.name)} })`);
    }
    const page = await openWebPage(s, demo.url(host, path));
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'load' });
    return page;
  }
  const until = async <T>(check: () => Promise<T | undefined>, what: string): Promise<T> => {
    for (let i = 0; i < 120; i++) {
      const value = await check();
      if (value !== undefined) return value;
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const choiceOf = (c: JarCookie) => readConsentState([{ name: c.name, value: c.value, expirationDate: c.expirationDate }], now()).state;
  const bannerShown = (page: Page) => page.$eval('.ods-cookies-banner', (el) => !(el as HTMLElement).hidden && (el as HTMLElement).offsetHeight > 0);

  it('consent.example.test: the banner shows, switches off; saving them off records a refusal and no Matomo cookie', async () => {
    const host = 'consent.example.test';
    const page = await fresh(host);
    expect(await bannerShown(page)).toBe(true);
    expect(
      await page.$$eval('.ods-cookies-banner__switch', (els) => els.map((el) => [(el as HTMLInputElement).name, (el as HTMLInputElement).checked])),
    ).toEqual([
      ['matomo', false],
      ['ga', false],
    ]);
    await page.click('.ods-cookies-banner__save');
    const prefs = await until(() => cookie(host, 'cookies_preferences'), 'cookies_preferences');
    const decoded = JSON.parse(decodeURIComponent(prefs.value));
    expect(decoded).toMatchObject({ ga: false, matomo: false, xiti: false, at: false, piano: false, eulerian: false, functional_cookies: true });
    expect(Math.abs(decoded.timestamp - Date.now())).toBeLessThan(60_000);
    expect(prefs.path).toBe('/');
    expect(prefs.sameSite).toBe('lax');
    expect((prefs.expirationDate ?? 0) - now()).toBeGreaterThan(181 * DAY);
    expect((prefs.expirationDate ?? 0) - now()).toBeLessThan(183 * DAY);
    expect(choiceOf(prefs)).toMatchObject({ cmp: 'opendatasoft', decided: true, choice: 'refused' });
    expect(await bannerShown(page)).toBe(false);
    for (const path of ['/explore/', '/explore/dataset/demo/']) {
      await page.goto(demo.url(host, path), { waitUntil: 'load' });
      expect(await bannerShown(page)).toBe(false);
    }
    expect((await names(host)).filter((n) => n.startsWith('_pk_') || n === '_ga')).toEqual([]);
    await page.close();
  });

  it('consent.example.test: "Gérer les cookies" reopens the banner; Matomo on writes _pk_id and _pk_ses, withdrawn removes them', async () => {
    const host = 'consent.example.test';
    const pk = matomoCookies(host);
    const page = await fresh(host, '/explore/');
    await page.click('.ods-cookies-banner__save');
    await until(() => cookie(host, 'cookies_preferences'), 'the refusal');
    await page.click('.ods-manage-cookies');
    expect(await bannerShown(page)).toBe(true);
    await page.click('.ods-cookies-banner__switch[name="matomo"]');
    await page.click('.ods-cookies-banner__save');
    const id = await until(() => cookie(host, pk.id), pk.id);
    expect((id.expirationDate ?? 0) - now()).toBeGreaterThan(380 * DAY);
    const ses = await until(() => cookie(host, pk.ses), pk.ses);
    expect((ses.expirationDate ?? 0) - now()).toBeLessThan(1801);
    expect(choiceOf((await cookie(host, 'cookies_preferences'))!)).toMatchObject({ decided: true, choice: 'partial' });
    expect(await cookie(host, '_ga')).toBeUndefined();
    await page.goto(demo.url(host, '/explore/dataset/demo/'), { waitUntil: 'load' });
    expect(await cookie(host, pk.id)).toBeDefined();
    await page.click('.ods-manage-cookies');
    expect(await page.$eval('.ods-cookies-banner__switch[name="matomo"]', (el) => (el as HTMLInputElement).checked)).toBe(true);
    await page.click('.ods-cookies-banner__switch[name="matomo"]');
    await page.click('.ods-cookies-banner__save');
    await until(async () => ((await names(host)).some((n) => n.startsWith('_pk_')) ? undefined : true), 'the Matomo cookies removed');
    await page.close();
  });

  it('leaky.example.test: _ga (2 years) and _pk_id before any click, _ga written again after a refusal', async () => {
    const host = 'leaky.example.test';
    const page = await fresh(host);
    const ga = await until(() => cookie(host, '_ga'), '_ga before any choice');
    // Asked for 2 years; both browsers cap a cookie's lifetime at 400 days (RFC 6265bis, "The
    // Max-Age Attribute": https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html).
    expect((ga.expirationDate ?? 0) - now()).toBeGreaterThan(399 * DAY);
    expect(await cookie(host, matomoCookies(host).id)).toBeDefined();
    expect(await cookie(host, 'cookies_preferences')).toBeUndefined();
    await page.click('.ods-cookies-banner__save');
    const prefs = await until(() => cookie(host, 'cookies_preferences'), 'the refusal');
    expect(choiceOf(prefs)).toMatchObject({ decided: true, choice: 'refused' });
    const afterRefusal = (await cookie(host, '_ga'))!.value;
    await page.goto(demo.url(host, '/explore/'), { waitUntil: 'load' });
    expect((await cookie(host, '_ga'))!.value).not.toBe(afterRefusal);
    await page.close();
  });

  it('unreadable.example.test: the choice cookie is not the hinted JSON, and it still gates Matomo', async () => {
    const host = 'unreadable.example.test';
    const page = await fresh(host);
    expect(await bannerShown(page)).toBe(true);
    await page.click('.ods-cookies-banner__save');
    const refused = await until(() => cookie(host, 'cookies_preferences'), 'the choice');
    expect(refused.value).toMatch(/^v2\.[0-9a-f]{24}$/);
    expect(choiceOf(refused)).toMatchObject({ cmp: 'opendatasoft', decided: true, choice: 'unknown' });
    expect((await names(host)).filter((n) => n.startsWith('_pk_'))).toEqual([]);
    await page.click('.ods-manage-cookies');
    await page.click('.ods-cookies-banner__switch[name="matomo"]');
    await page.click('.ods-cookies-banner__save');
    await until(() => cookie(host, matomoCookies(host).id), 'Matomo after acceptance');
    await page.close();
  });

  it('tac.example.test (tarteaucitron): "wait" before a choice, #tarteaucitronAllDenied2 writes !demotac=false, accepting runs the service', async () => {
    const host = 'tac.example.test';
    let page = await fresh(host);
    expect((await until(() => cookie(host, 'tarteaucitron'), 'tarteaucitron')).value).toBe('!demotac=wait');
    await page.waitForSelector('#tarteaucitronAllDenied2', { visible: true });
    // tarteaucitron wires its buttons about 500 ms after it draws them: press until the choice is written.
    const denied = await until(async () => {
      const c = await cookie(host, 'tarteaucitron');
      if (c?.value === '!demotac=false') return c;
      await page.$eval('#tarteaucitronAllDenied2', (el) => (el as HTMLElement).click()).catch(() => undefined);
      return undefined;
    }, '!demotac=false');
    expect((denied.expirationDate ?? 0) - now()).toBeGreaterThan(364 * DAY);
    expect(choiceOf(denied)).toMatchObject({ cmp: 'tarteaucitron', decided: true, choice: 'refused' });
    expect(await cookie(host, '_demo_tac')).toBeUndefined();
    await page.close();
    page = await fresh(host);
    await page.waitForSelector('#tarteaucitronPersonalize2', { visible: true });
    await until(async () => {
      await page.$eval('#tarteaucitronPersonalize2', (el) => (el as HTMLElement).click()).catch(() => undefined);
      return (await cookie(host, 'tarteaucitron'))?.value.includes('=true') ? true : undefined;
    }, 'the acceptance');
    await until(() => cookie(host, '_demo_tac'), '_demo_tac after acceptance');
    expect(choiceOf((await cookie(host, 'tarteaucitron'))!)).toMatchObject({ decided: true, choice: 'accepted' });
    await page.close();
  });

  // Each library's own buttons, as it renders them: Orejime 3's banner, Klaro 0.7's notice.
  it.each([
    ['orejime.example.test', 'orejime', '.orejime-Banner-declineButton', '.orejime-Banner-saveButton', ['_demo_oj_visit', '_demo_orejime']],
    ['klaro.example.test', 'klaro', '.cm-btn.cn-decline', '.cm-btn.cm-btn-success', ['_demo_kl_visit', '_demo_klaro']],
  ])('%s: refusing and accepting write the %s cookie, and only accepting runs the service', async (host, name, decline, accept, gated) => {
    let page = await fresh(host);
    expect(await cookie(host, name)).toBeUndefined();
    await page.waitForSelector(decline, { visible: true });
    await page.click(decline);
    const refused = await until(() => cookie(host, name), `${name} after refusing`);
    expect(choiceOf(refused)).toMatchObject({ cmp: name, decided: true, choice: 'refused' });
    expect((await names(host)).filter((n) => n.startsWith('_demo_'))).toEqual([]);
    await page.close();
    page = await fresh(host);
    await page.waitForSelector(accept, { visible: true });
    await page.click(accept);
    const accepted = await until(async () => {
      const c = await cookie(host, name);
      return c && choiceOf(c)?.choice === 'accepted' ? c : undefined;
    }, `${name} after accepting`);
    expect(choiceOf(accepted)).toMatchObject({ cmp: name, decided: true });
    await until(async () => ((await names(host)).filter((n) => gated.includes(n)).length === gated.length ? true : undefined), gated.join(', '));
    await page.close();
  });
});
