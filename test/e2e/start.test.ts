/**
 * `npm start` end to end: it builds, serves the demo portal, opens the browser with the extension
 * (web-ext run), and the extension reads the portal's charter. The proof is the demo portal's own
 * log (`--log-requests`): a GET of /terms/cookies-policy/ comes only from the extension, since the
 * browser is sent to the tracker and the portal's home page. Runs under xvfb-run (no window on
 * screen); .ci/run installs it. Without xvfb-run it uses the session's display, or says why not.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness';

jest.setTimeout(150_000);

const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).status === 0;
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const CHARTER_FETCH = /\[demo\] GET data\.example\.test\/terms\/cookies-policy\//;

/**
 * A copy of the project to run `npm start` in: it writes a dev build to dist/, which the other
 * real-browser tests must not see. node_modules is shared through a link.
 */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-start-'));
  for (const entry of ['package.json', 'manifest.json', 'tsconfig.json', 'src', 'scripts', 'icons', 'test/demo-portal']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Starts `npm start` (as its script) in `cwd`, in a process group of its own, so that all of it can be stopped. */
function start(cwd: string, args: string[]): { child: ChildProcess; saw: (re: RegExp, ms: number) => Promise<void> } {
  const script = [join(cwd, 'scripts/start.mjs'), '--log-requests', ...args];
  const child = hasXvfb
    ? spawn('xvfb-run', ['-a', process.execPath, ...script], { cwd, detached: true })
    : spawn(process.execPath, script, { cwd, detached: true });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const saw = (re: RegExp, ms: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not seen within ${ms} ms: ${re}\n--- output ---\n${out.slice(-3000)}`)), ms);
      const check = () => {
        if (re.test(out)) {
          clearTimeout(timer);
          resolve();
        } else if (child.exitCode !== null) {
          clearTimeout(timer);
          reject(new Error(`npm start exited (${child.exitCode}) before ${re}\n--- output ---\n${out.slice(-3000)}`));
        } else setTimeout(check, 200);
      };
      check();
    });
  return { child, saw };
}

/** Whether any process of the group `pgid` is still alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the whole group (xvfb-run, the watcher, web-ext, the browser): TERM, then KILL after 10 s. */
async function stop(child: ChildProcess): Promise<void> {
  const pgid = child.pid!;
  if (!groupAlive(pgid)) return;
  process.kill(-pgid, 'SIGTERM');
  for (let waited = 0; groupAlive(pgid) && waited < 10_000; waited += 200) await new Promise((r) => setTimeout(r, 200));
  if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
}

const maybe = hasXvfb || hasDisplay ? describe : describe.skip;
if (!hasXvfb && !hasDisplay) console.warn('[test] npm start with a browser: skipped, no xvfb-run and no display (install the xvfb package)');

maybe.each([
  ['Chromium', []],
  ['Firefox ESR', ['--firefox']],
])('npm start with %s', (_name, args) => {
  let copy: string;
  beforeAll(() => (copy = projectCopy()));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('opens the browser on the demo portal, where the extension reads the charter', async () => {
    const run = start(copy, args as string[]);
    try {
      await expect(run.saw(/\[start\] demo portal: http:\/\/data\.example\.test:\d+\//, 60_000)).resolves.toBeUndefined();
      await expect(run.saw(/\[demo\] GET tracker\.other\.test\/bounce\?to=/, 60_000)).resolves.toBeUndefined(); // one tab, through the tracker
      await expect(run.saw(/\[demo\] GET data\.example\.test\/\n/, 60_000)).resolves.toBeUndefined(); // the browser on the portal
      await expect(run.saw(CHARTER_FETCH, 60_000)).resolves.toBeUndefined(); // the extension at work
    } finally {
      await stop(run.child);
    }
  });
});
