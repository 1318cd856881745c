#!/usr/bin/env node
// npm run fuzz [-- --runs <n>]: the parser and comparison property tests (test/core/**/*.property.test.ts)
// at depth: <n> cases per property (default 10,000; `npm test` runs a quick few), generated and
// mutated real charters, generated and mutated real cookie jars. Prints what was tried, the
// crashes found (each a failing property with fast-check's shrunk input and seed), and the time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run fuzz [-- --runs <cases per property>]';
const PROPERTY_TESTS = 'test/core/.*\\.property\\.test\\.ts$';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const runs = args[0] === '--runs' ? Number(args[1]) : args.length === 0 ? 10_000 : NaN;
if (!Number.isInteger(runs) || runs < 1 || (args.length !== 0 && args.length !== 2)) {
  console.error(`${USAGE}\n(<n> is a whole number of cases, at least 1)`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'cc-fuzz-'));
const report = join(work, 'tried.jsonl');
const results = join(work, 'results.json');
const started = performance.now();
const jest = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/jest/bin/jest.js'),
    '--selectProjects',
    'unit',
    '--maxWorkers=100%',
    '--testTimeout',
    String(24 * 3600_000),
    '--json',
    '--outputFile',
    results,
    PROPERTY_TESTS,
  ],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CC_FUZZ_RUNS: String(runs), CC_FUZZ_REPORT: report } },
);
const seconds = (performance.now() - started) / 1000;

if (!existsSync(results)) {
  console.error(`[fuzz] jest did not run the property tests (exit ${jest.status})`);
  process.exit(1);
}
const tried = new Map();
for (const line of (existsSync(report) ? readFileSync(report, 'utf8') : '').split('\n').filter(Boolean)) {
  const { what, cases } = JSON.parse(line);
  tried.set(what, (tried.get(what) ?? 0) + cases);
}
const outcome = JSON.parse(readFileSync(results, 'utf8'));
// A failed property, or a file that failed before its properties ran (its real fixtures, say).
const crashes = outcome.testResults.flatMap((file) => {
  const failed = file.assertionResults.filter((a) => a.status === 'failed').map((a) => ({ test: a.fullName, message: a.failureMessages.join('\n') }));
  return failed.length || file.status !== 'failed' ? failed : [{ test: file.name, message: file.message }];
});
/** The message without jest's and fast-check's own stack frames. */
const readable = (message) =>
  message
    .split('\n')
    .filter((line) => !/node_modules[\\/]/.test(line))
    .join('\n');
rmSync(work, { recursive: true, force: true });

const total = [...tried].filter(([what]) => !what.endsWith(' read as cookies')).reduce((n, [, cases]) => n + cases, 0);
console.log(`\n[fuzz] ${runs.toLocaleString('en')} runs per property`);
for (const [what, cases] of tried) console.log(`  ${cases.toLocaleString('en').padStart(10)}  ${what}`);
console.log(`  ${total.toLocaleString('en').padStart(10)}  cases in all`);
for (const crash of crashes) console.log(`\n[fuzz] CRASH in ${crash.test}\n${readable(crash.message)}`);
console.log(`[fuzz] ${crashes.length} crash${crashes.length === 1 ? '' : 'es'} found, in ${seconds.toFixed(1)} s`);
process.exit(crashes.length || jest.status ? 1 : 0);
