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

/** Bytes of every file under `dir`, recursively: the unpacked extension as a browser loads it. */
export async function folderBytes(dir) {
  const { readdir, stat } = await import('node:fs/promises');
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return total;
}

/**
 * A page's code as it loads: the module `file` and the chunks it imports (the popup and the audit
 * view share chunks/, scripts/build.mjs), minified and gzipped bytes summed.
 */
export async function pageCodeSizes(distDir, file) {
  const seen = new Set();
  const visit = async (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = await readFile(join(distDir, path), 'utf8');
    const base = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    for (const [, spec] of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) await visit(join(base, spec));
  };
  await visit(file);
  const sizes = await bundleSizes(distDir, [...seen]);
  return {
    files: [...seen],
    minified: Object.values(sizes).reduce((sum, s) => sum + s.minified, 0),
    gzip: Object.values(sizes).reduce((sum, s) => sum + s.gzip, 0),
  };
}
