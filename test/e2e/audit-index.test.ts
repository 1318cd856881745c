/**
 * The batch audit's index.html in real Chromium: its own inline script runs under its strict CSP
 * (the filter and the sort work, no console error, no CSP report), and it makes no request at all.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { pathToFileURL } from 'node:url';
import { renderIndex } from '../../src/cli/audit/index-html';
import { buildSummary } from '../../src/cli/audit/summary';
import { fleet, row, scenario, site } from '../cli/audit-fixtures';
// @ts-expect-error plain ESM kit shared with the benchmark (scripts/bench/)
import * as kit from '../../scripts/browser-kit.mjs';

jest.setTimeout(60_000);

let dir: string;
let browser: Browser;
let close: () => Promise<void>;
let page: Page;
const problems: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cc-audit-index-'));
  const sites = [
    ...fleet(),
    site('hostile.test', [
      scenario('first-visit', [row('<img src=http://tracker.test/x.gif onerror=alert(1)>', { flags: ['needs-check'], severity: 'to-check' })]),
    ]),
  ];
  const file = join(dir, 'index.html');
  writeFileSync(file, renderIndex(buildSummary(sites, '2026-11-23T11:00:00.000+01:00', '0.1.0'), sites));
  ({ browser, close } = (await kit.launchChromium([])) as { browser: Browser; close: () => Promise<void> });
  page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  await page.setRequestInterception(true);
  const url = pathToFileURL(file).href;
  page.on('request', (r) => {
    if (r.url() === url) return void r.continue();
    requests.push(r.url());
    void r.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
});

afterAll(async () => {
  await close?.();
  rmSync(dir, { recursive: true, force: true });
});

const visibleRows = () => page.$$eval('#sites tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.getAttribute('data-site')));

describe('index.html in Chromium', () => {
  it('shows a row per site and the chart', async () => {
    expect(await visibleRows()).toEqual(['evil.test', 'gone.test', 'good.test', 'hostile.test', 'leaky.test']);
    expect(await page.$$eval('svg.chart [data-kind]', (bars) => bars.length)).toBeGreaterThan(3);
  });

  it('narrows the rows with the filter and the verdict menu (its script runs under the CSP)', async () => {
    await page.type('#filter', 'leaky');
    expect(await visibleRows()).toEqual(['leaky.test']);
    expect(await page.$eval('#shown', (el) => el.textContent)).toBe('1');
    await page.$eval('#filter', (el) => ((el as HTMLInputElement).value = ''));
    await page.select('#verdict-filter', 'failed');
    expect(await visibleRows()).toEqual(['gone.test']);
    await page.select('#verdict-filter', '');
  });

  it('sorts by a column when its header is pressed', async () => {
    await page.click('#sites thead button[data-col="2"]'); // violations, ascending
    await page.click('#sites thead button[data-col="2"]'); // descending
    expect((await visibleRows())[0]).toBe('leaky.test');
  });

  it('opens a site section by its anchor, with the timeline', async () => {
    await page.click('#sites tbody tr[data-site="leaky.test"] a');
    expect(await page.$eval('#site-leaky\\.test', (el) => getComputedStyle(el).display)).not.toBe('none');
    expect(await page.$eval('#site-good\\.test', (el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.$eval('#site-leaky\\.test .timeline', (el) => el.textContent)).toContain('_ga');
  });

  it('made no request and logged no error (the hostile image stayed text)', () => {
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
