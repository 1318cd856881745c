// Launching headless Chromium with the built extension (TOOLING.md recipe, as test/e2e/harness.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../browsers.mjs';

/** Launches Chromium with each directory of `extensions` installed; returns their ids in order. */
export async function launch(extensions) {
  const profile = mkdtempSync(join(tmpdir(), 'cc-bench-'));
  const browser = await puppeteer.launch({ ...chromiumLaunchOptions(profile), protocolTimeout: 120_000 });
  const ids = [];
  try {
    for (const dir of extensions) ids.push(await browser.installExtension(dir));
  } catch (error) {
    await browser.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    ids,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a truthy value; throws `message` after `timeout` ms. */
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
 * An extension page used to call the extension API (tabs.query, storage, badge text) without
 * touching the service worker's own context.
 */
export async function extensionProbe(browser, extensionId) {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?tab=-1`);
  return {
    page,
    call: (fn, ...args) => page.evaluate(`(${fn})(chrome, ...${JSON.stringify(args)})`),
    close: () => page.close().catch(() => undefined),
  };
}

/** Id of the tab showing a URL that starts with `prefix`. */
export async function tabIdOf(probe, prefix) {
  const tabs = await probe.call('(api) => api.tabs.query({})');
  const tab = tabs.find((t) => t.url?.startsWith(prefix));
  if (!tab) throw new Error(`no tab on ${prefix}`);
  return tab.id;
}
