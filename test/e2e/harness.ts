/**
 * Drives Debian's Chromium and Firefox ESR with the built extension (the recipes in scripts/browser-kit.mjs):
 * launch, install dist/<target>, open pages of the demo portal, open the popup for a tab.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error plain ESM helper shared with the scripts
import { firefoxPath } from '../../scripts/browsers.mjs';
import { freshFirefoxProfile } from './firefox-profile';
// @ts-expect-error plain ESM kit shared with the benchmark (scripts/bench/)
import * as kit from '../../scripts/browser-kit.mjs';
// eslint-disable-next-line -- plain CommonJS server shared with `npm start`
const { DEMO_HOSTS, startDemoPortal } = require('../demo-portal/server.cjs') as { DEMO_HOSTS: string[]; startDemoPortal(o: { port: number }): Promise<Demo> };

export type Target = 'chrome' | 'firefox';
export const ROOT = join(__dirname, '..', '..');
/** The built extension under test: `dist/<target>`, or `$CC_DIST/<target>` (see scripts/build.mjs). */
export const distDir = (target: Target) => join(ROOT, process.env.CC_DIST ?? 'dist', target);
const FIREFOX_UUID = '3f1c2a9e-6b7d-4c2e-9a51-0c0ffee0c4a7';

export interface Demo {
  port: number;
  url(host?: string, path?: string): string;
  requests: { host: string; url: string; method: string }[];
  close(): Promise<void>;
}

export interface ExtensionSession {
  target: Target;
  browser: Browser;
  extensionId: string;
  /** Base URL of the extension's pages. */
  base: string;
  close(): Promise<void>;
}

export function demoPortal(): Promise<Demo> {
  return startDemoPortal({ port: 0 });
}

/**
 * Installs an unpacked extension in Chromium, allowed in incognito windows as a user does in
 * chrome://extensions ("Allow in Incognito"): the faults test opens one. Returns its id.
 */
export function installInChromium(browser: Browser, dir: string): Promise<string> {
  return kit.installInChromium(browser, dir);
}

/** Launches a browser of `target` with the built extension installed (Firefox: extra prefs on request). */
export async function launchWithExtension(target: Target, firefoxPrefs: Record<string, unknown> = {}): Promise<ExtensionSession> {
  const dist = distDir(target);
  if (target === 'chrome') {
    const { browser, ids, profile } = (await kit.launchChromium([dist])) as { browser: Browser; ids: string[]; profile: string };
    return session(target, browser, ids[0]!, `chrome-extension://${ids[0]}/`, profile);
  }
  const profile = await freshFirefoxProfile(firefoxPath());
  const geckoId = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  // Let the add-on run in private windows, as a user does in about:addons ("Run in Private
  // Windows"): Firefox keeps that grant in the profile's extension permissions, which it reads at
  // start-up. A temporary add-on installed over BiDi gets no other way to it.
  writeFileSync(join(profile, 'extension-preferences.json'), JSON.stringify({ [geckoId]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } }));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      'network.dns.localDomains': DEMO_HOSTS.join(','),
      // Firefox keeps 180 cookies per site by default; a test puts thousands on one portal.
      'network.cookie.maxPerHost': 5000,
      'network.cookie.maxNumber': 10000,
      ...firefoxPrefs,
    },
  });
  await browser.installExtension(dist);
  return session(target, browser, geckoId, `moz-extension://${FIREFOX_UUID}/`, profile);
}

function session(target: Target, browser: Browser, extensionId: string, base: string, profile: string): ExtensionSession {
  return {
    target,
    browser,
    extensionId,
    base,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens an extension page; Firefox's BiDi never reports load for moz-extension:, so don't await goto. */
export async function openExtensionPage(s: ExtensionSession, path: string): Promise<Page> {
  const page = await s.browser.newPage();
  const url = s.base + path;
  if (s.target === 'firefox') {
    void page.goto(url).catch(() => undefined);
    // BiDi may fail an evaluation while the page is swapped in: poll until the page answers.
    await kit.until(() => page.evaluate((href: string) => location.href === href && document.readyState === 'complete', url).catch(() => false), {
      timeout: 10_000,
      every: 100,
      message: `extension page ${url} did not load`,
    });
  } else {
    await page.goto(url);
  }
  return page;
}

/** Opens a web page and waits until it has loaded. */
export async function openWebPage(s: ExtensionSession, url: string): Promise<Page> {
  const page = await s.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Calls the extension API from an extension page (popup.html), e.g. to find a tab's id. */
export function extensionEval<T>(page: Page, fn: string): Promise<T> {
  return kit.extensionEval(page, fn) as Promise<T>;
}

/**
 * Gives the demo tracker the cookies a user who once visited it would hold: its own first-party
 * cookie (a top-level visit: SameSite=Lax, so never sent to the portal's <img>), and the
 * cross-site identifier a real tracker sets, `tp_uid`, SameSite=None; Secure, which both browsers
 * accept only over https: set through the cookies API, as the demo serves plain http.
 */
export async function seedTrackerCookies(s: ExtensionSession, demo: Demo): Promise<void> {
  const tracker = await openWebPage(s, demo.url('tracker.other.test', '/'));
  await tracker.close();
  const page = await openExtensionPage(s, 'popup.html?tab=-1');
  await extensionEval(
    page,
    `(api) => api.cookies.set({ url: 'https://tracker.other.test/', name: 'tp_uid', value: '${'t'.repeat(24)}', secure: true, sameSite: 'no_restriction', expirationDate: Math.floor(Date.now() / 1000) + 86400 })`,
  );
  await page.close();
}

/** The id of the tab showing `urlPrefix`. */
export async function tabIdOf(s: ExtensionSession, urlPrefix: string): Promise<number> {
  const probe = await openExtensionPage(s, 'popup.html?tab=-1');
  try {
    return (await kit.tabIdIn(probe, urlPrefix)) as number;
  } finally {
    await probe.close();
  }
}

export interface RowData {
  status: string;
  cookie: string;
  flags: string[];
}

/** Opens the popup for a tab and waits until it shows a settled state. */
export async function openPopup(s: ExtensionSession, tabId: number, settled = '[data-state]:not([data-state="loading"])'): Promise<Page> {
  const page = await openExtensionPage(s, `popup.html?tab=${tabId}`);
  await page.waitForSelector(settled, { timeout: 15_000 });
  return page;
}

/** The popup's report rows as the public data-* contract describes them. */
export function readRows(page: Page): Promise<RowData[]> {
  return page.$$eval('[data-status]', (els) =>
    els.map((el) => ({
      status: el.getAttribute('data-status') ?? '',
      cookie: el.getAttribute('data-cookie') ?? '',
      flags: (el.getAttribute('data-flags') ?? '').split(' ').filter(Boolean),
    })),
  );
}

/** Finds the one row for a cookie name, with a readable failure. */
export function rowFor(rows: RowData[], cookie: string): RowData {
  const found = rows.filter((r) => r.cookie === cookie);
  if (found.length !== 1) throw new Error(`expected one row for ${cookie}, got ${found.length}: ${JSON.stringify(rows)}`);
  return found[0]!;
}

/** What the background holds for a tab (the same view the popup renders), asked from an extension page. */
export async function tabView<T = TabViewLike>(s: ExtensionSession, tabId: number): Promise<T> {
  const page = await openExtensionPage(s, 'popup.html?tab=-1');
  try {
    return await extensionEval<T>(page, `(api) => api.runtime.sendMessage({ type: 'get-tab-view', payload: { tabId: ${tabId} } })`);
  } finally {
    await page.close();
  }
}

/** Polls the background until the tab's view is settled (not loading). */
export async function settledView<T extends TabViewLike = TabViewLike>(s: ExtensionSession, tabId: number, timeoutMs = 20_000): Promise<T> {
  return kit.until(
    async () => {
      const view = await tabView<T>(s, tabId);
      return view.kind !== 'loading' ? view : null;
    },
    { timeout: timeoutMs, every: 250, message: `tab ${tabId} still loading after ${timeoutMs} ms` },
  ) as Promise<T>;
}

export interface TabViewLike {
  kind: string;
  message?: string;
  tried?: string[];
  report?: {
    summary: Record<string, number>;
    rows: { status: string; flags: string[]; declaredName: string | null; observed: Record<string, unknown> | null }[];
  };
}
