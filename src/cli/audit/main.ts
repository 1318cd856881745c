/**
 * Node wiring of `npm run audit` (scripts/audit.mjs bundles this file and calls `main`): flags,
 * the URL list, the built extension, Ctrl-C, progress and the exit status. Nothing escapes as a
 * stack trace; a site's failure is a line, never a crash.
 */
import { readFileSync, statSync } from 'node:fs';
import pkg from '../../../package.json';
import { inertForTerminal } from '../terminal';
import { HELP, parseAuditArgs, USAGE, type RunArgs } from './args';
import { runScenario } from './driver';
import { prepareExtension } from './extension';
import { mergeOutputs } from './merge';
import { createProgress } from './progress';
import { runBatch } from './run';
import { normaliseUrl, parseUrlList, targetsOf } from './urls';
import { installNodePublicSuffixes } from '../public-suffix';

// registrableDomain follows tldts's Public Suffix List here (the worker reads it packed).
installNodePublicSuffixes();

const MAX_LIST_BYTES = 10 * 1024 * 1024;
const say = (line: string) => void process.stderr.write(`${inertForTerminal(line)}\n`);

/** The URLs of the command line and of --urls, or the one-line message of the first bad one. */
export function collectUrls(args: RunArgs, readText: (path: string) => string): string[] | { error: string } {
  const urls: string[] = [];
  for (const raw of args.urls) {
    const url = normaliseUrl(raw);
    if (typeof url !== 'string') return { error: `bad URL argument: ${url.error}` };
    urls.push(url);
  }
  if (args.urlsFile !== null) {
    let text: string;
    try {
      text = readText(args.urlsFile);
    } catch (e) {
      return { error: `cannot read --urls ${args.urlsFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
    }
    const parsed = parseUrlList(text, args.urlsFile);
    if ('error' in parsed) return parsed;
    urls.push(...parsed.urls);
  }
  if (urls.length === 0) return { error: 'no URL to audit (the list is empty)' };
  return urls;
}

function readList(path: string): string {
  if (statSync(path).size > MAX_LIST_BYTES) throw new Error('larger than 10 MB');
  return readFileSync(path, 'utf8');
}

async function run(args: RunArgs, root: string): Promise<number> {
  const urls = collectUrls(args, readList);
  if (!Array.isArray(urls)) return usageError(urls.error);
  const extension = prepareExtension(root, say);
  if ('error' in extension) return (say(`audit: ${extension.error}`), 2);
  const live = new Set<() => Promise<void>>();
  let interrupts = 0;
  const onSigint = () => {
    interrupts++;
    if (interrupts === 1) say('\naudit: stopping: no new site; finishing the current ones (Ctrl-C again to abandon them)');
    else if (interrupts === 2) {
      say('\naudit: abandoning the current sites');
      for (const close of live) void close();
    } else process.exit(130);
  };
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigint);
  const targets = targetsOf(urls);
  try {
    const outcome = await runBatch(args, targets, {
      runScenario: (url, scenario) => runScenario({ dist: extension.dir, resolve: args.resolve }, url, scenario, live),
      progress: (total) => createProgress(total, process.stderr),
      version: pkg.version,
      stopping: () => interrupts > 0,
      abandoned: () => interrupts > 1,
    });
    const { summary } = outcome;
    for (const line of summary.sites.filter((l) => l.failure)) say(`audit: could not audit ${line.host}: ${line.failure}`);
    if (outcome.interrupted) say(`audit: interrupted: ${outcome.missing.length} site(s) not audited; run again with --resume`);
    say(
      `audit: ${summary.totals.audited} audited, ${summary.totals.failed} could not be, ${summary.totals.verdicts.violation} with a violation: ${args.out}/index.html`,
    );
    return outcome.code;
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
    extension.cleanup();
  }
}

function usageError(message: string): number {
  say(`audit: ${message}`);
  say(USAGE.split('\n')[0]!);
  return 2;
}

/** Runs the CLI; resolves to its exit status. `root` is the project folder (for the build). */
export async function main(argv: string[], root: string): Promise<number> {
  const args = parseAuditArgs(argv);
  if (args.kind === 'help') return (process.stdout.write(`${HELP}\n`), 0);
  if (args.kind === 'error') return usageError(args.message);
  try {
    if (args.kind === 'merge') {
      const merged = mergeOutputs(args.dirs, args.out, pkg.version);
      if ('error' in merged) return usageError(merged.error);
      say(`audit: merged ${merged.summary.totals.sites} sites into ${args.out}/index.html`);
      return 0;
    }
    return await run(args, root);
  } catch (e) {
    say(`audit: unexpected error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return 2;
  }
}
