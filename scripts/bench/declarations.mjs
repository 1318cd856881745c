// Declarations from any site, timed in node: readPolicy (parseCharter + source) on each policy
// template of test/fixtures/policies/ (the demo sites' markup), readPageGlobals on real platform
// configurations, and the reference lookup of 1,000 cookie names (src/core/reference/lookup.ts).
// jsdom builds the documents once, outside the timed loop; jsdom's DOM is slower than a browser's,
// so these figures are an upper bound of what the extension's own DOM gives.
// Usage: `const rows = await benchDeclarations({ root })` → [{ id, name, value, unit, target?, method }].
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { compactReference } from '../reference-data.mjs';
import { median } from './stats.mjs';

const ENTRY = `
export { readPolicy } from './src/core/declaration/policy';
export { readPageGlobals } from './src/core/declaration/page-globals';
export { mergeDeclarations } from './src/core/declaration/merge';
export { buildReferenceIndex } from './src/core/reference/build-index';
export { lookupReference } from './src/core/reference/lookup';
`;

/** A copy as the page-world function makes it: JSON data, RegExps as `{ $regexp, flags }`, functions dropped. */
const plain = (value) =>
  JSON.parse(
    JSON.stringify(value, (_, v) =>
      typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object RegExp]' ? { $regexp: v.source, flags: v.flags } : v,
    ),
  );

/** Median milliseconds of `fn` over `iterations` runs after `warmup` runs. */
function time(fn, { warmup, iterations }) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return { median: median(samples), n: iterations };
}

/** The core modules this bench times, bundled to one ESM file and imported. */
async function loadCore(root) {
  const dir = await mkdtemp(join(tmpdir(), 'cc-bench-decl-'));
  const outfile = join(dir, 'core.mjs');
  await build({ stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent' });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** 1,000 names: a third listed exactly, a third by prefix (`_ga_` + an id), a third unknown. */
function lookupNames(compact) {
  const exact = compact.ocd.filter((row) => row[4] === 0).map((row) => row[0]);
  const prefixes = compact.ocd.filter((row) => row[4] === 1).map((row) => row[0]);
  const names = [];
  for (let i = 0; names.length < 1000; i++) {
    if (i % 3 === 0) names.push(exact[(i * 7919) % exact.length]);
    else if (i % 3 === 1) names.push(`${prefixes[(i * 104729) % prefixes.length]}X${i}`);
    else names.push(`site_cookie_${i}`);
  }
  return names;
}

/** Runs the declaration benchmarks and returns their rows. */
export async function benchDeclarations({ root }) {
  const core = await loadCore(root);
  const rows = [];
  const method = 'node + jsdom (document built once, outside the loop)';
  const policies = join(root, 'test/fixtures/policies');
  for (const file of readdirSync(policies).filter((f) => f.endsWith('.html'))) {
    const url = `https://www.example.test/${file.replace(/\.html$/, '')}/`;
    const html = readFileSync(join(policies, file), 'utf8');
    const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
    const result = core.readPolicy(doc, url, { sourceLength: html.length });
    const entries = result.kind === 'declaration' ? result.declaration.entries.length : 0;
    const t = time(() => core.readPolicy(doc, url, { sourceLength: html.length }), { warmup: 10, iterations: 50 });
    rows.push({
      id: `declarations.policy.${file}`,
      name: `readPolicy, ${file} (${entries} entries), median`,
      value: t.median,
      unit: 'ms',
      target: { max: 20 },
      method: `${method}; ${t.n} runs`,
    });
  }

  // The page-globals readers on real configurations: Klaro's example config and 40 tarteaucitron services.
  const klaroContext = {};
  runInNewContext(`${readFileSync(join(root, 'node_modules/klaro/dist/config.js'), 'utf8')}\nthis.config = klaroConfig;`, klaroContext);
  const tac = { services: {}, user: {}, lang: {} };
  runInNewContext(readFileSync(join(root, 'node_modules/tarteaucitronjs/tarteaucitron.services.js'), 'utf8'), { tarteaucitron: tac, window: {}, document: {} });
  const job = Object.keys(tac.services).slice(0, 40);
  const dump = { klaro: plain(klaroContext.config), tarteaucitron: plain({ job, services: Object.fromEntries(job.map((k) => [k, tac.services[k]])) }) };
  const globals = time(() => core.readPageGlobals(dump, 'https://www.example.test/'), { warmup: 20, iterations: 200 });
  rows.push({
    id: 'declarations.pageGlobals',
    name: 'readPageGlobals, Klaro example + 40 tarteaucitron services, median',
    value: globals.median,
    unit: 'ms',
    target: { max: 5 },
    method: `node; ${globals.n} runs`,
  });

  // The reference: index built from the shipped data as the extension builds it, then 1,000 lookups.
  const data = join(root, 'src/data');
  const compact = compactReference(
    readFileSync(join(data, 'open-cookie-database/open-cookie-database.csv'), 'utf8'),
    JSON.parse(readFileSync(join(data, 'reference-supplement.json'), 'utf8')),
    readFileSync(join(data, 'open-cookie-database/SOURCE'), 'utf8'),
  );
  const indexTime = time(() => core.buildReferenceIndex(compact), { warmup: 2, iterations: 10 });
  rows.push({
    id: 'declarations.reference.index',
    name: 'reference index build (shipped data), median',
    value: indexTime.median,
    unit: 'ms',
    method: `node; ${indexTime.n} runs`,
  });
  const index = core.buildReferenceIndex(compact);
  const names = lookupNames(compact);
  const lookups = time(() => names.forEach((name) => core.lookupReference(index, name, '.example.test')), { warmup: 20, iterations: 200 });
  rows.push({
    id: 'declarations.reference.lookup1000',
    name: 'reference lookup, 1,000 names (⅓ exact, ⅓ prefix, ⅓ unknown), median',
    value: lookups.median,
    unit: 'ms',
    target: { max: 5 },
    method: `node; ${lookups.n} runs`,
  });
  return rows;
}

// `node scripts/bench/declarations.mjs` prints the rows alone.
if (process.argv[1]?.endsWith('declarations.mjs')) {
  const root = join(import.meta.dirname, '..', '..');
  for (const row of await benchDeclarations({ root }))
    console.log(`${row.name}: ${row.value.toFixed(3)} ${row.unit}${row.target ? ` (target < ${row.target.max})` : ''}`);
}
