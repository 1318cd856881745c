#!/usr/bin/env node
// Screenshots of the consent audit and of a site that is not a portal, in English and French:
// docs/audit-en.png, docs/audit-fr.png (the audit view on the demo portal that misbehaves, after
// "Refuse for me"), docs/any-site-en.png, docs/any-site-fr.png (the popup on a tarteaucitron site),
// docs/audit-index.png (`npm run audit`'s index.html over part of the demo fleet).
// Uses the existing build (run `npm run build` first); `npm run screenshots` runs it after the popup's.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import demo from '../test/demo-portal/server.cjs';
import { chromiumLaunchOptions } from './browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'chrome');
const docs = join(root, 'docs');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function tabIdOf(browser, base, url) {
  const probe = await browser.newPage();
  await probe.goto(`${base}popup.html?tab=-1`);
  const tabs = await probe.evaluate(() => chrome.tabs.query({}));
  await probe.close();
  const tab = tabs.find((t) => t.url?.startsWith(url));
  if (!tab) throw new Error(`no tab on ${url}`);
  return tab.id;
}

/** Clicks through the DOM (puppeteer's click waits for a visible, front page). */
const press = (page, selector) => page.$eval(selector, (el) => el.click());

async function shootAudit(browser, base, server, lang) {
  const site = await browser.newPage();
  await site.goto(server.url('leaky.example.test', '/'), { waitUntil: 'load' });
  const tabId = await tabIdOf(browser, base, server.url('leaky.example.test', '/'));
  const view = await browser.newPage();
  await view.setViewport({ width: 900, height: 1400, deviceScaleFactor: 1 });
  await view.goto(`${base}audit.html?tab=${tabId}`);
  await view.waitForSelector('[data-audit-state="idle"] [data-action="start-audit"]', { timeout: 20_000 });
  await press(view, '[data-action="start-audit"]');
  await view.waitForSelector('[data-action="confirm"]:not([disabled])');
  await press(view, '[data-action="confirm"]');
  await view.waitForSelector('[data-audit-state="recording"]', { timeout: 60_000 });
  await sleep(3000); // the page writes before any choice
  await press(view, '[data-action="opt-out"]');
  await view.waitForFunction(() => document.querySelector('[data-current-phase]')?.getAttribute('data-current-phase') === 'after-refusal', {
    timeout: 30_000,
  });
  await site.reload({ waitUntil: 'load' }); // a page view after the refusal: the tracker is renewed
  await sleep(2500);
  await view.bringToFront();
  const file = join(docs, `audit-${lang}.png`);
  await view.screenshot({ path: file });
  console.log(`[screenshots] ${file}`);
  await press(view, '[data-action="stop-audit"]');
  await view.waitForSelector('[data-audit-state="done"]', { timeout: 30_000 });
}

async function shootAnySite(browser, base, server, lang) {
  const url = server.url('tac.example.test', '/');
  const site = await browser.newPage();
  await site.goto(url, { waitUntil: 'load' });
  await sleep(1500);
  const tabId = await tabIdOf(browser, base, url);
  const popup = await browser.newPage();
  await popup.setViewport({ width: 800, height: 600, deviceScaleFactor: 1 });
  await popup.goto(`${base}popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-state="report"] [data-source-kind]', { timeout: 30_000 });
  const file = join(docs, `any-site-${lang}.png`);
  await popup.screenshot({ path: file });
  console.log(`[screenshots] ${file}`);
}

async function shoot(server, lang) {
  const profile = mkdtempSync(join(tmpdir(), `cc-shots-audit-${lang}-`));
  const browser = await puppeteer.launch({
    ...chromiumLaunchOptions(profile, [`--lang=${lang}`, `--accept-lang=${lang}`]),
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
  });
  try {
    const id = await browser.installExtension(dist);
    const base = `chrome-extension://${id}/`;
    await shootAnySite(browser, base, server, lang); // first: the audit's demo site shares its registrable domain
    await shootAudit(browser, base, server, lang);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** `npm run audit` over part of the demo fleet, then its index.html. */
async function shootIndex(server) {
  const out = mkdtempSync(join(tmpdir(), 'cc-shots-index-'));
  try {
    const hosts = ['consent', 'leaky', 'tac', 'klaro', 'orejime', 'p-leak-after-1', 'p-good-1', 'nobody', 'gone'];
    const urls = hosts.map((h) => server.url(`${h}.example.test`, '/'));
    // Spawned, not spawnSync: the demo server answering the CLI's browsers lives in this process.
    const args = [join(root, 'scripts', 'audit.mjs'), ...urls, '--out', out, '--scenarios', 'first-visit,refuse', '--concurrency', '2'];
    const child = spawn(process.execPath, [...args, '--resolve', '*.example.test=127.0.0.1'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, CC_AUDIT_NO_BUILD: '1' },
    });
    const status = await new Promise((resolve) => child.on('exit', resolve));
    if (status !== 0 && status !== 1) throw new Error(`npm run audit exited ${status}`);
    const profile = mkdtempSync(join(tmpdir(), 'cc-shots-idx-'));
    const browser = await puppeteer.launch(chromiumLaunchOptions(profile, []));
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900, deviceScaleFactor: 1 });
      await page.goto(pathToFileURL(join(out, 'index.html')).href, { waitUntil: 'load' });
      const file = join(docs, 'audit-index.png');
      await page.screenshot({ path: file });
      console.log(`[screenshots] ${file}`);
    } finally {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function main() {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  mkdirSync(docs, { recursive: true });
  const server = await demo.startDemoPortal({ port: 0 });
  try {
    for (const lang of ['en', 'fr']) await shoot(server, lang);
    await shootIndex(server);
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(`[screenshots] ${error.message}`);
  process.exit(1);
});
