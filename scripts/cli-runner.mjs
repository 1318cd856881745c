// What scripts/charter.mjs and scripts/audit.mjs share: bundle a CLI entry of src/cli/ with
// esbuild (about 50 ms; npm packages stay external) into node_modules/.cache/cookie-charter/, then
// run its `main(args, root)` and exit with its code. The bundle is written to a temporary name and
// renamed, so two runs at once (two shards, say) never load a half-written bundle.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules', '.cache', 'cookie-charter');

async function bundle(entry, outFile) {
  const result = await esbuild.build({
    entryPoints: [join(root, entry)],
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

/**
 * Builds `entry` (a path from the project root) as `<name>.cjs` and runs it on this process's
 * arguments; `label` prefixes the one-line message of a failure to build or an unexpected error
 * (exit code 2).
 */
export async function runCli({ entry, name, label }) {
  const outFile = join(outDir, `${name}.cjs`);
  const fail = (what, e) => {
    process.stderr.write(`${label}: ${what}: ${String(e?.message ?? e).split('\n')[0]}\n`);
    process.exitCode = 2;
  };
  try {
    await bundle(entry, outFile);
  } catch (e) {
    return fail('cannot build the CLI', e);
  }
  try {
    const { main } = createRequire(import.meta.url)(outFile);
    process.exitCode = await main(process.argv.slice(2), root);
  } catch (e) {
    fail('unexpected error', e);
  }
}
