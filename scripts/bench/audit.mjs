// The recorded consent audit's figures (issue 11, "Speed"):
// 1. a burst of 1,000 cookie writes in about 1 s during an audit, in Chromium: how many the
//    timeline lost (target: none);
// 2. worker time per recorded event: the core path the worker runs per change (consent class,
//    set/renewed/removed, phase, the record's update), timed in node on the same bundle code,
//    applied in batches of 100 as the 100 ms flush does (storage.session's write is not included);
// 3. restoring 150 cookies of every kind, in Chromium: the whole `audit-stop` round trip from an
//    extension page (removing what the site wrote, then the restore), an upper bound of the restore.
// `node scripts/bench/audit.mjs` runs it alone and prints the rows; scripts/bench.mjs calls benchAudit().
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { extensionProbe, launchChromium, sleep, tabIdOf, until } from '../browser-kit.mjs';
import { summarize } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

/** The core's recording path, bundled from the TypeScript sources for node. */
async function loadCore() {
  const out = await build({
    stdin: {
      contents:
        "export { applyChanges } from './src/core/audit/recorder'; export { classifier } from './src/core/audit/classes'; export { firstPhase } from './src/core/audit/phase-rules';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    define: { __TARGET__: '"chrome"', __DEV__: 'false' },
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** Median µs-level cost per event of the core path, over `runs` bursts of 1,000 changes. */
export async function benchCorePerEvent({ runs = 30, events = 1000, batch = 100 } = {}) {
  const { applyChanges, classifier, firstPhase } = await loadCore();
  const t0 = 1_800_000_000;
  const names = ['_ga', '_gid', '_pk_id.1.ab', '_pk_ses.1.ab', 'sessionid', 'csrftoken', '_fbp', 'atuserid', ...Array.from({ length: 92 }, (_, i) => `c${i}`)];
  const perEvent = [];
  for (let r = 0; r < runs + 3; r++) {
    let record = {
      id: 'b',
      tabId: 1,
      state: 'recording',
      pageUrl: 'https://data.example.test/',
      site: 'example.test',
      sites: ['example.test'],
      storeId: '0',
      incognito: false,
      startedAt: t0,
      endedAt: null,
      endReason: null,
      phases: [firstPhase(t0)],
      consent: null,
      needsAnswer: false,
      seen: [],
      written: {},
      restored: null,
      timeline: [],
    };
    const classOf = classifier(null);
    const changes = Array.from({ length: events }, (_, i) => ({
      t: t0 + i / 1000,
      removed: false,
      cause: 'explicit',
      cookie: {
        name: names[i % names.length],
        domain: '.example.test',
        path: '/',
        hostOnly: false,
        secure: false,
        httpOnly: false,
        sameSite: 'lax',
        session: false,
        expirationDate: t0 + 86_400,
        storeId: '0',
      },
    }));
    const start = performance.now();
    for (let i = 0; i < events; i += batch) record = applyChanges(record, changes.slice(i, i + batch), classOf).record;
    const ms = (performance.now() - start) / events;
    if (record.timeline.length !== events) throw new Error(`core recorded ${record.timeline.length} of ${events}`);
    if (r >= 3) perEvent.push(ms); // the first runs warm the JIT up
  }
  return summarize(perEvent);
}

const send = (probe, type, payload) => probe.call(`(api) => api.runtime.sendMessage(${JSON.stringify({ type, payload })})`);

/** In Chromium: the burst (lost events) and the restore of 150 cookies (ms, median of `times`). */
export async function benchAuditInChromium({ dist, times = 5 }) {
  const { startDemoPortal } = require(join(root, 'test', 'demo-portal', 'server.cjs'));
  const demo = await startDemoPortal({ port: 0 });
  const launched = await launchChromium([dist]);
  const probe = await extensionProbe(launched.browser, launched.ids[0]);
  try {
    const page = await launched.browser.newPage();
    const url = demo.url('data.example.test', '/');
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(probe, url);
    await sleep(500);

    // 1. The burst, written by the page itself: 100 cookies written 10 times, 100 every 100 ms
    // (1,000 writes in about 1 s; each renewal is two notices, so ~1,900 reach the worker).
    await send(probe, 'audit-start', { tabId });
    await sleep(1500); // the reload and its own writes
    const burstStart = performance.now();
    await page.evaluate(async () => {
      for (let round = 0; round < 10; round++) {
        for (let i = 0; i < 100; i++) document.cookie = `burst_${i}=r${round}; path=/; max-age=3600`;
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    const burstMs = performance.now() - burstStart;
    const recorded = await until(
      async () => {
        const snap = await send(probe, 'audit-get', { tabId });
        const n = snap.timeline.filter((e) => e.name.startsWith('burst_') && (e.event === 'set' || e.event === 'renewed')).length;
        return n >= 1000 ? n : null;
      },
      { timeout: 5000, every: 250, message: 'burst not fully recorded' },
    ).catch(async () => (await send(probe, 'audit-get', { tabId })).timeline.filter((e) => e.name.startsWith('burst_') && e.event !== 'removed').length);
    await send(probe, 'audit-stop', { tabId, keep: false });

    // 3. Restore 150 cookies of several kinds, `times` audits.
    const restoreMs = [];
    for (let i = 0; i < times; i++) {
      await probe.call(`async (api) => {
        const year = Math.floor(Date.now() / 1000) + 365 * 86400;
        await Promise.all(Array.from({ length: 150 }, (_, i) => api.cookies.set({ url: 'https://data.example.test/', name: 'keep_' + i, value: 'v' + i, secure: i % 2 === 0, httpOnly: i % 3 === 0, ...(i % 5 ? { expirationDate: year } : {}), ...(i % 4 === 1 ? { domain: 'example.test' } : {}), sameSite: i % 2 === 0 ? 'no_restriction' : 'lax' })));
      }`);
      await send(probe, 'audit-start', { tabId });
      await sleep(800);
      const start = performance.now();
      const done = await send(probe, 'audit-stop', { tabId, keep: false });
      restoreMs.push(performance.now() - start);
      if (done.restored.count < 150 || done.restored.failed.length) throw new Error(`restored ${done.restored.count}, failed ${done.restored.failed.length}`);
    }
    return { lost: 1000 - recorded, burstMs, restoreMs: summarize(restoreMs) };
  } finally {
    await probe.close();
    await launched.close();
    await demo.close();
  }
}

/** Every row of this module: `{ name, value, unit, target? }` (target `{ max }`: the value must stay below). */
export async function benchAudit({ dist = join(root, process.env.CC_DIST ?? 'dist', 'chrome') } = {}) {
  const load = loadavg()[0];
  const core = await benchCorePerEvent();
  const browser = await benchAuditInChromium({ dist });
  return [
    {
      id: 'audit.burst.lost',
      name: `audit: writes lost of a 1,000-write burst (${(browser.burstMs / 1000).toFixed(1)} s, Chromium)`,
      value: browser.lost,
      unit: 'events',
      target: { max: 1 },
    },
    {
      id: 'audit.event.core',
      name: 'audit: worker time per event, core path (node, median)',
      value: core.median,
      unit: 'ms',
      target: { max: 0.2 },
      details: core,
    },
    {
      id: 'audit.restore.150',
      name: 'audit: restore of 150 cookies (audit-stop round trip, Chromium, median)',
      value: browser.restoreMs.median,
      unit: 'ms',
      target: { max: 500 },
      details: { ...browser.restoreMs, loadAverageAtStart: load },
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchAudit();
  for (const r of rows) console.log(`${r.name}: ${Number(r.value).toFixed(4)} ${r.unit}${r.target ? ` (target < ${r.target.max})` : ''}`);
}
