/**
 * The built extension a run drives: `dist/chrome` (or `$CC_DIST/chrome`), rebuilt first when a
 * source is newer, then copied to a private folder so a rebuild during the run cannot change it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Inputs of the build: a newer one makes the build stale. */
const SOURCES = ['src', 'icons', 'manifest.json', 'package.json', 'scripts/build.mjs', 'scripts/manifest.mjs'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when `dist` lacks a manifest or a source file is newer than it. */
export function isStale(root: string, dist: string): boolean {
  const manifest = join(dist, 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(root, s)) > built);
}

/**
 * The extension folder for this run (a private copy) and its clean-up, or an error message.
 * `CC_AUDIT_NO_BUILD=1` uses the build as it is (tests that built it once, a CI step that did).
 */
export function prepareExtension(root: string, log: (line: string) => void): { dir: string; cleanup: () => void } | { error: string } {
  const distRoot = join(root, process.env.CC_DIST ?? 'dist');
  const dist = join(distRoot, 'chrome');
  const noBuild = process.env.CC_AUDIT_NO_BUILD === '1';
  if (!noBuild && isStale(root, dist)) {
    log(`building the extension (node scripts/build.mjs --target chrome) into ${dist}`);
    const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--target', 'chrome'], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) return { error: `cannot build the extension: ${(built.stderr || built.stdout).trim().split('\n')[0] ?? ''}` };
  }
  if (!existsSync(join(dist, 'manifest.json'))) return { error: `no built extension in ${dist} (run npm run build)` };
  const copy = mkdtempSync(join(tmpdir(), 'cc-audit-ext-'));
  cpSync(dist, join(copy, 'chrome'), { recursive: true });
  return { dir: join(copy, 'chrome'), cleanup: () => rmSync(copy, { recursive: true, force: true }) };
}
