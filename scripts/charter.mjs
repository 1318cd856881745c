#!/usr/bin/env node
// `npm run charter -- <charter.html|-> [--cookies <file>] [--url <page-url>] [--format json|csv|md]`
// Bundles src/cli/main.ts with esbuild (about 50 ms; npm packages stay external) into
// node_modules/.cache/cookie-charter/, then runs it. Written to a temporary name and renamed, so
// two runs at once never load a half-written bundle.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules', '.cache', 'cookie-charter');
const outFile = join(outDir, 'charter.cjs');

async function bundle() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    outfile: outFile,
  });
  mkdirSync(outDir, { recursive: true });
  const tmp = `${outFile}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, outFile);
}

const fail = (what, e) => {
  process.stderr.write(`cookie-charter: ${what}: ${String(e?.message ?? e).split('\n')[0]}\n`);
  process.exitCode = 2;
};

try {
  await bundle();
} catch (e) {
  fail('cannot build the CLI', e);
}
if (process.exitCode !== 2) {
  try {
    const { main } = createRequire(import.meta.url)(outFile);
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    fail('unexpected error', e);
  }
}
