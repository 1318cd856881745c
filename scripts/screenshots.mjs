#!/usr/bin/env node
// Screenshots of the popup on the demo portal, in English and French: docs/popup-en.png, docs/popup-fr.png.
// Uses the existing build (run `npm run build` first); re-runnable.
// Usage: node scripts/screenshots.mjs [--dark] [--full]   (--full: the whole page, not just the popup's 800 × 600)
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import demo from '../test/demo-portal/server.cjs';
import { chromiumLaunchOptions } from './browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'chrome');
const docs = join(root, 'docs');
const dark = process.argv.includes('--dark');
const full = process.argv.includes('--full');
// Chrome's largest popup is 800 × 600: the picture shows what a user sees without scrolling.
const VIEWPORT = { width: 800, height: 600, deviceScaleFactor: 1 };

/** The tab id of the page at `url`, asked from an extension page (as test/e2e/harness.ts does). */
async function tabIdOf(browser, base, url) {
  const probe = await browser.newPage();
  await probe.goto(`${base}popup.html?tab=-1`);
  const tabs = await probe.evaluate(() => chrome.tabs.query({}));
  await probe.close();
  const tab = tabs.find((t) => t.url?.startsWith(url));
  if (!tab) throw new Error(`no tab on ${url}`);
  return tab.id;
}

/** One language: a fresh profile, the extension, the demo portal, then the popup for its tab. */
async function shoot(server, lang) {
  const profile = mkdtempSync(join(tmpdir(), `cc-shots-${lang}-`));
  const browser = await puppeteer.launch({
    // --lang sets the UI language chrome.i18n follows; LANGUAGE covers Linux builds that read the environment.
    ...chromiumLaunchOptions(profile, [`--lang=${lang}`, `--accept-lang=${lang}`]),
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
  });
  try {
    const id = await browser.installExtension(dist);
    const base = `chrome-extension://${id}/`;
    // A first-party visit gives the tracker its cookie, as in the e2e tests (Chromium refuses SameSite=None over http).
    const tracker = await browser.newPage();
    await tracker.goto(server.url('tracker.other.test', '/'), { waitUntil: 'load' });
    await tracker.close();
    const portal = await browser.newPage();
    await portal.goto(server.url(), { waitUntil: 'load' });
    const tabId = await tabIdOf(browser, base, server.url());
    const popup = await browser.newPage();
    await popup.setViewport(VIEWPORT);
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
    await popup.goto(`${base}popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-state="report"]', { timeout: 20_000 }).catch(async (error) => {
      const state = await popup.$eval('[data-state]', (el) => el.getAttribute('data-state')).catch(() => 'none');
      throw new Error(`${lang}: the popup shows "${state}", not the report (${error.message})`);
    });
    const uiLang = await popup.evaluate(() => chrome.i18n.getUILanguage());
    const file = join(docs, `popup-${lang}${dark ? '-dark' : ''}${full ? '-full' : ''}.png`);
    await popup.screenshot({ path: file, fullPage: full });
    console.log(`[screenshots] ${file} (UI language ${uiLang})`);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  mkdirSync(docs, { recursive: true });
  const server = await demo.startDemoPortal({ port: 0 });
  try {
    // One retry per language: a cold browser profile occasionally misses the first charter read.
    for (const lang of ['en', 'fr'])
      await shoot(server, lang).catch((error) => (console.warn(`[screenshots] ${error.message}; retrying`), shoot(server, lang)));
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(`[screenshots] ${error.message}`);
  process.exit(1);
});
