/**
 * "Refuse for me" / "Accept for me" in real browsers, outside an audit (the CLI's way): from an
 * extension page, `audit-autoconsent` for a tab on the Opendatasoft-like demo banner (our own rule);
 * the consent cookie the site's own control wrote is read with the cookies API and decoded with the
 * core's consent readers. Every other demo platform (tarteaucitron, Orejime, Klaro), and a page with
 * no banner, are proven through the audit view's buttons in test/e2e/audit-buttons.test.ts.
 */
import type { Page } from 'puppeteer-core';
import { readConsentState } from '../../src/core/consent/consent-state';
import type { ConsentCookie } from '../../src/core/consent/types';
import {
  demoPortal,
  extensionEval,
  launchWithExtension,
  openExtensionPage,
  openWebPage,
  tabIdOf,
  type Demo,
  type ExtensionSession,
  type Target,
} from './harness';

jest.setTimeout(120_000);

interface Answer {
  ok: boolean;
  cmp?: string;
  reason?: string;
}

/**
 * The Opendatasoft banner has switches for Matomo and Google Analytics only, and its cookie keeps
 * its other trackers (xiti, piano...) false: accepting all it offers reads `partial`.
 */
const PLATFORMS = [
  { host: 'consent.example.test', cmp: 'opendatasoft', accepted: { choice: 'partial', categories: expect.objectContaining({ matomo: true, ga: true }) } },
];

describe.each<Target>(['chrome', 'firefox'])('Autoconsent, %s', (target) => {
  let demo: Demo;
  let s: ExtensionSession;
  let ext: Page;

  beforeAll(async () => {
    demo = await demoPortal();
    s = await launchWithExtension(target);
    ext = await openExtensionPage(s, 'popup.html?tab=-1');
  });
  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  /** Opens `host`'s home page in a tab and asks the background to make the choice there. */
  async function choose(host: string, action: 'optOut' | 'optIn', path = '/'): Promise<{ answer: Answer; page: Page }> {
    const url = demo.url(host, path);
    const page = await openWebPage(s, url);
    const tabId = await tabIdOf(s, url);
    const answer = await extensionEval<Answer>(
      ext,
      `(api) => api.runtime.sendMessage({ type: 'audit-autoconsent', payload: { tabId: ${tabId}, action: '${action}' } })`,
    );
    return { answer, page };
  }

  /** The site's cookies, as the browser holds them (read in the test, decoded in node). */
  const cookiesOf = (host: string) => extensionEval<ConsentCookie[]>(ext, `(api) => api.cookies.getAll({ url: ${JSON.stringify(demo.url(host))} })`);

  /** Polls until the site's consent cookie reads decided, then returns its state. */
  async function decidedState(host: string) {
    const deadline = Date.now() + 5000;
    for (;;) {
      const state = readConsentState(await cookiesOf(host), Date.now() / 1000).state;
      if (state?.decided || Date.now() > deadline) return state;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function clearCookies(): Promise<void> {
    await extensionEval(
      ext,
      `async (api) => { for (const c of await api.cookies.getAll({})) await api.cookies.remove({ url: 'http://' + c.domain.replace(/^\\./, '') + c.path, name: c.name, storeId: c.storeId }); }`,
    );
  }

  it.each(PLATFORMS)('refuses on $host ($cmp) and its consent cookie says refused', async ({ host, cmp }) => {
    const { answer, page } = await choose(host, 'optOut');
    expect(answer).toMatchObject({ ok: true });
    expect(typeof answer.cmp).toBe('string');
    expect(await decidedState(host)).toMatchObject({ cmp, decided: true, choice: 'refused' });
    await page.close();
  });

  it.each(PLATFORMS)('accepts on $host ($cmp) with fresh cookies and its consent cookie says accepted', async ({ host, cmp, accepted }) => {
    await clearCookies();
    expect(readConsentState(await cookiesOf(host), Date.now() / 1000).state?.decided ?? false).toBe(false);
    const { answer, page } = await choose(host, 'optIn');
    expect(answer).toMatchObject({ ok: true });
    expect(await decidedState(host)).toMatchObject({ cmp, decided: true, ...accepted });
    await page.close();
  });

  it('answers ok:false with a reason once the choice is recorded (the banner no longer shows)', async () => {
    await clearCookies();
    const first = await choose('consent.example.test', 'optIn');
    expect(first.answer).toMatchObject({ ok: true });
    expect(await decidedState('consent.example.test')).toMatchObject({ decided: true });
    await first.page.close();
    const { answer, page } = await choose('consent.example.test', 'optOut');
    expect(answer).toEqual({ ok: false, cmp: 'opendatasoft', reason: 'the banner is not showing (a choice may already be recorded)' });
    await page.close();
  });

  it('is never a declared content script: a fresh page has no autoconsent instance', async () => {
    const manifest = await extensionEval<{ content_scripts: { js: string[] }[] }>(ext, '(api) => api.runtime.getManifest()');
    expect(manifest.content_scripts.flatMap((c) => c.js)).not.toContain('autoconsent.js');
  });
});
