// Entry 1: main-thread time of the every-page content script on a large page that is not a portal.
// Primary method: Chrome tracing of real page loads with the built extension installed, summing
// the script events attributed to chrome-extension://<id>/content.js. A second extension whose
// content script does nothing runs in the same loads: its time is the floor any content script
// pays; a third, whose script reads one attribute of the root element, is the floor of any content
// script that reads the page at all (the isolated world's first touch of `document` builds its
// wrappers). Cross-check: the same bundle evaluated in the page's main world with performance.now().
import { readFile } from 'node:fs/promises';
import { sleep } from '../browser-kit.mjs';
import { summarize } from './stats.mjs';

const CATEGORIES = ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'];

const urlOf = (e) => e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? e.args?.data?.stackTrace?.[0]?.url;

/**
 * Milliseconds of main-thread time attributed to `scriptUrl`: complete events naming it
 * (EvaluateScript, FunctionCall, v8.compile, v8.run...), nested ones counted once.
 */
export function attributedMs(events, scriptUrl) {
  const own = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && urlOf(e) === scriptUrl).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let total = 0;
  let cpu = 0;
  let cpuKnown = true;
  const open = new Map(); // tid → end of the last counted event
  const names = new Set();
  for (const e of own) {
    const end = open.get(e.tid) ?? -1;
    if (e.ts < end) continue; // nested in an event already counted
    total += e.dur;
    if (typeof e.tdur === 'number') cpu += e.tdur;
    else cpuKnown = false;
    names.add(e.name);
    open.set(e.tid, e.ts + e.dur);
  }
  // dur is wall time (the main thread is blocked); tdur is the thread's CPU time, which other
  // processes on a busy machine do not inflate.
  return { ms: total / 1000, cpuMs: cpuKnown ? cpu / 1000 : null, events: own.length, names: [...names] };
}

/** In the page: milliseconds to run `src` as an inline <script> (compile + run, like EvaluateScript). */
function inlineScriptMs(src) {
  const script = document.createElement('script');
  script.textContent = src;
  const start = performance.now();
  document.head.append(script);
  return performance.now() - start;
}

/** Waits past document_idle: content scripts run at the latest right after the load event. */
async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  await sleep(50);
}

export async function benchContentScript({ browser, ccId, baselineId, domBaselineId, pageUrl, contentFile, probeFile, loads = 20, warmup = 2 }) {
  const contentUrl = `chrome-extension://${ccId}/content.js`;
  const baselineUrl = `chrome-extension://${baselineId}/noop.js`;
  const domBaselineUrl = `chrome-extension://${domBaselineId}/noop.js`;
  const source = await readFile(contentFile, 'utf8');
  // probe.js: the full check the popup asks for on a page without the root attribute.
  const probeSource = await readFile(probeFile, 'utf8');
  const page = await browser.newPage();
  const traced = [];
  const tracedCpu = [];
  const baseline = [];
  const domBaseline = [];
  const inPage = [];
  const probeInPage = [];
  let missing = 0;
  let info = {};
  try {
    for (let i = 0; i < warmup + loads; i++) {
      await page.tracing.start({ categories: CATEGORIES });
      await page.goto(`${pageUrl}?load=${i}`, { waitUntil: 'load' });
      await settle(page);
      const raw = await page.tracing.stop();
      const trace = JSON.parse(Buffer.from(raw).toString('utf8'));
      const events = Array.isArray(trace) ? trace : trace.traceEvents;
      const cc = attributedMs(events, contentUrl);
      const noop = attributedMs(events, baselineUrl);
      const dom = attributedMs(events, domBaselineUrl);
      // Cross-check in the main world, after tracing stopped: compile + run of the same bundle.
      // An inline <script> runs synchronously when appended: compile + run, like EvaluateScript.
      const evalMs = await page.evaluate(inlineScriptMs, source);
      const probeMs = await page.evaluate(inlineScriptMs, probeSource);
      if (i === 0) {
        info = await page.evaluate(() => ({
          elements: document.getElementsByTagName('*').length,
          crossOriginIsolated: globalThis.crossOriginIsolated === true,
        }));
        info.eventNames = cc.names;
      }
      if (i < warmup) continue;
      if (cc.events === 0) missing++;
      else {
        traced.push(cc.ms);
        if (cc.cpuMs !== null) tracedCpu.push(cc.cpuMs);
      }
      if (noop.events > 0) baseline.push(noop.ms);
      if (dom.events > 0) domBaseline.push(dom.ms);
      inPage.push(evalMs);
      probeInPage.push(probeMs);
    }
  } finally {
    await page.close().catch(() => undefined);
  }
  return {
    traced: summarize(traced),
    tracedCpu: summarize(tracedCpu),
    baseline: summarize(baseline),
    domBaseline: summarize(domBaseline),
    inPage: summarize(inPage),
    probeInPage: summarize(probeInPage),
    missing,
    loads,
    ...info,
  };
}
