// Bundle sizes of the built extension: bytes as shipped (the build minifies) and gzipped.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export async function bundleSizes(distDir, files) {
  const sizes = {};
  for (const file of files) {
    const bytes = await readFile(join(distDir, file));
    sizes[file] = { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }
  return sizes;
}
