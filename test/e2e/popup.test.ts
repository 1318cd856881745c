/**
 * The popup in real browsers, on the demo portal: declared and observed side by side, the
 * summary, the "problems only" filter, the export (read back from its preview box) and the
 * on-demand value. Asserts on the data-* contract and on which side a cell sits, not on wording.
 */
import type { Page } from 'puppeteer-core';
import { parseCsv } from '../../src/core/export/csv-format';
import { REPORT_CSV_COLUMNS } from '../../src/core/export/csv';
import {
  demoPortal,
  launchWithExtension,
  openExtensionPage,
  openPopup,
  openWebPage,
  readRows,
  seedTrackerCookies,
  settledView,
  tabIdOf,
  type Demo,
  type ExtensionSession,
  type Target,
} from './harness';

jest.setTimeout(60_000);

/** The report with every row of the table in the DOM: a large one streams in after its first rows. */
const COMPLETE = '[data-state="report"] table[data-rows-complete="true"]';

interface SideBySide {
  status: string;
  cookie: string;
  flags: string[];
  declared: string;
  observed: string;
  declaredEmpty: boolean;
  observedEmpty: boolean;
}

/** Each row with the text of its declared and observed cells. */
function readSides(page: Page): Promise<SideBySide[]> {
  return page.$$eval('[data-status]', (els) =>
    els.map((el) => {
      const side = (name: string) => [...el.querySelectorAll(`[data-side="${name}"]`)];
      const text = (name: string) =>
        side(name)
          .map((c) => c.textContent ?? '')
          .join(' | ');
      return {
        status: el.getAttribute('data-status') ?? '',
        cookie: el.getAttribute('data-cookie') ?? '',
        flags: (el.getAttribute('data-flags') ?? '').split(' ').filter(Boolean),
        declared: text('declared'),
        observed: text('observed'),
        declaredEmpty: side('declared').every((c) => c.classList.contains('empty')),
        observedEmpty: side('observed').every((c) => c.classList.contains('empty')),
      };
    }),
  );
}

function one(rows: SideBySide[], cookie: string): SideBySide {
  const found = rows.filter((r) => r.cookie === cookie);
  if (found.length !== 1) throw new Error(`expected one row for ${cookie}, got ${found.length}`);
  return found[0]!;
}

const PROBLEM_FLAGS = ['expiry-exceeds-declared', 'session-mismatch', 'over-13-months'];

/** Runs in the popup: records in `__firstRows` the report rows in the DOM when the table first appears. */
function watchFirstRender(): void {
  const g = globalThis as { __firstRows?: number };
  const check = () => {
    if (g.__firstRows !== undefined || !document.querySelector('table[data-rows-complete]')) return false;
    g.__firstRows = document.querySelectorAll('[data-status]').length;
    return true;
  };
  if (!check()) new MutationObserver((_, observer) => check() && observer.disconnect()).observe(document, { childList: true, subtree: true });
}

/**
 * Opens the popup for a tab, watching its first render. Chrome runs the watcher before the
 * popup's scripts; Firefox's BiDi does not for moz-extension: pages, so there it is installed as
 * soon as the page answers: ~0.2 s, where a 20,000-row report arrives after ~1.5 s (measured).
 * Installed too late, it would see the table whole and the caller's assertion would say so.
 */
async function openPopupWatchingRows(s: ExtensionSession, tabId: number): Promise<Page> {
  if (s.target === 'chrome') {
    const page = await s.browser.newPage();
    await page.evaluateOnNewDocument(watchFirstRender);
    await page.goto(`${s.base}popup.html?tab=${tabId}`);
    return page;
  }
  const page = await openExtensionPage(s, `popup.html?tab=${tabId}`);
  await page.evaluate(watchFirstRender);
  return page;
}

describe.each<Target>(['chrome', 'firefox'])('The popup in %s', (target) => {
  let demo: Demo;
  let s: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    demo = await demoPortal();
    s = await launchWithExtension(target);
    await seedTrackerCookies(s, demo);
    await openWebPage(s, demo.url());
    popup = await openPopup(s, await tabIdOf(s, demo.url()), COMPLETE);
  });

  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  it('puts declared and observed side by side, one line per report row', async () => {
    const rows = await readSides(popup);
    const session = one(rows, 'sessionid');
    expect(session.status).toBe('matched');
    expect(session.declared).toContain('2 weeks by default');
    expect(session.observed).toContain('HttpOnly');
    expect(session.observed).toContain('•••• (32');
    const absent = one(rows, 'django_language');
    expect(absent).toMatchObject({ status: 'absent', observedEmpty: true, declaredEmpty: false });
    expect(absent.declared).toContain('12 months');
    const undeclared = one(rows, 'ab_test_variant');
    expect(undeclared).toMatchObject({ status: 'undeclared', declaredEmpty: true, observedEmpty: false });
    const vague = one(rows, 'atuserid');
    expect(vague.status).toBe('vague');
    expect(vague.declared).toContain('AT Internet');
    expect(vague.observed).toContain('atuserid');
  });

  it('shows summary numbers that match the rows', async () => {
    const rows = await readRows(popup);
    const count = (field: string) => popup.$eval(`[data-count="${field}"] b`, (b) => Number(b.textContent));
    const withStatus = (status: string) => rows.filter((r) => r.status === status).length;
    for (const status of ['matched', 'undeclared', 'absent', 'vague']) expect(await count(status)).toBe(withStatus(status));
    expect(await count('observed')).toBe(withStatus('matched') + withStatus('undeclared') + withStatus('vague'));
    expect(await count('undeclared')).toBeGreaterThanOrEqual(2);
  });

  it('"problems only" hides the matched rows that have no problem', async () => {
    const all = await readRows(popup);
    await popup.click('input[name="filter"][value="problems"]');
    await popup.waitForFunction((n: number) => document.querySelectorAll('[data-status]').length < n, {}, all.length);
    const problems = await readRows(popup);
    expect(problems.map((r) => r.cookie)).not.toContain('sessionid');
    expect(problems.map((r) => r.cookie)).toContain('ab_test_variant');
    for (const r of problems.filter((row) => row.status === 'matched')) expect(r.flags.some((f) => PROBLEM_FLAGS.includes(f))).toBe(true);
    await popup.click('input[name="filter"][value="all"]');
    await popup.waitForFunction((n: number) => document.querySelectorAll('[data-status]').length === n, {}, all.length);
  });

  it('exports CSV that reads back as the rows on screen', async () => {
    await popup.click('details.export > summary');
    await popup.click('input[name="format"][value="csv"]');
    await popup.waitForFunction(() => (document.querySelector('[data-testid="export-preview"]') as HTMLTextAreaElement | null)?.value.startsWith('status,'));
    const csv = await popup.$eval('[data-testid="export-preview"]', (el) => (el as HTMLTextAreaElement).value);
    const [header, ...records] = parseCsv(csv);
    expect(header).toEqual([...REPORT_CSV_COLUMNS]);
    const rows = await readRows(popup);
    expect(records.map((r) => [r[0], r[2], r[1]])).toEqual(rows.map((r) => [r.status, r.cookie, r.flags.join(' ')]));
    await popup.click('details.export > summary');
  });

  it('reveals a value only on request, read by the popup itself, and never exports it', async () => {
    const value = 's'.repeat(32); // the demo portal's session id
    expect(await popup.$eval('main', (m) => m.textContent)).not.toContain(value);
    await popup.click('[data-cookie="sessionid"] .value button');
    await popup.waitForSelector('[data-cookie="sessionid"] code.revealed');
    expect(await popup.$eval('[data-cookie="sessionid"] code.revealed', (c) => c.textContent)).toBe(value);
    await popup.click('details.export > summary');
    await popup.click('input[name="format"][value="json"]');
    await popup.waitForFunction(() => (document.querySelector('[data-testid="export-preview"]') as HTMLTextAreaElement | null)?.value.startsWith('{'));
    const json = await popup.$eval('[data-testid="export-preview"]', (el) => (el as HTMLTextAreaElement).value);
    expect(JSON.parse(json).report.rows.length).toBe((await readRows(popup)).length);
    expect(json).not.toContain(value);
  });

  it('works from the keyboard: a status button opens its explanation', async () => {
    const button = await popup.$('[data-cookie="cookies_preferences"] td.status button');
    await button!.focus();
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-cookie="cookies_preferences"] + tr.details');
    expect(await button!.evaluate((b) => b.getAttribute('aria-expanded'))).toBe('true');
    expect(await popup.$eval('[data-cookie="cookies_preferences"] + tr.details', (tr) => tr.textContent)).toMatch(/12|6/);
  });

  it('streams a 20,000-row report: its first rows at once, then a thousand, and "Show all" for the rest', async () => {
    const url = demo.url('huge.example.test', '/');
    await openWebPage(s, url);
    const tabId = await tabIdOf(s, url);
    const view = await settledView(s, tabId, 40_000);
    expect(view.kind).toBe('report');
    const page = await openPopupWatchingRows(s, tabId);
    await page.waitForSelector(COMPLETE, { timeout: 30_000 });
    const first = await page.evaluate(() => (globalThis as { __firstRows?: number }).__firstRows);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(60);
    const rows = await readRows(page);
    expect(rows).toHaveLength(1000);
    expect(rows.slice(0, 3).map((r) => r.cookie)).toEqual(['cookie_0', 'cookie_1', 'cookie_2']);
    expect(await page.$eval('p.more button', (b) => b.textContent)).toContain(String(view.report!.rows.length));
    await page.close();
  }, 120_000);
});
