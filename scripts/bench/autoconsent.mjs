// "Refuse / Accept for me" (DuckDuckGo's autoconsent): what it ships and how long a run takes.
// Sizes of autoconsent.js, of the compact rules file (shipped gzipped, inflated by the worker when
// a run starts) and of content.js (which must not grow: the clicker is injected on request only),
// and the time from `audit-autoconsent` to its answer on the
// demo's Opendatasoft-like banner and on tarteaucitron, in headless Chromium, each run in a fresh
// tab with the site's cookies removed first.
// Usage: `const rows = await benchAutoconsent({ root, distDir })` → [{ id, name, value, unit, target?, method }].
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { extensionProbe, launchChromium, tabIdOf } from '../browser-kit.mjs';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);
const KB = 1024;
const RUNS = 5;

async function size(file) {
  const bytes = await readFile(file);
  return { raw: bytes.length / KB, gzip: gzipSync(bytes, { level: 9 }).length / KB };
}

/** A file the build ships gzipped: its bytes as shipped, and as inflated for reading. */
async function packedSize(file) {
  const bytes = await readFile(file);
  return { shipped: bytes.length / KB, inflated: gunzipSync(bytes).length / KB };
}

/** Median milliseconds of `RUNS` opt-outs on `host`, and the answers seen. */
async function timeRuns(browser, probe, demo, host) {
  const samples = [];
  const answers = new Set();
  for (let i = 0; i < RUNS; i++) {
    await probe.call(
      `async (api) => { for (const c of await api.cookies.getAll({ domain: '${host}' })) await api.cookies.remove({ url: 'http://${host}' + c.path, name: c.name }); }`,
    );
    const page = await browser.newPage();
    const url = demo.url(host, '/');
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(probe, url);
    const start = performance.now();
    const answer = await probe.call(`(api) => api.runtime.sendMessage({ type: 'audit-autoconsent', payload: { tabId: ${tabId}, action: 'optOut' } })`);
    samples.push(performance.now() - start);
    answers.add(answer.ok ? `ok (${answer.cmp})` : `failed: ${answer.reason}`);
    await page.close();
  }
  return { ms: median(samples), answers: [...answers] };
}

export async function benchAutoconsent({ root, distDir }) {
  const chrome = join(distDir, 'chrome');
  const [script, rules, content] = await Promise.all([
    size(join(chrome, 'autoconsent.js')),
    packedSize(join(chrome, 'autoconsent', 'compact-rules.json.gz')),
    size(join(chrome, 'content.js')),
  ]);
  const rows = [
    { id: 'autoconsent.size', name: 'autoconsent.js size (injected on request only)', value: script.raw, unit: 'KB', method: 'bytes as built' },
    { id: 'autoconsent.size.gzip', name: 'autoconsent.js size, gzipped', value: script.gzip, unit: 'KB', method: 'zlib gzip level 9' },
    {
      id: 'autoconsent.rules.size',
      name: 'autoconsent compact rules as shipped (read when a run starts)',
      value: rules.shipped,
      unit: 'KB',
      method: 'bytes of compact-rules.json.gz (zlib gzip level 9 at build time)',
    },
    {
      id: 'autoconsent.rules.inflated',
      name: 'autoconsent compact rules, inflated',
      value: rules.inflated,
      unit: 'KB',
      method: 'bytes the worker parses after DecompressionStream',
    },
    {
      id: 'autoconsent.content.size',
      name: 'content.js size beside autoconsent (every page)',
      value: content.raw,
      unit: 'KB',
      target: { max: 1 },
      method: 'bytes as built',
    },
  ];
  const { startDemoPortal } = require(join(root, 'test', 'demo-portal', 'server.cjs'));
  const demo = await startDemoPortal({ port: 0 });
  const { browser, ids, close } = await launchChromium([chrome]);
  try {
    const probe = await extensionProbe(browser, ids[0]);
    for (const [host, label] of [
      ['consent.example.test', 'Opendatasoft-like banner'],
      ['tac.example.test', 'tarteaucitron'],
    ]) {
      const { ms, answers } = await timeRuns(browser, probe, demo, host);
      rows.push({
        id: `autoconsent.optout.${host.split('.')[0]}`,
        name: `refuse for me, request to answer (${label})`,
        value: ms,
        unit: 'ms',
        method: `median of ${RUNS} runs, headless Chromium, page loaded first; answers: ${answers.join(', ')}`,
      });
    }
    await probe.close();
  } finally {
    await close();
    await demo.close();
  }
  return rows;
}
