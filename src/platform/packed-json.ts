/**
 * The extension's big data files ship gzipped (scripts/build.mjs writes them at level 9, about a
 * fifth of their size) and are inflated on read with the browsers' own DecompressionStream
 * (Chrome 80+, Firefox 113+: https://developer.mozilla.org/docs/Web/API/DecompressionStream),
 * so nothing is bundled to do it.
 */
import { browser } from './browser';

/** The inflated body of the extension's gzipped file at `path`, to read once; rejects when it cannot be fetched. */
async function inflate(path: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok || !response.body) throw new Error(`${path}: HTTP ${response.status}`);
  // An extension's own file comes with no Content-Encoding: the body is the gzip bytes as built.
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip')));
}

/** Runs `read`; the stream's own errors say little ("incorrect header check"): name the file and what it should be. */
async function readAs<T>(path: string, what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new Error(`${path}: not ${what} (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}

/** The parsed JSON of the extension's gzipped file at `path`; rejects when it cannot be read or is not gzip. */
export async function readPackedJson<T = unknown>(path: string): Promise<T> {
  const inflated = await inflate(path);
  return readAs(path, 'gzipped JSON', async () => (await inflated.json()) as T);
}

/** The UTF-8 text of the extension's gzipped file at `path`; rejects when it cannot be read or is not gzip. */
export async function readPackedText(path: string): Promise<string> {
  const inflated = await inflate(path);
  return readAs(path, 'gzipped text', () => inflated.text());
}
