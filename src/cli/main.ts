/**
 * Node wiring of the CLI: files, stdin, jsdom, sha256, exit code. scripts/charter.mjs bundles this
 * file and calls `main(process.argv.slice(2))`. Nothing escapes as a stack trace.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import pkg from '../../package.json';
import { runCharterCli, type CliIo } from './charter';

/** The node implementation of the CLI's effects. */
export function nodeIo(): CliIo {
  return {
    readFile: (path) => readFileSync(path, 'utf8'),
    readStdin: () => readFileSync(0, 'utf8'),
    // jsdom runs no script and loads no resource by default; a silent console keeps CSS parse
    // warnings off stderr.
    parseHtml: (html, url) =>
      new JSDOM(html, { ...(url ? { url } : {}), virtualConsole: new VirtualConsole() }).window.document,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    now: () => Date.now(),
    sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
    fileUrl: (path) => pathToFileURL(resolve(path)).href,
    version: pkg.version,
  };
}

/** Runs the CLI and returns its exit code; unexpected failures become exit 2 with one line. */
export function main(argv: string[]): number {
  // `charter ... | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`cookie-charter: cannot write output: ${e.message}\n`);
    process.exit(2);
  });
  try {
    return runCharterCli(argv, nodeIo());
  } catch (e) {
    process.stderr.write(`cookie-charter: unexpected error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    return 2;
  }
}
