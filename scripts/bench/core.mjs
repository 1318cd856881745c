// Entries 2 and 3: the core's charter parser and comparison, timed inside a bench page in
// headless Chromium (the bundle from scripts/bench/entry.ts), and the comparison in node too.
import { summarize } from './stats.mjs';

/** Opens the cross-origin-isolated bench page and checks the bundle is there. */
export async function openLab(browser, url) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const ready = await page.evaluate(() => ({
    bundle: typeof globalThis.ccBench?.runParse === 'function',
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    timerResolutionMs: globalThis.ccBench?.timerResolution(),
  }));
  if (!ready.bundle) throw new Error('the bench bundle did not load in the bench page');
  return { page, ...ready };
}

/** Parses each case in the page; `cases` are { name, path (served charter), url, rows?, loop }. */
export async function benchParse(lab, cases) {
  const results = [];
  for (const c of cases) {
    const run = await lab.page.evaluate(
      async ({ path, url, loop }) => {
        const html = await (await fetch(path)).text();
        return { ...globalThis.ccBench.runParse(html, url, loop), bytes: html.length };
      },
      { path: c.path, url: c.url, loop: c.loop },
    );
    if (run.kind !== 'declaration') throw new Error(`${c.name}: parseCharter found no cookie table`);
    if (c.rows !== undefined && run.entries !== c.rows) throw new Error(`${c.name}: expected ${c.rows} entries, parseCharter returned ${run.entries}`);
    results.push({ ...c, entries: run.entries, tables: run.tables, bytes: run.bytes, parse: summarize(run.parse), total: summarize(run.total) });
  }
  return results;
}

const summarized = (runs, loop) => runs.map((run) => ({ n: run.n, loop, declaredEntries: run.declaredEntries, rows: run.rows, time: summarize(run.samples) }));

/** Compares 1,000 declared entries with each cookie count in `sizes`, in the page. */
export async function benchCompareInPage(lab, sizes, loop) {
  const runs = await lab.page.evaluate((s, l) => globalThis.ccBench.runCompare(s, l), sizes, loop);
  return summarized(runs, loop);
}

/** The same comparison in this node process (imported from the node build of the bundle). */
export async function benchCompareInNode(modulePath, sizes, loop) {
  const bench = await import(modulePath);
  return summarized(bench.runCompare(sizes, loop), loop);
}
