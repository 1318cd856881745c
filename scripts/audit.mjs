#!/usr/bin/env node
// `npm run audit -- <url>... [flags]` and `npm run audit -- merge <dir>...` (src/cli/audit/args.ts).
// Bundles src/cli/audit/main.ts with esbuild (npm packages stay external) into
// node_modules/.cache/cookie-charter/, then runs it, as scripts/charter.mjs does. Written to a
// temporary name and renamed, so two runs at once (two shards) never load a half-written bundle.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules', '.cache', 'cookie-charter');
const outFile = join(outDir, 'audit.cjs');

async function bundle() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src', 'cli', 'audit', 'main.ts')],
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
  process.stderr.write(`audit: ${what}: ${String(e?.message ?? e).split('\n')[0]}\n`);
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
    process.exitCode = await main(process.argv.slice(2), root);
  } catch (e) {
    fail('unexpected error', e);
  }
}
