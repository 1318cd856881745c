#!/usr/bin/env node
// One build, two targets: node scripts/build.mjs [--target chrome|firefox] [--watch] [--dev]
import { build, context, transform } from 'esbuild';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { TARGETS, forTarget } from './manifest.mjs';
import { writeReference } from './reference-data.mjs';
import { writePublicSuffixes } from './public-suffix.mjs';
import { serialQueue, watchSources } from './watch.mjs';
import { patchPreact } from './preact-patch.mjs';
import { staticChunks, withModulePreloads } from './page-html.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where builds go: `dist/` unless CC_DIST names another folder (a parallel checkout's tests, say). */
const distRoot = process.env.CC_DIST ? join(root, process.env.CC_DIST) : join(root, 'dist');
const gzipAsync = promisify(gzip);
const USAGE = 'usage: node scripts/build.mjs [--target chrome|firefox] [--watch] [--dev]';

function parseArgs(argv) {
  const opts = { targets: TARGETS, watch: false, dev: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    else if (arg === '--watch') opts.watch = true;
    else if (arg === '--dev') opts.dev = true;
    else if (arg === '--target' && TARGETS.includes(argv[i + 1])) opts.targets = [argv[++i]];
    else return { error: `unknown or incomplete option: ${arg}` };
  }
  return opts;
}

/**
 * BUNDLES: the scripts the extension ships, and how each reaches the browser's extension API.
 *
 * The rule: a bundle reaches the API through src/platform/browser.ts, that is webextension-polyfill
 * (promises everywhere, and message handlers that answer with a promise, alike in Chrome and
 * Firefox). jest maps the polyfill to test/fakes/browser.ts, so what the unit tests run is what ships.
 *   background.js the worker: cookies, storage, scripting, messages      polyfill
 *   reader.js     the charter reader, injected into portal tabs only     polyfill
 *   popup.js      the popup (Preact)                                     polyfill
 *   probe.js      the full portal check, read as executeScript's result  no API at all
 *   offscreen.js  Chrome's offscreen DOMParser page (Chrome-only API)    chrome.runtime (see
 *                 src/platform/background-parse.ts; Firefox parses in its background page)
 *   audit.js      the audit view (Preact): side panel, sidebar or tab      polyfill
 *   autoconsent.js the consent-banner clicker, injected on request only   polyfill
 * The one exception: content.js runs on every http(s) page the user opens and sends one message,
 * through src/platform/lite.ts, without the polyfill. Measured (minified, this build, esbuild
 * 0.28, December 2026): content.js is 499 B with lite.ts and 10,752 B (3,316 B gzipped) with
 * the polyfill, twenty times as much to parse on every page, for one runtime.sendMessage that
 * returns a promise natively in both browsers' MV3.
 */
const ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts', // every page: the portal check only (the exception above)
  reader: 'src/content/reader.ts', // portal tabs only, injected by the background
  offscreen: 'src/offscreen/index.ts', // Chrome's offscreen document: parses charter HTML for the worker (chrome.runtime only)
  autoconsent: 'src/autoconsent/index.ts', // the consent-banner clicker, injected only when the user (or the CLI) asks
};
/**
 * The two extension pages built with Preact: ES modules (`<script type="module">`) split by
 * esbuild, so Preact, the polyfill and the shared formatting code ship once, in `chunks/`, rather
 * than once per page. Content scripts cannot be modules, so the other entries stay IIFEs.
 */
const PAGE_ENTRIES = {
  popup: 'src/popup/index.tsx',
  audit: 'src/audit/index.tsx', // the audit view: Chrome's side panel, Firefox's sidebar, or a tab
};
/**
 * Each page's HTML, written by the pages build once its chunks are known: a modulepreload link
 * per chunk the page's module imports (scripts/page-html.mjs says why).
 */
const PAGE_HTML = { popup: 'src/popup/popup.html', audit: 'src/audit/audit.html' };
/**
 * The full portal check, injected when the popup opens on a page without the root attribute. Its
 * signs must be the script's last value (executeScript reports it), which an IIFE hides: the
 * bundle exposes its exports as `cookieCharterProbe` (in the extension's isolated world, not the
 * page's) and a footer reads them.
 */
const PROBE_ENTRY = { probe: 'src/content/probe.ts' };
const PROBE_GLOBAL = 'cookieCharterProbe';

/**
 * Every file copied to dist/<target> as is: [source, destination]; a folder is copied whole.
 * Watch mode watches these too. A new page or file is one line here.
 */
const STATIC_FILES = [
  ['src/styles/base.css', 'base.css'], // the palette, tones, buttons and panels both pages share
  ['src/popup/popup.css', 'popup.css'],
  ['src/audit/audit.css', 'audit.css'],
  ['src/offscreen/offscreen.html', 'offscreen.html'],
  ['src/_locales', '_locales'],
  ['src/data/open-cookie-database/LICENSE', 'licenses/open-cookie-database/LICENSE'],
  ['src/data/open-cookie-database/NOTICE.md', 'licenses/open-cookie-database/NOTICE.md'],
  ...[16, 32, 48, 128].map((size) => [`icons/icon-${size}.png`, `icons/icon-${size}.png`]),
];
/**
 * Files copied from installed packages, like STATIC_FILES but not watched (they change only with
 * `npm install`): autoconsent's compact rules, read by the worker when a "refuse / accept for me"
 * run starts (src/background/autoconsent/settings.ts), and its licence (MPL-2.0), shipped beside it.
 * A `.gz` destination of a plain source is gzipped on the way (see `place`).
 */
const VENDOR_FILES = [
  ['node_modules/@duckduckgo/autoconsent/rules/compact-rules.json', 'autoconsent/compact-rules.json.gz'],
  ['node_modules/@duckduckgo/autoconsent/LICENSE', 'licenses/autoconsent/LICENSE'],
];
/** What the written manifest is made of: the source manifest, and the version in package.json. */
const MANIFEST_INPUTS = ['manifest.json', 'package.json'];
/** Where the bundles' sources live: any change under it rebuilds them. */
const BUNDLE_SOURCES = 'src';

/**
 * Outputs only one browser uses: Chrome's offscreen document (Firefox parses in its background
 * page, and has no offscreen API). Left out of the other target's dist/ entirely.
 */
const ONLY_FOR = { chrome: ['offscreen', 'offscreen.html'], firefox: [] };
const isForTarget = (name, target) => !Object.entries(ONLY_FOR).some(([t, names]) => t !== target && names.includes(name));
const entriesFor = (target) => Object.fromEntries(Object.entries(ENTRIES).filter(([name]) => isForTarget(name, target)));
const staticFilesFor = (target) => STATIC_FILES.filter(([, to]) => isForTarget(to, target));

/** The two esbuild builds of a target: the scripts, and the probe with its global and footer. */
function buildOptions(target, dev, watch) {
  const base = esbuildOptions(target, dev);
  return [
    { ...base, entryPoints: entriesFor(target), plugins: [noInnerHtmlPlugin, staticPlugin(target, dev, watch)] },
    {
      ...base,
      entryPoints: PAGE_ENTRIES,
      format: 'esm',
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      metafile: true, // which chunks each page imports, for its HTML's preload links
      plugins: [noInnerHtmlPlugin, pageHtmlPlugin(target), ...(watch ? [rebuiltPlugin(`${target} pages`)] : [])],
    },
    {
      ...base,
      entryPoints: PROBE_ENTRY,
      globalName: PROBE_GLOBAL,
      footer: { js: `${PROBE_GLOBAL}.signs;` },
      plugins: watch ? [rebuiltPlugin(`${target} probe`)] : [],
    },
  ];
}

function esbuildOptions(target, dev) {
  return {
    absWorkingDir: root,
    outdir: join(distRoot, target),
    bundle: true,
    format: 'iife', // content scripts cannot be modules; IIFE keeps the three entries alike in both browsers
    target: ['chrome120', 'firefox128'],
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    logLevel: 'warning',
    define: { __TARGET__: JSON.stringify(target), __DEV__: String(dev) },
    jsx: 'automatic',
    jsxImportSource: 'preact',
  };
}

/**
 * Writes `data` to `to` through a temporary file renamed over it: a browser reloading the unpacked
 * extension mid-rewrite (watch mode) sees the old file or the new one, never none or half of one.
 */
async function writeAtomic(to, data) {
  const temporary = `${to}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, to);
}

/**
 * What a static file ships as: a `.gz` destination of a plain source gzipped (level 9, read back
 * with DecompressionStream, src/platform/packed-json.ts: 257 KB of rules ship as about 50 KB);
 * outside dev builds, stylesheets minified and JSON (the locales) without its indentation, which
 * was a fifth of their bytes. Dev builds keep them readable.
 */
async function shipped(from, to, data, dev) {
  if (to.endsWith('.gz') && !from.endsWith('.gz')) return gzipAsync(data, { level: 9 });
  if (dev) return data;
  if (to.endsWith('.css')) return (await transform(data.toString('utf8'), { loader: 'css', minify: true, target: ['chrome120', 'firefox128'] })).code;
  if (to.endsWith('.json')) return JSON.stringify(JSON.parse(data.toString('utf8')));
  return data;
}

/** Copies `from` to `to` (a folder whole, file by file), as `shipped` says. */
async function place(from, to, dev) {
  if (statSync(from).isDirectory()) {
    await mkdir(to, { recursive: true });
    const names = await readdir(from);
    return Promise.all(names.map((name) => place(join(from, name), join(to, name), dev)));
  }
  return writeAtomic(to, await shipped(from, to, await readFile(from), dev));
}

/** Copies the static files and writes the target's manifest; runs after every (re)build. */
async function writeStatic(target, dev) {
  const out = join(distRoot, target);
  const [base, pkg] = await Promise.all(MANIFEST_INPUTS.map((file) => readFile(join(root, file), 'utf8').then(JSON.parse)));
  // Vendor files once per target folder (a build empties it first): a watch rewrite skips 250 KB
  // and its gzipping.
  const vendor = VENDOR_FILES.filter(([, to]) => !existsSync(join(out, to)));
  const files = [...staticFilesFor(target), ...vendor];
  await Promise.all(files.map(([, to]) => mkdir(dirname(join(out, to)), { recursive: true })));
  await Promise.all([
    ...files.map(([from, to]) => place(join(root, from), join(out, to), dev)),
    writeAtomic(join(out, 'manifest.json'), JSON.stringify(forTarget(base, target, { version: pkg.version, dev }), null, 2)),
    writeReference(join(out, 'reference.json.gz'), root), // read by src/platform/reference-data.ts
    writePublicSuffixes(join(out, 'public-suffix.txt.gz')), // read by src/platform/public-suffix-data.ts (the worker only)
  ]);
}

/** Preact with its markup writes closed (scripts/preact-patch.mjs says which and why). */
const noInnerHtmlPlugin = {
  name: 'no-inner-html',
  setup(b) {
    b.onLoad({ filter: /preact[\\/]dist[\\/]preact\.mjs$/ }, async (args) => ({
      contents: patchPreact(await readFile(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};

/** A plugin that rewrites the static files after each rebuild and reports the time it took. */
function staticPlugin(target, dev, watch) {
  return {
    name: 'static',
    setup(b) {
      let started = 0;
      b.onStart(() => {
        started = performance.now();
      });
      b.onEnd(async (result) => {
        if (result.errors.length) return;
        await writeStatic(target, dev);
        if (watch) console.log(`[build] ${target} rebuilt in ${Math.round(performance.now() - started)} ms`);
      });
    },
  };
}

/** Writes each page's HTML after each (re)build of the pages, with its module preloads. */
function pageHtmlPlugin(target) {
  const out = join(distRoot, target);
  const outdir = relative(root, out).split(sep).join('/'); // as the metafile names outputs
  return {
    name: 'page-html',
    setup(b) {
      b.onEnd(async (result) => {
        if (result.errors.length || !result.metafile) return;
        await Promise.all(
          Object.entries(PAGE_HTML).map(async ([name, from]) => {
            const html = await readFile(join(root, from), 'utf8');
            const chunks = staticChunks(result.metafile, `${outdir}/${name}.js`, outdir);
            await writeAtomic(join(out, `${name}.html`), withModulePreloads(html, chunks));
          }),
        );
      });
    },
  };
}

/** In watch mode, reports each rebuild of a build that writes no static file (the probe's). */
function rebuiltPlugin(label) {
  return {
    name: 'rebuilt',
    setup(b) {
      let started = 0;
      b.onStart(() => {
        started = performance.now();
      });
      b.onEnd((result) => {
        if (!result.errors.length) console.log(`[build] ${label} rebuilt in ${Math.round(performance.now() - started)} ms`);
      });
    },
  };
}

/** True when a change needs no bundle rebuilt: a static file, or one of the manifest's inputs. */
const isStaticOnly = (path) => MANIFEST_INPUTS.includes(path) || STATIC_FILES.some(([from]) => path === from || path.startsWith(`${from}/`));

/** Builds once, then rebuilds what each burst of saves touched, until SIGINT or SIGTERM. */
async function watchBuild(targets, dev) {
  const contexts = [];
  for (const target of targets) for (const options of buildOptions(target, dev, true)) contexts.push(await context(options));
  const rebuild = () => Promise.all(contexts.map((ctx) => ctx.rebuild()));
  // esbuild prints its own errors (a BuildFailure carries them as `errors`); print the others.
  const enqueue = serialQueue((error) => error.errors || console.error(`[build] ${error.message}`));
  await enqueue(rebuild);
  // Each source's top folder is watched whole (recursively); a file at the root, by its name.
  const tops = new Set([BUNDLE_SOURCES, ...MANIFEST_INPUTS, ...STATIC_FILES.map(([from]) => from.split('/')[0])]);
  const isFolder = (top) => statSync(join(root, top)).isDirectory();
  const watched = { folders: [...tops].filter(isFolder), files: [...tops].filter((top) => !isFolder(top)) };
  const stop = watchSources(root, watched, (paths) =>
    enqueue(async () => {
      if (!paths.every(isStaticOnly)) return rebuild();
      const started = performance.now();
      await Promise.all(targets.map((target) => writeStatic(target, dev)));
      console.log(`[build] ${targets.join(' and ')}: ${paths.join(', ')} copied in ${Math.round(performance.now() - started)} ms`);
    }),
  );
  const quit = async () => {
    stop();
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
    process.exit(0);
  };
  process.once('SIGINT', quit);
  process.once('SIGTERM', quit);
  console.log(`[build] watching ${targets.join(' and ')} (Ctrl-C to stop)`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) return console.log(USAGE);
  if (opts.error) {
    console.error(`${opts.error}\n${USAGE}`);
    process.exit(1);
  }
  for (const target of opts.targets) await rm(join(distRoot, target), { recursive: true, force: true });
  if (opts.watch) return watchBuild(opts.targets, opts.dev);
  await Promise.all(opts.targets.flatMap((target) => buildOptions(target, opts.dev, false).map((options) => build(options))));
  console.log(`[build] wrote ${opts.targets.map((t) => join(distRoot, t)).join(', ')}`);
}

main().catch((error) => {
  console.error(`[build] ${error.message}`);
  process.exit(1);
});
