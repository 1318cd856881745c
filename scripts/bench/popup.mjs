// Entry 4: the popup, from opening to its report table painted, for a bench portal's tab.
// Each iteration opens a fresh page at popup.html?tab=<id>; a script registered before the
// document exists watches for `[data-state="report"]` with its rows (`[data-status]`), then waits
// two animation frames (painted) and reads performance.now(): navigation start is its origin.
import { sleep, tabIdOf, until } from '../browser-kit.mjs';
import { median, summarize } from './stats.mjs';

/**
 * Runs in the popup before its own scripts: resolves globalThis.__ccPopup with two moments, each
 * after two animation frames (painted): the report table first painted with rows (the popup
 * streams large tables: first rows at once, the rest on later frames), and all `minRows` rows in.
 */
function watchReport(minRows) {
  globalThis.__ccPopup = new Promise((resolve) => {
    const out = {};
    const afterPaint = (key, done) =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          out[key] = performance.now();
          if (done) {
            const nav = performance.getEntriesByType('navigation')[0];
            resolve({ ...out, domContentLoaded: nav?.domContentLoadedEventEnd ?? null, visibility: document.visibilityState });
          }
        }),
      );
    const check = () => {
      if (!document.querySelector('[data-state="report"]')) return false;
      const rows = document.querySelectorAll('[data-status]').length;
      if (rows > 0 && out.firstFound === undefined) {
        out.firstFound = performance.now();
        out.firstRows = rows;
        afterPaint('firstPainted', false);
      }
      if (rows < minRows) return false;
      out.found = performance.now();
      out.rows = rows;
      afterPaint('painted', true);
      return true;
    };
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state', 'data-status'] });
  });
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'];
// Main-thread work by kind, from the trace event names of the renderer's timeline.
const KINDS = {
  script: [
    'EvaluateScript',
    'FunctionCall',
    'v8.compile',
    'v8.compileModule',
    'RunMicrotasks',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'v8.evaluateModule',
  ],
  'style + layout': ['UpdateLayoutTree', 'RecalculateStyles', 'Layout', 'ParseAuthorStyleSheet'],
  'paint + composite': ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit', 'PaintImage'],
  'HTML parse': ['ParseHTML'],
};

/**
 * The script URLs a trace event names. A classic script shows as EvaluateScript with its URL;
 * popup.js is an ES module (it shares a chunk with the audit view), which shows as
 * v8.compileModule / v8.evaluateModule with a fileName.
 */
const scriptUrlsOf = (e) => [e.args?.data?.url, e.args?.fileName, e.args?.data?.fileName, e.args?.url];

/**
 * ms per kind of work on the popup's main thread (the thread that evaluated popup.js), counting
 * an event only when no other tracked event encloses it (a forced layout inside script is script).
 */
export function mainThreadBreakdown(events, popupJsUrl) {
  const evaluate = events.find((e) => e.ph === 'X' && scriptUrlsOf(e).includes(popupJsUrl));
  if (!evaluate) return null;
  const kindOf = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])));
  const own = events
    .filter((e) => e.ph === 'X' && e.pid === evaluate.pid && e.tid === evaluate.tid && kindOf.has(e.name) && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const ms = Object.fromEntries(Object.keys(KINDS).map((k) => [k, 0]));
  let end = -1;
  for (const e of own) {
    if (e.ts < end) continue;
    ms[kindOf.get(e.name)] += e.dur / 1000;
    end = e.ts + e.dur;
  }
  return ms;
}

/** Opens the popup once and reports its timings (or throws when no report shows in time). */
async function openOnce(browser, url, minRows, { trace = false } = {}) {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(watchReport, minRows);
    if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'load' });
    const timings = await page.evaluate(() =>
      Promise.race([
        globalThis.__ccPopup ?? Promise.reject(new Error('watcher missing')),
        new Promise((_, reject) => setTimeout(() => reject(new Error('no report painted within 10 s')), 10_000)),
      ]),
    );
    if (!trace) return timings;
    const raw = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    const events = Array.isArray(raw) ? raw : raw.traceEvents;
    return { ...timings, breakdown: mainThreadBreakdown(events, new URL('popup.js', url).href) };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** ms of `get-tab-view` round trips from an extension page: what the popup waits for. */
function backgroundRoundTrips(probe, tabId, times) {
  return probe.call(
    `async (api, tabId, times) => {
    const out = [];
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      await api.runtime.sendMessage({ type: 'get-tab-view', payload: { tabId } });
      out.push(performance.now() - start);
    }
    return out;
  }`,
    tabId,
    times,
  );
}

/** Rows of the tab's report as the background computes it (the popup may render fewer). */
function reportRows(probe, tabId) {
  return probe.call(
    '(api, tabId) => api.runtime.sendMessage({ type: "get-tab-view", payload: { tabId } }).then((v) => v?.report?.rows?.length ?? null)',
    tabId,
  );
}

/** The report's rows once the popup settled: rows and their statuses. */
async function settledRows(browser, url) {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('[data-state="report"]', { timeout: 3000 });
    let last = -1;
    for (;;) {
      await sleep(250);
      const counts = await page.$$eval('[data-status]', (els) => els.map((el) => el.getAttribute('data-status')));
      if (counts.length === last) {
        const byStatus = {};
        for (const s of counts) byStatus[s] = (byStatus[s] ?? 0) + 1;
        return { rows: counts.length, byStatus };
      }
      last = counts.length;
    }
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * For each case { label, host, url, expectedRows }: opens the portal in a tab, waits until the
 * background has its report, then times `iterations` popup openings after `warmup` ones.
 */
export async function benchPopup({ browser, ccId, probe, cases, iterations = 15, warmup = 2 }) {
  const results = [];
  for (const c of cases) {
    const tab = await browser.newPage();
    try {
      await tab.goto(c.url, { waitUntil: 'load' });
      const tabId = await tabIdOf(probe, c.url);
      const popupUrl = `chrome-extension://${ccId}/popup.html?tab=${tabId}`;
      const settled = await until(() => settledRows(browser, popupUrl).catch(() => null), {
        timeout: 30_000,
        every: 200,
        message: `${c.label}: the popup never showed a report`,
      });
      const samples = [];
      const found = [];
      const firstPainted = [];
      let firstRows = 0;
      const dcl = [];
      let visibility = '';
      for (let i = 0; i < warmup + iterations; i++) {
        const t = await openOnce(browser, popupUrl, settled.rows);
        visibility = t.visibility;
        if (i < warmup) continue;
        samples.push(t.painted);
        found.push(t.found);
        firstPainted.push(t.firstPainted);
        firstRows = t.firstRows;
        if (t.domContentLoaded !== null) dcl.push(t.domContentLoaded);
      }
      const roundTrips = await backgroundRoundTrips(probe, tabId, warmup + iterations);
      // Three more openings, traced (not timed): where the main thread's time goes.
      const traced = [];
      for (let i = 0; i < 3; i++) traced.push(await openOnce(browser, popupUrl, settled.rows, { trace: true }));
      const kinds = Object.keys(traced[0].breakdown ?? {});
      const breakdown = traced.every((t) => t.breakdown) ? Object.fromEntries(kinds.map((k) => [k, median(traced.map((t) => t.breakdown[k]))])) : null;
      results.push({
        ...c,
        tabId,
        reportRows: await reportRows(probe, tabId),
        rows: settled.rows,
        byStatus: settled.byStatus,
        visibility,
        painted: summarize(samples),
        firstPainted: summarize(firstPainted),
        firstRows,
        found: summarize(found),
        domContentLoaded: summarize(dcl),
        backgroundRoundTrip: summarize(roundTrips.slice(warmup)),
        tracedOpenings: { painted: traced.map((t) => t.painted), mainThreadMsMedian: breakdown },
      });
    } finally {
      await tab.close().catch(() => undefined);
    }
  }
  return results;
}
