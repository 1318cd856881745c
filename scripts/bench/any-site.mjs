// Any site (issue 13): the page-world copy of the consent platforms' globals (copyPageGlobals),
// and its validation in the background (judgeDump), in node, on a real-sized tarteaucitron
// configuration and on a hostile page's million-service Klaro config. The browser's own cost of
// `executeScript` is not in these figures; the e2e test bounds it (GLOBALS_TIMEOUT_MS).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Bundles the two functions for node, in memory. */
async function load() {
  const entry = `export { copyPageGlobals } from './src/platform/page-globals';
export { judgeDump } from './src/background/any-site/globals';
export { DUMP_CAPS, PAGE_GLOBALS } from './src/core/declaration/dump';`;
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    alias: { 'webextension-polyfill': join(root, 'scripts/bench/any-site-polyfill.mjs') },
    logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn, runs = 15) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

/** Rows `{ name, value, unit, target? }` for scripts/bench.mjs. */
export async function benchAnySite() {
  const { copyPageGlobals, judgeDump, DUMP_CAPS, PAGE_GLOBALS } = await load();
  const services = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`s${i}`, { key: `s${i}`, type: 'analytic', name: `S${i}`, cookies: [`_c${i}`] }]));
  const tac = { tarteaucitron: { job: Object.keys(services).slice(0, 20), parameters: { cookieName: 'tarteaucitron' }, services } };
  const hostile = { klaroConfig: { services: Array.from({ length: 1e6 }, () => null) } };
  const url = 'https://www.example.test/';
  const tacDump = copyPageGlobals(PAGE_GLOBALS, DUMP_CAPS, tac);
  const hostileDump = copyPageGlobals(PAGE_GLOBALS, DUMP_CAPS, hostile);
  return [
    {
      name: 'page-world copy: tarteaucitron, 500 services known, 20 in job',
      value: time(() => copyPageGlobals(PAGE_GLOBALS, DUMP_CAPS, tac)),
      unit: 'ms',
      target: 50,
    },
    { name: 'page-world copy: hostile Klaro, 1e6 services', value: time(() => copyPageGlobals(PAGE_GLOBALS, DUMP_CAPS, hostile)), unit: 'ms', target: 500 },
    { name: 'validation (judgeDump): tarteaucitron dump', value: time(() => judgeDump(tacDump, url)), unit: 'ms', target: 20 },
    { name: 'validation (judgeDump): hostile dump', value: time(() => judgeDump(hostileDump, url)), unit: 'ms', target: 50 },
    { name: 'dump size: hostile Klaro', value: JSON.stringify(hostileDump).length / 1024, unit: 'KiB' },
  ];
}
