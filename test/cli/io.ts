/** An in-memory CliIo: files from a map (or the fixtures folder), output captured. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { CliIo } from '../../src/cli/charter';

export const FIXTURES = join(__dirname, '../fixtures/cookies');
/** 2026-11-23T00:00:00Z, the time the cookie fixtures were written against. */
export const NOW_MS = 1_795_392_000_000;

/** parseCharter only reads the Document, so tests share one per (url, html): jsdom is the slow part. */
const documents = new Map<string, Document>();
function parseHtml(html: string, url: string): Document {
  const key = `${url}\u0000${html}`;
  let doc = documents.get(key);
  if (!doc) {
    doc = new JSDOM(html, { ...(url ? { url } : {}), virtualConsole: new VirtualConsole() }).window.document;
    documents.set(key, doc);
  }
  return doc;
}

/** Strings stand for UTF-8 files; bytes are the file as saved (a Latin-1 page, a binary). */
type Content = string | Uint8Array;
const bytesOf = (content: Content, maxBytes: number) => (typeof content === 'string' ? new TextEncoder().encode(content) : content).subarray(0, maxBytes);

export function memoryIo(files: Record<string, Content> = {}, stdin: Content = '') {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    readFile(path, maxBytes) {
      if (path in files) return bytesOf(files[path]!, maxBytes);
      if (path.startsWith('fixtures/')) return bytesOf(readFileSync(join(FIXTURES, path.slice('fixtures/'.length))), maxBytes);
      throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    },
    readStdin: (maxBytes) => bytesOf(stdin, maxBytes),
    parseHtml,
    stdout: (s) => {
      out.stdout += s;
    },
    stderr: (s) => {
      out.stderr += s;
    },
    now: () => NOW_MS,
    sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
    version: '9.9.9',
  };
  return { io, out };
}
