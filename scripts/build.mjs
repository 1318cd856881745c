#!/usr/bin/env node
// One build, two targets: node scripts/build.mjs [--target chrome|firefox] [--watch] [--dev]
import { build, context } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TARGETS, forTarget } from './manifest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where builds go: `dist/` unless CC_DIST names another folder (a parallel checkout's tests, say). */
const distRoot = process.env.CC_DIST ? join(root, process.env.CC_DIST) : join(root, 'dist');
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

const ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts', // every page: the portal check only
  reader: 'src/content/reader.ts', // portal tabs only, injected by the background
};
const POPUP_ENTRY = { popup: 'src/popup/index.tsx' };
/**
 * The full portal check, injected when the popup opens on a page without the root attribute. Its
 * signs must be the script's last value (executeScript reports it), which an IIFE hides: the
 * bundle exposes its exports as `cookieCharterProbe` (in the extension's isolated world, not the
 * page's) and a footer reads them.
 */
const PROBE_ENTRY = { probe: 'src/content/probe.ts' };
const PROBE_GLOBAL = 'cookieCharterProbe';

/**
 * The popup bundle only: webextension-polyfill → src/platform/native-browser.ts (the browser's own
 * `browser`, or `chrome`), ~10 KB less to load each time the popup opens. Safe because the polyfill
 * does two jobs and the popup needs neither:
 *  - it promisifies callback APIs: the popup calls only runtime.sendMessage, tabs.query and
 *    cookies.get/getAll, which return promises natively in both browsers' MV3, and the synchronous
 *    i18n.getMessage/getUILanguage and runtime.getManifest;
 *  - it lets runtime.onMessage listeners answer with a promise: the popup's one listener
 *    ('tab-changed') needs no answer (the background's notifyPopups ignores answers and their absence).
 * What it must still undo: before Chrome 144 (which ships `browser` natively, and where the
 * polyfill steps aside by itself), the background's polyfill sends a rejection as the reply
 * `{ __mozWebExtensionPolyfillReject__, message }`; native-browser.ts turns that back into a
 * rejection. The background and the reader keep the polyfill: they answer messages with promises.
 */
const POPUP_ALIAS = { 'webextension-polyfill': './src/platform/native-browser.ts' };

/** The two esbuild builds of a target: the scripts with the polyfill, and the popup without it. */
function buildOptions(target, dev, watch) {
  const base = esbuildOptions(target, dev);
  return [
    { ...base, entryPoints: ENTRIES, plugins: [noInnerHtmlPlugin, staticPlugin(target, dev, watch)] },
    { ...base, entryPoints: POPUP_ENTRY, alias: POPUP_ALIAS, plugins: [noInnerHtmlPlugin, ...(watch ? [rebuiltPlugin(`${target} popup`)] : [])] },
    { ...base, entryPoints: PROBE_ENTRY, globalName: PROBE_GLOBAL, footer: { js: `${PROBE_GLOBAL}.signs;` }, plugins: watch ? [rebuiltPlugin(`${target} probe`)] : [] },
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

/** Copies the static files and writes the target's manifest; runs after every (re)build. */
async function writeStatic(target, dev) {
  const out = join(distRoot, target);
  const [base, pkg] = await Promise.all([
    readFile(join(root, 'manifest.json'), 'utf8').then(JSON.parse),
    readFile(join(root, 'package.json'), 'utf8').then(JSON.parse),
  ]);
  await mkdir(join(out, 'icons'), { recursive: true });
  await Promise.all([
    cp(join(root, 'src/popup/popup.html'), join(out, 'popup.html')),
    cp(join(root, 'src/popup/popup.css'), join(out, 'popup.css')),
    cp(join(root, 'src/_locales'), join(out, '_locales'), { recursive: true }),
    ...[16, 32, 48, 128].map((size) => cp(join(root, `icons/icon-${size}.png`), join(out, `icons/icon-${size}.png`))),
    writeFile(join(out, 'manifest.json'), JSON.stringify(forTarget(base, target, { version: pkg.version, dev }), null, 2)),
  ]);
}

/**
 * Removes Preact's one innerHTML write (the dangerouslySetInnerHTML path, which we never use):
 * nothing the popup shows can then reach innerHTML, and `web-ext lint` has nothing to warn about.
 * If a Preact update changes that code, the build fails here rather than silently keeping it.
 */
const PREACT_INNER_HTML = '(t.innerHTML=h.__html)';
const noInnerHtmlPlugin = {
  name: 'no-inner-html',
  setup(b) {
    b.onLoad({ filter: /preact[\\/]dist[\\/]preact\.mjs$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      if (!code.includes(PREACT_INNER_HTML)) throw new Error(`Preact changed: ${PREACT_INNER_HTML} not found in ${args.path}`);
      return { contents: code.replace(PREACT_INNER_HTML, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled")})()'), loader: 'js' };
    });
  },
};

/** A plugin that rewrites the static files after each rebuild and reports the time it took. */
function staticPlugin(target, dev, watch) {
  return {
    name: 'static',
    setup(b) {
      let started = 0;
      b.onStart(() => { started = performance.now(); });
      b.onEnd(async (result) => {
        if (result.errors.length) return;
        await writeStatic(target, dev);
        if (watch) console.log(`[build] ${target} rebuilt in ${Math.round(performance.now() - started)} ms`);
      });
    },
  };
}

/** In watch mode, reports each rebuild of a build that writes no static file (the popup's). */
function rebuiltPlugin(label) {
  return {
    name: 'rebuilt',
    setup(b) {
      let started = 0;
      b.onStart(() => { started = performance.now(); });
      b.onEnd((result) => {
        if (!result.errors.length) console.log(`[build] ${label} rebuilt in ${Math.round(performance.now() - started)} ms`);
      });
    },
  };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) return console.log(USAGE);
  if (opts.error) {
    console.error(`${opts.error}\n${USAGE}`);
    process.exit(1);
  }
  for (const target of opts.targets) await rm(join(distRoot, target), { recursive: true, force: true });
  if (opts.watch) {
    for (const target of opts.targets) {
      for (const options of buildOptions(target, opts.dev, true)) await (await context(options)).watch();
    }
    console.log(`[build] watching ${opts.targets.join(' and ')} (Ctrl-C to stop)`);
    return;
  }
  await Promise.all(opts.targets.flatMap((target) => buildOptions(target, opts.dev, false).map((options) => build(options))));
  console.log(`[build] wrote ${opts.targets.map((t) => join(distRoot, t)).join(', ')}`);
}

main().catch((error) => {
  console.error(`[build] ${error.message}`);
  process.exit(1);
});
