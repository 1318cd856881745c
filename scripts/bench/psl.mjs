// The Public Suffix List as a packed file (issue 13, size): what it costs the worker to read it at
// start, instead of carrying tldts in background.js. In node: gunzip + parse of the shipped text,
// and the cost of one registrable-domain lookup. In Chromium (when a built extension is given):
// fetch + DecompressionStream + parse inside the extension's own service worker, as
// src/platform/public-suffix-data.ts does at every worker start.
// `node scripts/bench/psl.mjs [dist/chrome]` runs it alone and prints the rows;
// scripts/bench.mjs calls benchPublicSuffix({ dist }).
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launchChromium } from '../browser-kit.mjs';
import { installedRules, publicSuffixText } from '../public-suffix.mjs';
import { summarize } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GLOBAL = 'ccPublicSuffix';

/** src/core/cookies/public-suffix.ts bundled as an IIFE setting `globalThis.ccPublicSuffix`. */
async function matcherSource() {
  const out = await build({
    entryPoints: [join(root, 'src/core/cookies/public-suffix.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL,
    target: ['chrome120'],
    minify: true,
    logLevel: 'warning',
  });
  return out.outputFiles[0].text;
}

/** Median ms of `fn` over `runs` runs after `warmup` ones. */
function time(fn, runs = 15, warmup = 2) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return summarize(samples).median;
}

/** Hosts to look up: two labels before every 10th rule, as a page's cookies would be. */
const hostsOf = (rules) => rules.filter((_, i) => i % 10 === 0).map(({ rule }) => `www.site.${rule.replace(/^[!*]\.?/, '')}`);

/** In the worker of the extension built in `dist`: fetch, inflate and parse the list, `runs` times. */
async function inWorker(dist, source, runs) {
  const session = await launchChromium([dist]);
  try {
    const [id] = session.ids;
    const target = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`), {
      timeout: 15_000,
    });
    const worker = await target.worker();
    await worker.evaluate(source);
    return await worker.evaluate(
      async (name, n) => {
        const samples = [];
        const parse = [];
        let size = 0;
        for (let i = 0; i < n; i++) {
          const t = performance.now();
          const response = await fetch(chrome.runtime.getURL('public-suffix.txt.gz'));
          const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
          const read = performance.now();
          size = globalThis[name].parsePublicSuffixes(text).size;
          samples.push(performance.now() - t);
          parse.push(performance.now() - read);
        }
        return { samples, parse, size };
      },
      GLOBAL,
      runs,
    );
  } finally {
    await session.close();
  }
}

/** Rows `{ name, value, unit, target? }` for scripts/bench.mjs; `dist`: a built Chrome extension to measure in. */
export async function benchPublicSuffix({ dist } = {}) {
  const { rules, source } = installedRules();
  const text = publicSuffixText(rules, source);
  const gz = gzipSync(text, { level: 9 });
  const code = await matcherSource();
  const lib = new Function(`${code}; return ${GLOBAL};`)();
  const matcher = lib.parsePublicSuffixes(text);
  const hosts = hostsOf(rules);
  const rows = [
    { name: 'public suffix list: rules', value: matcher.size, unit: 'rules' },
    { name: 'public suffix list: public-suffix.txt.gz', value: gz.length / 1024, unit: 'KiB' },
    { name: 'public suffix list: gunzip + parse (node)', value: time(() => lib.parsePublicSuffixes(gunzipSync(gz).toString('utf8'))), unit: 'ms', target: 50 },
    {
      name: 'public suffix list: one lookup (node)',
      value: (time(() => hosts.forEach((h) => lib.registrableFrom(matcher, h)), 15) / hosts.length) * 1000,
      unit: 'µs',
      target: 5,
    },
  ];
  if (dist) {
    const { samples, parse, size } = await inWorker(dist, code, 10);
    if (size !== matcher.size) throw new Error(`the worker read ${size} rules, node ${matcher.size}`);
    rows.push(
      {
        name: 'public suffix list: fetch + inflate + parse in the worker, first (Chromium)',
        value: samples[0],
        unit: 'ms',
        note: 'paid at each worker start (an MV3 worker stops after 30 s idle); no target of its own',
      },
      { name: 'public suffix list: fetch + inflate + parse in the worker, median of 10 (Chromium)', value: summarize(samples).median, unit: 'ms' },
      { name: 'public suffix list: of which parse, median of 10 (Chromium)', value: summarize(parse).median, unit: 'ms' },
    );
    const background = join(dist, 'background.js');
    if (existsSync(background)) rows.push({ name: 'background.js (without tldts)', value: statSync(background).size / 1024, unit: 'KiB' });
  }
  return rows;
}

if (/[\\/]bench[\\/]psl\.mjs$/.test(process.argv[1] ?? '')) {
  const dist = process.argv[2] ? resolve(process.argv[2]) : undefined;
  for (const row of await benchPublicSuffix({ dist }))
    console.log(`${row.name}: ${row.value.toFixed(row.unit === 'rules' ? 0 : 2)} ${row.unit}${row.target ? ` (target ≤ ${row.target})` : ''}`);
}
