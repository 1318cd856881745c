/**
 * `node scripts/build.mjs --watch` (npm run dev, watch:*, npm start) brings every kind of source
 * file to dist/ within a second of a save, in a throwaway copy of the project.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const COPIED = ['src', 'icons', 'scripts', 'manifest.json', 'package.json', 'tsconfig.json'];
const DEADLINE_MS = 1000; // the promise of watch mode: a save reaches dist/ within a second

let dir = '';
let watcher: ChildProcess | undefined;
let output = '';
const out = (file: string) => join(dir, 'dist/chrome', file);

/** Polls `check` until it holds, and fails (showing the watcher's output) if it still does not after `ms`. */
async function expectSoon(ms: number, check: () => boolean, what: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (check()) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`${what}: not in dist/ after ${ms} ms\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const contains = (file: string, text: string) => () => existsSync(out(file)) && readFileSync(out(file), 'utf8').includes(text);
const edit = (file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

/** Processes whose working folder is the copy: the watcher and esbuild's service, which it starts. */
function processesIn(folder: string): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`).startsWith(folder);
      } catch {
        return false; // gone, or not ours to read
      }
    })
    .map(Number);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cc-watch-'));
  for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  watcher = spawn(process.execPath, ['scripts/build.mjs', '--target', 'chrome', '--watch', '--dev'], { cwd: dir, env: { ...process.env, CC_DIST: '' } });
  watcher.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  watcher.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  await expectSoon(15_000, () => output.includes('[build] watching chrome'), 'the first build');
}, 20_000);

afterAll(async () => {
  if (watcher && watcher.exitCode === null) {
    const exited = new Promise((resolve) => watcher!.once('exit', resolve));
    watcher.kill('SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the watch build', () => {
  it('copies a saved stylesheet, page and locale file', async () => {
    edit('src/popup/popup.css', (css) => `${css}\n.watch-css { color: red; }\n`);
    await expectSoon(DEADLINE_MS, contains('popup.css', '.watch-css'), 'popup.css');
    edit('src/popup/popup.html', (html) => html.replace('</body>', '<!-- watch-html --></body>'));
    await expectSoon(DEADLINE_MS, contains('popup.html', 'watch-html'), 'popup.html');
    edit('src/_locales/fr/messages.json', (json) => json.replace('{', '{\n  "watchLocale": { "message": "watch-locale" },'));
    await expectSoon(DEADLINE_MS, contains('_locales/fr/messages.json', 'watch-locale'), 'a locale');
  });

  it('rewrites the manifest when manifest.json or the version in package.json changes', async () => {
    // Saved as many editors do: a new file renamed over the old one.
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    writeFileSync(join(dir, 'manifest.json.tmp'), JSON.stringify({ ...manifest, short_name: 'Watch Charter' }));
    renameSync(join(dir, 'manifest.json.tmp'), join(dir, 'manifest.json'));
    await expectSoon(DEADLINE_MS, contains('manifest.json', '"Watch Charter (dev)"'), 'manifest.json');
    edit('package.json', (pkg) => pkg.replace(/"version": "[^"]+"/, '"version": "9.8.7"'));
    await expectSoon(DEADLINE_MS, contains('manifest.json', '"version": "9.8.7"'), 'the package version');
  });

  it('copies a redrawn icon', async () => {
    const redrawn = readFileSync(join(dir, 'icons/icon-128.png'));
    writeFileSync(join(dir, 'icons/icon-16.png'), redrawn);
    // Read without existsSync: the build renames each file into place, so it never goes missing.
    await expectSoon(DEADLINE_MS, () => readFileSync(out('icons/icon-16.png')).equals(redrawn), 'icon-16.png');
  });

  it('rebundles a saved script', async () => {
    edit('src/content/index.ts', (ts) => `${ts}\nconsole.debug('watch-ts');\n`);
    await expectSoon(DEADLINE_MS, contains('content.js', 'watch-ts'), 'content.ts');
  });

  it('stops on SIGTERM and leaves no process behind', async () => {
    const exited = new Promise<number | null>((resolve) => watcher!.once('exit', resolve));
    watcher!.kill('SIGTERM');
    expect(await exited).toBe(0);
    // esbuild's service quits when its parent's pipe closes: give it a moment.
    await expectSoon(2000, () => processesIn(dir).length === 0, 'no process left');
    expect(processesIn(dir)).toEqual([]);
  });
});
