#!/usr/bin/env node
// Renders icons/icon.svg to the PNG sizes the manifests need, with headless Chromium.
// Re-run after editing the SVG: npm run icons
import puppeteer from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, chromiumArgs } from './browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 128];

const svg = await readFile(join(root, 'icons/icon.svg'), 'utf8');
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs() });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
    await page.screenshot({ path: join(root, `icons/icon-${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
