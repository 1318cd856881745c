/**
 * The extension's big data files ship gzipped (scripts/build.mjs writes them at level 9, about a
 * fifth of their size) and are inflated on read with the browsers' own DecompressionStream
 * (Chrome 80+, Firefox 113+: https://developer.mozilla.org/docs/Web/API/DecompressionStream),
 * so nothing is bundled to do it.
 */
import { browser } from './browser';

/** The parsed JSON of the extension's gzipped file at `path`; rejects when it cannot be read or is not gzip. */
export async function readPackedJson<T = unknown>(path: string): Promise<T> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok || !response.body) throw new Error(`${path}: HTTP ${response.status}`);
  // An extension's own file comes with no Content-Encoding: the body is the gzip bytes as built.
  const inflated = response.body.pipeThrough(new DecompressionStream('gzip'));
  try {
    return (await new Response(inflated).json()) as T;
  } catch (error) {
    // The stream's own errors say little ("incorrect header check"): name the file and what it should be.
    throw new Error(`${path}: not gzipped JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}
