#!/usr/bin/env node
// npm run bench: builds the extension, then measures it in headless Chromium (see bench/README.md).
// Prints a table and writes bench/results/latest.json plus a dated copy. Exit 0 even when a
// target is missed (the table says MISSED); exit 1 when a measurement could not run.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { extensionProbe, launchChromium as launch } from './browser-kit.mjs';
import { benchContentScript } from './bench/content.mjs';
import { benchCompareInNode, benchCompareInPage, benchParse, openLab } from './bench/core.mjs';
import { benchPortal, benchSite, generatedCharter, nonPortalPage, portalCharter, portalHome, setCookies } from './bench/pages.mjs';
import { benchPopup } from './bench/popup.mjs';
import { benchPopupHeap } from './bench/popup-heap.mjs';
import { entry, table, writeResults } from './bench/report.mjs';
import { startBenchServer } from './bench/server.mjs';
import { bundleSizes, folderBytes, pageCodeSizes } from './bench/sizes.mjs';
import { benchWorkerHeap } from './bench/worker.mjs';
import { benchAudit } from './bench/audit.mjs';
import { benchAuditCli } from './bench/audit-cli.mjs';
import { benchAuditView } from './bench/audit-view.mjs';
import { benchAutoconsent } from './bench/autoconsent.mjs';
import { benchDeclarations } from './bench/declarations.mjs';
import { benchPublicSuffix } from './bench/psl.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The build goes where scripts/build.mjs puts it: dist/, or CC_DIST (a parallel checkout's own folder).
const distRoot = process.env.CC_DIST ? join(root, process.env.CC_DIST) : join(root, 'dist');
const KB = 1024;
const startedAt = new Date().toISOString();
const loadAtStart = loadavg()[0];
const t0 = performance.now();
const entries = [];
const details = {};
const errors = [];
const log = (message) => console.log(`[bench] ${message}`);

/** A module's plain row as a table entry (`target` may be given as a bare maximum). */
const asEntry = (r) => entry({ ...r, target: typeof r.target === 'number' ? { max: r.target } : r.target });

/** Runs one suite; a failure is recorded (exit 1 at the end) and the other suites still run. */
async function suite(name, fn) {
  const start = performance.now();
  try {
    await fn();
    log(`${name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  } catch (error) {
    errors.push({ suite: name, message: error instanceof Error ? error.message : String(error) });
    log(`${name}: FAILED: ${error instanceof Error ? error.stack : error}`);
  }
}

function git(args) {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

// 1. Build the extension as shipped, and the bench bundle (core + timing loops) for page and node.
log('building the extension (node scripts/build.mjs)');
const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
if (built.status !== 0) {
  console.error(built.stdout, built.stderr);
  console.error('[bench] the build failed: nothing measured');
  process.exit(1);
}
const tmp = await mkdtemp(join(tmpdir(), 'cc-bench-'));
// The browsers load a private copy: a rebuild of dist/ during the run cannot change what is measured.
const dist = join(tmp, 'chrome');
await cp(join(distRoot, 'chrome'), dist, { recursive: true });
const benchEntry = join(root, 'scripts', 'bench', 'entry.ts');
const common = {
  entryPoints: [benchEntry],
  bundle: true,
  absWorkingDir: root,
  logLevel: 'warning',
  legalComments: 'none',
  define: { __TARGET__: '"chrome"', __DEV__: 'false' },
};
await build({ ...common, outfile: join(tmp, 'bench.js'), format: 'iife', globalName: 'ccBench', target: ['chrome120'], minify: true });
await build({ ...common, outfile: join(tmp, 'bench-node.mjs'), format: 'esm', platform: 'node', target: ['node20'], minify: true });

// Two baseline extensions: one whose content script does nothing (the floor of any content script)
// and one whose script reads one attribute of the root (the floor of any that reads the page).
async function baselineExtension(name, source) {
  const dir = join(tmp, name);
  await mkdir(dir);
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: `bench ${name}`,
      version: '1.0',
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['noop.js'], run_at: 'document_idle' }],
    }),
  );
  await writeFile(join(dir, 'noop.js'), source);
  return dir;
}
const noopExt = await baselineExtension('noop-extension', '"use strict";(()=>{})();\n');
const domExt = await baselineExtension('dom-extension', '"use strict";(()=>{document.documentElement.getAttribute("ng-app");})();\n');

// 2. The pages: one large page that is not a portal, the bench page, charters, bench portals.
const site = nonPortalPage(5000);
const GEN_ROWS = [100, 1000, 10000];
const routes = {
  '/site/page': { body: site.html },
  '/lab': {
    body: '<!doctype html><html><head><meta charset="utf-8"><title>Cookie Charter bench</title><script src="/bench.js"></script></head><body></body></html>',
  },
  '/bench.js': { file: join(tmp, 'bench.js'), type: 'text/javascript' },
  '/charters/saintnazaire.html': { file: join(root, 'test/fixtures/charters/data.saintnazaireagglo.fr.html') },
  '/charters/demo.html': { file: join(root, 'test/demo-portal/pages/charter.html') },
};
for (const rows of GEN_ROWS) routes[`/charters/generated-${rows}.html`] = { body: generatedCharter(rows) };

const POPUP_CASES = [
  { label: '10 rows', host: 'bench-rows10.test', ...benchPortal({ declared: 8, matched: 3, undeclared: 2, siteName: 'Bench 10' }) },
  // Issue 13: a site that is not a portal, its declaration read from its cookie policy page.
  {
    label: '10 rows, not a portal',
    id: 'site10',
    host: 'bench-site10.test',
    ...benchSite({ declared: 8, matched: 3, undeclared: 2, siteName: 'Bench Site 10' }),
  },
  { label: '500 rows', host: 'bench-rows500.test', ...benchPortal({ declared: 450, matched: 50, undeclared: 50, siteName: 'Bench 500' }) },
];
// The popup's heap: a small report, one the size of a busy portal's cookie jar, a large one.
const HEAP_CASES = [
  { label: '10 rows', host: 'bench-rows10.test', ...benchPortal({ declared: 8, matched: 3, undeclared: 2, siteName: 'Bench 10' }) },
  { label: '170 rows', host: 'bench-rows170.test', ...benchPortal({ declared: 120, matched: 120, undeclared: 50, siteName: 'Bench 170' }) },
  { label: '500 rows', host: 'bench-rows500.test', ...benchPortal({ declared: 450, matched: 50, undeclared: 50, siteName: 'Bench 500' }) },
];
const HEAP_TABS = 50;
const heapPortals = Array.from({ length: HEAP_TABS }, (_, i) => ({
  host: `bench-heap${i + 1}.test`,
  ...benchPortal({ declared: 30, matched: 5, undeclared: 5, siteName: `Heap ${i + 1}` }),
}));
const portals = {};
for (const p of [...POPUP_CASES, ...HEAP_CASES, ...heapPortals]) {
  portals[p.host] = p.pages
    ? { home: p.home, pages: p.pages, cookies: setCookies(p.cookies, p.host) }
    : { home: portalHome(p.siteName), charter: portalCharter(p.siteName, p.names), cookies: setCookies(p.cookies, p.host) };
}
const server = await startBenchServer({ routes, portals });

// 3. Bundle sizes.
await suite('sizes', async () => {
  const sizes = await bundleSizes(dist, ['content.js', 'reader.js', 'popup.js', 'background.js']);
  details.sizes = sizes;
  const kb = (file, kind) => sizes[file][kind] / KB;
  entries.push(
    entry({
      id: 'content.size.min',
      name: 'content.js size, minified',
      value: kb('content.js', 'minified'),
      unit: 'KB',
      target: { max: 10 },
      method: 'bytes of dist/chrome/content.js (1 KB = 1024 B)',
    }),
    entry({ id: 'content.size.gzip', name: 'content.js size, gzipped', value: kb('content.js', 'gzip'), unit: 'KB', method: 'zlib gzip level 9' }),
    entry({
      id: 'reader.size.min',
      name: 'reader.js size, minified',
      value: kb('reader.js', 'minified'),
      unit: 'KB',
      method: 'bytes of dist/chrome/reader.js',
    }),
    entry({ id: 'reader.size.gzip', name: 'reader.js size, gzipped', value: kb('reader.js', 'gzip'), unit: 'KB', method: 'zlib gzip level 9' }),
  );
  // The whole unpacked extension, each target as built (every file, not the folders' own blocks).
  // Before: 474.6 / 471.9 KiB (Chrome / Firefox) at commit 70f4006, before the consent audit, the
  // batch audit and any-site declarations (issues 11-13), built the same way.
  for (const target of ['chrome', 'firefox']) {
    entries.push(
      entry({
        id: `extension.unpacked.${target}`,
        name: `unpacked extension (${target})`,
        value: (await folderBytes(join(distRoot, target))) / KB,
        unit: 'KB',
        // Half of Cookie-Editor's 812 KiB.
        target: { max: 406 },
        method: `bytes of every file under dist/${target} (1 KB = 1024 B); before issues 11-13: ${target === 'chrome' ? '474.6' : '471.9'} KB at 70f4006`,
      }),
    );
  }
});

// 4. The comparison in node (informational; the target applies to Chromium).
const COMPARE_SIZES = [1000, 5000, 20000];
const compareLabel = (n) => `1,000 declared × ${n.toLocaleString('en')} cookies`;
const COMPARE_LOOP = { warmup: 4, iterations: 21 };
await suite('compare (node)', async () => {
  details.compareNode = await benchCompareInNode(pathToFileURL(join(tmp, 'bench-node.mjs')).href, COMPARE_SIZES, COMPARE_LOOP);
});

// 5. Chromium with the extension and the baseline extension: content script, core, popup.
const main = await launch([dist, noopExt, domExt]).catch((error) => {
  errors.push({ suite: 'launch', message: error.message });
  return null;
});
if (main) {
  const [ccId, noopId, domId] = main.ids;
  details.chromium = await main.browser.version();

  await suite('content script', async () => {
    const r = await benchContentScript({
      browser: main.browser,
      ccId,
      baselineId: noopId,
      domBaselineId: domId,
      pageUrl: server.local('/site/page'),
      contentFile: join(dist, 'content.js'),
      probeFile: join(dist, 'probe.js'),
      loads: 40,
      warmup: 3,
    });
    details.contentScript = { ...r, pageElementsGenerated: site.elements };
    const traced = r.traced.n > 0;
    const page = `${r.elements} elements`;
    entries.push(
      entry({
        id: 'content.mainThread.median',
        name: `content.js main-thread time, non-portal page (${page}), median`,
        value: traced ? r.traced.median : r.inPage.median,
        unit: 'ms',
        target: { max: 0.5 },
        method: traced
          ? `Chrome trace: EvaluateScript/FunctionCall/v8 events of chrome-extension://<id>/content.js summed per load (nested counted once), ${r.traced.n} loads`
          : 'FALLBACK: tracing found no content.js event; value is the in-page <script> evaluation (main world) with performance.now()',
        note: r.missing ? `${r.missing} of ${r.loads} loads had no content.js event in the trace` : undefined,
      }),
      entry({
        id: 'content.mainThread.p95',
        name: 'content.js main-thread time, p95',
        value: traced ? r.traced.p95 : null,
        unit: 'ms',
        method: 'same trace samples',
        note: traced ? undefined : 'tracing gave nothing',
      }),
      entry({
        id: 'content.mainThread.cpu',
        name: 'content.js main-thread CPU time (trace tdur), median',
        value: r.tracedCpu.median,
        unit: 'ms',
        method: 'same events, thread time instead of wall time: not inflated by other processes',
        note: r.tracedCpu.n ? undefined : 'the trace events carried no thread time',
      }),
      entry({
        id: 'content.baseline.median',
        name: 'empty content script (baseline extension), median',
        value: r.baseline.median,
        unit: 'ms',
        method: "same traces, the baseline extension's noop.js: the cost any content script pays",
      }),
      entry({
        id: 'content.domBaseline.median',
        name: 'content script reading one root attribute (baseline), median',
        value: r.domBaseline.median,
        unit: 'ms',
        method: 'same traces, a baseline script that reads documentElement.getAttribute: the cost any content script that reads the page pays',
      }),
      entry({
        id: 'content.probe.inPage.median',
        name: 'probe.js (full check, on popup open) as inline <script>, median',
        value: r.probeInPage.median,
        unit: 'ms',
        method: 'as the cross-check below, with dist/chrome/probe.js: the weak-sign walk, paid only when the popup opens on a page without the root attribute',
      }),
      entry({
        id: 'content.inPage.median',
        name: 'cross-check: content.js as inline <script> in page, median',
        value: r.inPage.median,
        unit: 'ms',
        method: `performance.now() around appending an inline <script> with dist/chrome/content.js (main world, cross-origin isolated: ${r.crossOriginIsolated})`,
      }),
    );
  });

  let lab = null;
  await suite('charter parse', async () => {
    lab = await openLab(main.browser, server.local('/lab'));
    details.lab = { crossOriginIsolated: lab.crossOriginIsolated, timerResolutionMs: lab.timerResolutionMs };
    const charterUrl = 'https://data.example.test/terms/cookies-policy/';
    const cases = [
      {
        name: 'data.saintnazaireagglo.fr (seed)',
        key: 'seed.saintnazaire',
        path: '/charters/saintnazaire.html',
        url: charterUrl,
        loop: { warmup: 30, iterations: 200 },
        target: 2,
      },
      { name: 'demo portal charter.html', key: 'seed.demo', path: '/charters/demo.html', url: charterUrl, loop: { warmup: 30, iterations: 200 }, target: 2 },
      { name: 'generated 100 rows', key: 'gen100', path: '/charters/generated-100.html', url: charterUrl, rows: 100, loop: { warmup: 10, iterations: 60 } },
      { name: 'generated 1,000 rows', key: 'gen1000', path: '/charters/generated-1000.html', url: charterUrl, rows: 1000, loop: { warmup: 3, iterations: 20 } },
      {
        name: 'generated 10,000 rows',
        key: 'gen10000',
        path: '/charters/generated-10000.html',
        url: charterUrl,
        rows: 10000,
        loop: { warmup: 2, iterations: 9 },
      },
    ];
    const results = await benchParse(lab, cases);
    details.parse = results;
    const method = `in-page loop in headless Chromium (bench bundle), fresh DOMParser document per run, timer resolution ${lab.timerResolutionMs} ms`;
    for (const r of results) {
      const target = r.target ? { max: r.target } : undefined;
      entries.push(
        entry({
          id: `parse.${r.key}.parse`,
          name: `parseCharter, ${r.name}, median`,
          value: r.parse.median,
          unit: 'ms',
          target,
          method: `${method}; ${r.parse.n} runs`,
        }),
      );
      entries.push(
        entry({
          id: `parse.${r.key}.total`,
          name: `DOMParser + parseCharter, ${r.name}, median`,
          value: r.total.median,
          unit: 'ms',
          target,
          method: `${method}; ${r.total.n} runs`,
        }),
      );
      if (r.rows) {
        entries.push(
          entry({
            id: `parse.${r.key}.perRow`,
            name: `parseCharter per row, ${r.name}`,
            value: (r.parse.median * 1000) / r.rows,
            unit: 'µs/row',
            method: 'median / rows',
          }),
        );
        entries.push(
          entry({
            id: `parse.${r.key}.totalPerRow`,
            name: `DOMParser + parseCharter per row, ${r.name}`,
            value: (r.total.median * 1000) / r.rows,
            unit: 'µs/row',
            method: 'median / rows',
          }),
        );
      }
    }
    const perRow = (key) => {
      const r = results.find((x) => x.key === key);
      return r.parse.median / r.rows;
    };
    entries.push(
      entry({
        id: 'parse.growth',
        name: 'parseCharter per-row time, 10,000 rows ÷ 100 rows',
        value: perRow('gen10000') / perRow('gen100'),
        unit: '×',
        method: '≈1 means linear; 100 would mean quadratic',
      }),
    );
  });

  await suite('compare (Chromium)', async () => {
    if (!lab) lab = await openLab(main.browser, server.local('/lab'));
    const results = await benchCompareInPage(lab, COMPARE_SIZES, COMPARE_LOOP);
    details.compare = results;
    const nodeBy = new Map((details.compareNode ?? []).map((r) => [r.n, r]));
    for (const r of results) {
      entries.push(
        entry({
          id: `compare.${r.n}.median`,
          name: `compareDeclaration, ${compareLabel(r.n)}, median`,
          value: r.time.median,
          unit: 'ms',
          target: r.n === 5000 ? { max: 50 } : undefined,
          method: `in-page loop in headless Chromium, ${r.time.n} runs after ${r.loop.warmup} warm-up, sizes taking turns; ${r.rows} report rows`,
        }),
      );
      if (r.n === 5000)
        entries.push(
          entry({ id: 'compare.5000.p95', name: `compareDeclaration, ${compareLabel(r.n)}, p95`, value: r.time.p95, unit: 'ms', method: 'same samples' }),
        );
      entries.push(
        entry({
          id: `compare.${r.n}.perCookie`,
          name: `compareDeclaration per cookie, ${compareLabel(r.n)}`,
          value: (r.time.median * 1e6) / r.n,
          unit: 'ns/cookie',
          method: 'median / cookies',
        }),
      );
      const node = nodeBy.get(r.n);
      if (node)
        entries.push(
          entry({
            id: `compare.${r.n}.node`,
            name: `compareDeclaration in node ${process.versions.node}, ${compareLabel(r.n)}, median`,
            value: node.time.median,
            unit: 'ms',
            method: `node loop, ${node.time.n} runs`,
          }),
        );
    }
    // Linear growth: each extra cookie costs the same (a fixed cost, the declared index, aside).
    const at = (n) => results.find((x) => x.n === n).time.median;
    const marginal = (a, b) => ((at(b) - at(a)) * 1e6) / (b - a);
    entries.push(
      entry({
        id: 'compare.marginal.1k-5k',
        name: 'compare cost per extra cookie, 1,000 → 5,000 cookies',
        value: marginal(1000, 5000),
        unit: 'ns/cookie',
        method: 'difference of medians / difference of cookies',
      }),
    );
    entries.push(
      entry({
        id: 'compare.marginal.5k-20k',
        name: 'compare cost per extra cookie, 5,000 → 20,000 cookies',
        value: marginal(5000, 20000),
        unit: 'ns/cookie',
        method: 'difference of medians / difference of cookies; equal to the line above when linear, far above it when quadratic',
      }),
    );
    await lab.page.close();
  });

  await suite('popup', async () => {
    const probe = await extensionProbe(main.browser, ccId);
    try {
      const cases = POPUP_CASES.map((c) => ({ label: c.label, id: c.id, host: c.host, url: server.portal(c.host, '/'), expectedRows: c.expectedRows }));
      const results = await benchPopup({ browser: main.browser, ccId, probe, cases, iterations: 15, warmup: 2 });
      details.popup = results;
      for (const r of results) {
        if (r.reportRows !== r.expectedRows)
          throw new Error(`${r.label}: the background's report has ${r.reportRows} rows, the bench portal was built for ${r.expectedRows}`);
        const target = r.expectedRows === 500 ? { max: 150 } : undefined;
        const shown = (r.rows === r.reportRows ? `${r.rows} rows` : `${r.reportRows}-row report, ${r.rows} rows rendered`) + (r.id ? ', not a portal' : '');
        const note = r.rows === r.reportRows ? undefined : `the popup renders ${r.rows} of the report's ${r.reportRows} rows until asked for all`;
        const method = `performance.now() in a fresh popup.html?tab=<id> page (origin: navigation start) when [data-state="report"] exists and ${r.rows} [data-status] rows are in the DOM, after two animation frames; ${r.painted.n} openings after 2 warm-up`;
        // The popup streams a large table: its first rows are painted at once, the rest follow on
        // later frames without blocking input. The target is the table painted; all rows is shown too.
        entries.push(
          entry({
            id: `popup.${r.id ?? r.expectedRows}.first`,
            name: `popup open → report table painted (${r.reportRows}-row report${r.id ? ', not a portal' : ''}, first ${r.firstRows} rows), median`,
            value: r.firstPainted.median,
            unit: 'ms',
            target,
            method: `${method.replace(`${r.rows} [data-status] rows are in the DOM`, 'its first [data-status] rows are in the DOM')}`,
          }),
        );
        entries.push(
          entry({
            id: `popup.${r.id ?? r.expectedRows}.first.p95`,
            name: `popup open → report table painted (${r.reportRows}-row report${r.id ? ', not a portal' : ''}), p95`,
            value: r.firstPainted.p95,
            unit: 'ms',
            method: 'same samples',
          }),
        );
        entries.push(
          entry({
            id: `popup.${r.id ?? r.expectedRows}.median`,
            name: `popup open → all ${shown} painted, median`,
            value: r.painted.median,
            unit: 'ms',
            method,
            note,
          }),
        );
        entries.push(
          entry({
            id: `popup.${r.id ?? r.expectedRows}.p95`,
            name: `popup open → all ${shown} painted, p95`,
            value: r.painted.p95,
            unit: 'ms',
            method: 'same samples',
          }),
        );
        entries.push(
          entry({
            id: `popup.${r.id ?? r.expectedRows}.found`,
            name: `popup open → report rows in the DOM (${shown}), median`,
            value: r.found.median,
            unit: 'ms',
            method: 'same openings, before the two animation frames',
          }),
        );
        entries.push(
          entry({
            id: `popup.${r.id ?? r.expectedRows}.background`,
            name: `  background get-tab-view round trip (${r.reportRows}-row report${r.id ? ', not a portal' : ''}), median`,
            value: r.backgroundRoundTrip.median,
            unit: 'ms',
            method: `runtime.sendMessage from an extension page, ${r.backgroundRoundTrip.n} calls: storage + cookies API + comparison, what the popup waits for`,
          }),
        );
        const kinds = r.tracedOpenings.mainThreadMsMedian;
        for (const [kind, ms] of Object.entries(kinds ?? { 'main thread': null })) {
          entries.push(
            entry({
              id: `popup.${r.id ?? r.expectedRows}.trace.${kind}`,
              name: `  popup main thread (${r.rows} rows), ${kind}`,
              value: ms,
              unit: 'ms',
              method: 'median of 3 traced openings (not timed): top-level timeline events on the thread that ran popup.js',
              note: kinds ? undefined : 'the trace held no event naming popup.js',
            }),
          );
        }
      }
    } finally {
      await probe.close();
    }
  });

  await suite('audit view', async () => {
    const view = await benchAuditView({ browser: main.browser, ccId });
    details.auditView = view.details;
    for (const r of view.rows) entries.push(asEntry(r));
  });
  await main.close();
}

await suite('popup size', async () => {
  // What the popup loads: popup.js and the chunks it imports (shared with the audit view).
  const code = await pageCodeSizes(dist, 'popup.js');
  entries.push(
    entry({
      id: 'popup.size.min',
      name: 'popup code size, minified',
      value: code.minified / KB,
      unit: 'KB',
      target: { max: 40 },
      method: `bytes of ${code.files.map((f) => `dist/chrome/${f}`).join(' + ')} (1 KB = 1024 B)`,
    }),
    entry({ id: 'popup.size.gzip', name: 'popup code size, gzipped', value: code.gzip / KB, unit: 'KB', method: 'zlib gzip level 9, summed per file' }),
  );
});

// 6. The popup's heap, each sample in a fresh browser: extension pages share one V8 heap, so
// the popup must be the only extension page that ever ran there.
await suite('popup heap', async () => {
  const cases = HEAP_CASES.map((c) => ({ label: c.label, url: server.portal(c.host, '/'), expectedRows: c.expectedRows }));
  const r = await benchPopupHeap({ launch: () => launch([dist]), cases, times: 3 });
  details.popupHeap = r;
  const method =
    'CDP on popup.html?tab=<id>, the only extension page of a fresh browser, once every row is in the DOM (data-rows-complete): HeapProfiler.collectGarbage ×2, then Runtime.getHeapUsage().usedSize; median of 3 browsers';
  entries.push(
    entry({
      id: 'popup.heap.floor',
      name: 'popup JS heap after GC, no report (error screen)',
      value: r.floor.heapMB,
      unit: 'MB',
      method,
      note: `${r.floor.nodes} DOM nodes`,
    }),
  );
  for (const c of r.cases) {
    // 1.42 MB: Cookie-Editor's popup on the same 170-cookie jar (project issue 9).
    const target = c.expectedRows === 170 ? { max: 1.42 } : undefined;
    entries.push(
      entry({
        id: `popup.heap.${c.expectedRows}`,
        name: `popup JS heap after GC, ${c.expectedRows}-row report`,
        value: c.heapMB,
        unit: 'MB',
        target,
        method,
        note: `${c.nodes} DOM nodes`,
      }),
    );
  }
});

// 7. The service worker's heap, in a fresh browser so nothing else ran there first.
await suite('service worker heap', async () => {
  const fresh = await launch([dist]);
  try {
    const r = await benchWorkerHeap({ session: fresh, urls: heapPortals.map((p) => server.portal(p.host, '/')) });
    details.workerHeap = r;
    const method = 'CDP on the service worker target: HeapProfiler.collectGarbage ×2, then Runtime.getHeapUsage().usedSize';
    entries.push(
      entry({ id: 'sw.heap.before', name: 'service worker JS heap, before any portal tab', value: r.before, unit: 'MB', method }),
      entry({
        id: 'sw.heap.with50',
        name: `service worker JS heap, ${r.tabs} portal tabs open`,
        value: r.withTabs,
        unit: 'MB',
        method: `${method}; ${r.tabs} tabs on ${r.tabs} bench portal sites, each with its report and badge`,
      }),
      entry({ id: 'sw.heap.afterClose', name: 'service worker JS heap, after closing them', value: r.afterClose, unit: 'MB', method }),
    );
  } finally {
    await fresh.close();
  }
});

// 8. The consent audit (issue 11), refuse/accept for me (12), declarations from any site (13):
// modules of their own, each returning plain rows.
await suite('audit', async () => {
  for (const r of await benchAudit({ dist })) entries.push(asEntry(r));
});
await suite('autoconsent', async () => {
  for (const r of await benchAutoconsent({ root, distDir: distRoot })) entries.push(asEntry(r));
});
await suite('declarations', async () => {
  for (const r of await benchDeclarations({ root })) entries.push(asEntry(r));
});
// The Public Suffix List the worker reads at start instead of bundling tldts (issue 13, size).
await suite('public suffix list', async () => {
  for (const r of await benchPublicSuffix({ dist })) entries.push(asEntry({ ...r, id: r.id ?? `declarations.psl.${r.name.replace(/\W+/g, '-')}` }));
});
// The batch CLI takes minutes (a fresh browser per site and scenario): `--no-batch` skips it.
if (!process.argv.includes('--no-batch'))
  await suite('audit CLI', async () => {
    for (const r of await benchAuditCli({ root })) entries.push(asEntry(r));
  });

await server.close();
if (server.unknown.length) errors.push({ suite: 'server', message: `requests to unknown hosts: ${server.unknown.slice(0, 5).join(', ')}` });
await rm(tmp, { recursive: true, force: true });

// Table order: the brief's entries 1 to 5, whatever order the suites ran in.
const GROUPS = ['content', 'reader', 'parse', 'compare', 'popup', 'sw', 'audit', 'autoconsent', 'declarations', 'audit-cli'];
const groupOf = (id) => {
  const i = GROUPS.findIndex((g) => id === g || id.startsWith(`${g}.`) || id.startsWith(`${g}-`));
  return i === -1 ? GROUPS.length : i;
};
entries.sort((a, b) => groupOf(a.id) - groupOf(b.id));
const seconds = (performance.now() - t0) / 1000;
const report = {
  startedAt,
  durationSeconds: Math.round(seconds * 10) / 10,
  commit: git(['rev-parse', 'HEAD']),
  workingTreeDirty: (git(['status', '--porcelain']) ?? '') !== '',
  node: process.versions.node,
  chromium: details.chromium ?? null,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? null,
  // Other work on the machine adds time to every number: the 1-minute load average around the run.
  loadAverage1m: { start: Math.round(loadAtStart * 100) / 100, end: Math.round(loadavg()[0] * 100) / 100 },
  entries,
  errors,
  details,
};
const files = await writeResults(root, report);
console.log('');
console.log(table(entries, errors));
const busiest = Math.max(report.loadAverage1m.start, report.loadAverage1m.end);
if (busiest > cpus().length * 0.75)
  console.log(`note: the machine was busy (1-minute load average up to ${busiest} on ${cpus().length} cores): timings may be inflated and noisier`);
console.log('');
log(`${seconds.toFixed(0)} s; wrote ${files.map((f) => f.slice(root.length + 1)).join(' and ')}`);
process.exit(errors.length ? 1 : 0);
