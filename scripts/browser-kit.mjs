// Driving a browser with the built extension: the helpers the e2e harness (test/e2e/harness.ts)
// and the benchmark (scripts/bench/) share. Plain ESM so that node and jest load it alike.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from './browsers.mjs';

/** Resolves after `ms` milliseconds. */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a truthy value and returns it; throws `message` after `timeout` ms. */
export async function until(check, { timeout = 15_000, every = 100, message = 'timed out' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(message);
    await sleep(every);
  }
}

/**
 * Installs an unpacked extension in Chromium, allowed in incognito windows as a user does in
 * chrome://extensions ("Allow in Incognito"). Returns its id.
 */
export async function installInChromium(browser, dir) {
  const cdp = await browser.target().createCDPSession();
  try {
    const { id } = await cdp.send('Extensions.loadUnpacked', { path: dir, enableInIncognito: true });
    return id;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Launches headless Chromium in a fresh profile with each directory of `extensions` installed;
 * returns the browser, their ids in order, and `close()` (which also removes the profile).
 */
export async function launchChromium(extensions, { protocolTimeout = 120_000 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'cc-chrome-'));
  const browser = await puppeteer.launch({ ...chromiumLaunchOptions(profile), protocolTimeout });
  const close = async () => {
    await browser.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  const ids = [];
  try {
    for (const dir of extensions) ids.push(await installInChromium(browser, dir));
  } catch (error) {
    await close();
    throw error;
  }
  return { browser, ids, profile, close };
}

/**
 * Calls `fn` (source text of `(api, ...args) => …`) in an extension page with the extension API
 * (`browser`, else `chrome`) and `args` (JSON values).
 */
export function extensionEval(page, fn, ...args) {
  return page.evaluate(`(async () => { const api = globalThis.browser ?? globalThis.chrome; return (${fn})(api, ...${JSON.stringify(args)}); })()`);
}

/** Id of the tab whose URL starts with `prefix`, asked from an extension page. */
export async function tabIdIn(page, prefix) {
  const tabs = await extensionEval(page, '(api) => api.tabs.query({})');
  const tab = tabs.find((t) => t.url?.startsWith(prefix));
  if (!tab) throw new Error(`no tab on ${prefix}; tabs: ${tabs.map((t) => t.url).join(', ')}`);
  return tab.id;
}

/** An extension page (Chromium) kept open to call the extension API: `call(fn, ...args)`. */
export async function extensionProbe(browser, extensionId) {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?tab=-1`);
  return {
    page,
    call: (fn, ...args) => extensionEval(page, fn, ...args),
    close: () => page.close().catch(() => undefined),
  };
}

/** Id of the tab showing a URL that starts with `prefix`, through a probe. */
export const tabIdOf = (probe, prefix) => tabIdIn(probe.page, prefix);
