/**
 * One scenario on one site, in its own fresh browser: open the site's tab, open the audit view
 * for it (audit.html?tab=<id>), start + confirm, do the scenario, read the snapshot (audit-get)
 * and the popup's report (get-tab-view), stop. Every step is bounded; a failure is a reason.
 */
import type { Page } from 'puppeteer-core';
import type { AuditSnapshot } from '../../contracts/audit';
import { registrableDomain } from '../../core/cookies/domain';
import type { TabView } from '../../core/findings';
import { launchAuditBrowser, type AuditBrowser, type BrowserOptions } from './browser';
import { loadPage, settle, SETTLE_CAP_MS } from './page-load';
import { fromExtension, pickPageViews } from './snapshot';
import { localIso } from './time';
import type { Scenario, ScenarioResult } from './types';

// CC_AUDIT_DEBUG=1: each step's time on stderr, to see where a slow site spends it.
const debug = process.env.CC_AUDIT_DEBUG === '1';
const step = (t0: number, url: string, what: string) => debug && process.stderr.write(`[audit] ${((Date.now() - t0) / 1000).toFixed(1)} s ${url}: ${what}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(check: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) return undefined;
    await sleep(150);
  }
}

/** Clicks `selector` when the view shows it within `ms`; false when it does not. */
async function clickIfShown(page: Page, selector: string, ms: number): Promise<boolean> {
  const handle = await page.waitForSelector(selector, { visible: true, timeout: ms }).catch(() => null);
  if (!handle) return false;
  await handle.click();
  return true;
}

/** The site tab's id, asked from the extension's service worker. */
async function tabIdOf(b: AuditBrowser, finalUrl: string): Promise<number> {
  const worker = await b.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${b.extensionId}/`), {
    timeout: 10_000,
  });
  const sw = await worker.worker();
  if (!sw) throw new Error('no service worker');
  const tabs = (await sw.evaluate(() => chrome.tabs.query({}))) as { id?: number; url?: string }[];
  const tab = tabs.find((t) => t.url === finalUrl) ?? tabs.find((t) => t.url && /^https?:/.test(t.url));
  if (tab?.id === undefined) throw new Error('the site tab is not known to the extension');
  return tab.id;
}

/** Start + confirm in the view (its buttons; the same request when the view does not show them). */
async function startAudit(b: AuditBrowser, view: Page, tabId: number): Promise<void> {
  const clicked = (await clickIfShown(view, '[data-action="start-audit"]', 5_000)) && (await clickIfShown(view, '[data-action="confirm"]', 5_000));
  if (!clicked) await b.send<AuditSnapshot>(view, 'audit-start', { tabId });
  const recording = await until(async () => (await b.send<AuditSnapshot>(view, 'audit-get', { tabId }, 5_000)).state === 'recording', 10_000);
  if (!recording) throw new Error('audit-error: the audit did not start');
}

/** refuse / accept: the site's own control through autoconsent, two more page views, a reload. */
async function chooseAndBrowse(b: AuditBrowser, site: Page, view: Page, tabId: number, scenario: Scenario, result: ScenarioResult): Promise<void> {
  const action = scenario === 'refuse' ? 'optOut' : 'optIn';
  const choice = await b.send<ScenarioResult['choice']>(view, 'audit-autoconsent', { tabId, action }, 30_000).catch((e: unknown) => ({
    ok: false,
    reason: e instanceof Error ? e.message : String(e),
  }));
  result.choice = choice;
  if (!choice?.ok) result.notes.push(`no-consent-rule: ${choice?.reason ?? 'autoconsent made no choice'}`);
  else await until(async () => (await b.send<AuditSnapshot>(view, 'audit-get', { tabId }, 5_000)).consent?.decided, 5_000);
  await settle(site, 5_000);
  const here = site.url();
  const site0 = registrableDomain(new URL(here).hostname);
  const links = (await site.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href)).catch(() => [])) as string[];
  for (const url of [...pickPageViews(links, here, (h) => registrableDomain(h) === site0), null]) {
    const outcome = await loadPage(site, url);
    result.pageViews.push(url ?? 'reload');
    if (outcome.failure) result.notes.push(`page view ${url ?? 'reload'}: ${outcome.failure}`);
    else if (!outcome.settled) result.notes.push(`never-settled: ${url ?? 'reload'}`);
  }
}

/**
 * Runs one scenario of one site in a fresh browser; never throws. `live` holds the browser's
 * close() while it runs, so an abandoning Ctrl-C can close it (and its profile) at once.
 */
export async function runScenario(
  options: BrowserOptions,
  url: string,
  scenario: Scenario,
  live?: Set<() => Promise<void>>,
): Promise<ScenarioResult & { browser: string | null; extensionVersion: string | null }> {
  const result: ScenarioResult & { browser: string | null; extensionVersion: string | null } = {
    scenario,
    startedAt: localIso(Date.now()),
    endedAt: '',
    url,
    finalUrl: null,
    httpStatus: null,
    choice: null,
    pageViews: [],
    ...fromExtension(null, null),
    notes: [],
    failure: null,
    browser: null,
    extensionVersion: null,
  };
  let b: AuditBrowser | undefined;
  try {
    b = await launchAuditBrowser(options).catch((e: unknown) => {
      throw new Error(`browser-error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    });
    const t0 = Date.now();
    step(t0, url, 'launched');
    live?.add(b.close);
    result.browser = b.version;
    result.extensionVersion = b.extensionVersion;
    const site = await b.browser.newPage();
    const first = await loadPage(site, url);
    Object.assign(result, { finalUrl: first.finalUrl, httpStatus: first.httpStatus });
    step(t0, url, `loaded ${first.failure ?? ''}`);
    if (first.failure) throw new Error(first.failure);
    if (!first.loaded) throw new Error(`never-settles: still loading after ${SETTLE_CAP_MS / 1000} s`);
    const tabId = await tabIdOf(b, site.url());
    const view = await b.browser.newPage();
    await view.goto(`chrome-extension://${b.extensionId}/audit.html?tab=${tabId}`, { waitUntil: 'domcontentloaded', timeout: 10_000 });
    let navigations = 0;
    site.on('framenavigated', (frame) => void (frame === site.mainFrame() && navigations++));
    step(t0, url, 'view open');
    await startAudit(b, view, tabId);
    step(t0, url, 'recording');
    await until(async () => navigations > 0, 5_000); // the fresh start reloads the tab
    await site.bringToFront();
    const settled = await settle(site);
    if (!settled) result.notes.push('never-settled: no network quiet within 10 s');
    step(t0, url, 'settled');
    if (scenario !== 'first-visit') await chooseAndBrowse(b, site, view, tabId, scenario, result);
    step(t0, url, 'scenario done');
    const snapshot = await b.send<AuditSnapshot>(view, 'audit-get', { tabId });
    const tabView = await b.send<TabView>(view, 'get-tab-view', { tabId }).catch(() => null);
    const read = fromExtension(snapshot, tabView);
    Object.assign(result, { ...read, notes: [...read.notes, ...result.notes] });
    result.finalUrl = site.url();
    step(t0, url, 'read');
    await b
      .send(view, 'audit-stop', { tabId, keep: false }, 10_000)
      .catch((e: unknown) => result.notes.push(`stop: ${e instanceof Error ? e.message : String(e)}`));
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    result.failure = /^[a-z0-9-]+(?::|$)/.test(message) ? message : `audit-error: ${message}`;
  } finally {
    if (b) live?.delete(b.close);
    await b?.close();
    result.endedAt = localIso(Date.now());
  }
  return result;
}
