// Entry 4b: the popup's JS heap once its report is on screen, for reports of N rows. Each
// measurement opens popup.html?tab=<id> as a page, waits until every row is in the DOM
// (`data-rows-complete="true"` and N `[data-status]` rows), then asks CDP on that page for two
// garbage collections and the heap's used size. Extension pages share one renderer process and
// one V8 heap, so each sample runs in a fresh browser where the popup is the only extension page.
import { median } from './stats.mjs';
import { until } from '../browser-kit.mjs';

const MB = 1024 * 1024;

/** Used JS heap of `page` after two full collections, in MB, and its DOM node count. */
async function heapOf(page) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    return { mb: usedSize / MB, nodes };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Opens the popup once, waits until `rows` rows are rendered and idle, and measures it. */
async function measureOnce(browser, url, rows) {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      (n) =>
        n === 0
          ? document.querySelector('[data-state]:not([data-state="loading"])')
          : document.querySelector('table[data-rows-complete="true"]') && document.querySelectorAll('[data-status]').length === n,
      { timeout: 30_000, polling: 50 },
      rows,
    );
    // Let the last chunk's effects and the idle work after it run before collecting.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
    return await heapOf(page);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The extension's service worker: asked for tabs and badges without opening an extension page. */
async function serviceWorker(browser, ccId) {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${ccId}/`), { timeout: 30_000 });
  return target.worker();
}

/**
 * One sample in a fresh browser: the portal's tab (none for the floor), its report ready (the
 * badge is set), then the popup page, the only extension page ever opened in that browser.
 */
async function sample(launch, c) {
  const session = await launch();
  try {
    const {
      browser,
      ids: [ccId],
    } = session;
    if (!c) return await measureOnce(browser, `chrome-extension://${ccId}/popup.html?tab=-1`, 0);
    const worker = await serviceWorker(browser, ccId);
    const tab = await browser.newPage();
    await tab.goto(c.url, { waitUntil: 'load' });
    const tabId = await until(
      () =>
        worker.evaluate(async (prefix) => {
          const found = (await chrome.tabs.query({})).find((t) => t.url?.startsWith(prefix));
          return found && (await chrome.action.getBadgeText({ tabId: found.id })) !== '' ? found.id : null;
        }, c.url),
      { timeout: 30_000, every: 200, message: `${c.label}: no report for the portal tab` },
    );
    return await measureOnce(browser, `chrome-extension://${ccId}/popup.html?tab=${tabId}`, c.expectedRows);
  } finally {
    await session.close();
  }
}

const summary = (samples) => ({ heapMB: median(samples.map((s) => s.mb)), nodes: median(samples.map((s) => s.nodes)), samples: samples.map((s) => s.mb) });

/**
 * The floor (a popup page without a report: `?tab=-1`, its error screen), then for each case
 * { label, url, expectedRows }, `times` samples, each in a fresh browser from `launch()`: pages of
 * one extension share a renderer and its V8 heap, and what an earlier page compiled or left
 * behind would count. Median per case.
 */
export async function benchPopupHeap({ launch, cases, times = 3 }) {
  const floor = [];
  for (let i = 0; i < times; i++) floor.push(await sample(launch, null));
  const results = [];
  for (const c of cases) {
    const samples = [];
    for (let i = 0; i < times; i++) samples.push(await sample(launch, c));
    results.push({ ...c, ...summary(samples) });
  }
  return { floor: summary(floor), cases: results };
}
