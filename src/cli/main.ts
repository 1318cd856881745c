/**
 * Node wiring of the CLI: files, stdin, jsdom, sha256, exit code. scripts/charter.mjs bundles this
 * file and calls `main(process.argv.slice(2))`. Nothing escapes as a stack trace.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import pkg from '../../package.json';
import { runCharterCli, type CliIo } from './charter';
import { installNodePublicSuffixes } from './public-suffix';

// registrableDomain follows tldts's Public Suffix List here (the worker reads it packed).
installNodePublicSuffixes();

/**
 * Up to `maxBytes` bytes from `fd`, stopping there: /dev/zero or a 99 MB binary is never read
 * whole. A non-blocking stdin answers EAGAIN until data comes: wait a little and try again.
 */
function readAtMost(fd: number, maxBytes: number): Uint8Array {
  const buffer = Buffer.alloc(maxBytes);
  let length = 0;
  while (length < maxBytes) {
    let n: number;
    try {
      n = readSync(fd, buffer, length, maxBytes - length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      continue;
    }
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

/** The node implementation of the CLI's effects. */
export function nodeIo(): CliIo {
  return {
    readFile: (path, maxBytes) => {
      const fd = openSync(path, 'r');
      try {
        return readAtMost(fd, maxBytes);
      } finally {
        closeSync(fd);
      }
    },
    readStdin: (maxBytes) => readAtMost(0, maxBytes),
    // jsdom runs no script and loads no resource by default; a silent console keeps CSS parse
    // warnings off stderr.
    parseHtml: (html, url) => new JSDOM(html, { ...(url ? { url } : {}), virtualConsole: new VirtualConsole() }).window.document,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    now: () => Date.now(),
    sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
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
