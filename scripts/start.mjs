#!/usr/bin/env node
// npm start [-- --firefox] [-- --log-requests]: build in watch mode, serve the demo portal, open a
// browser with the extension on it (web-ext run: it reloads the extension whenever dist/<target>
// changes). --log-requests prints each request the demo portal serves: the extension's one
// request is its charter fetch.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath, firefoxPath } from './browsers.mjs';
import demoServer from '../test/demo-portal/server.cjs';
const { DEMO_HOSTS, startDemoPortal } = demoServer;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const firefox = process.argv.includes('--firefox');
const logRequests = process.argv.includes('--log-requests');
const target = firefox ? 'firefox' : 'chrome';

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'npm start needs a display to open a browser, and none was found (DISPLAY is not set).\n' +
      '  - On a desktop, run it from a graphical session; over SSH, use `ssh -X` or `xvfb-run npm start`.\n' +
      '  - Or build with `npm run build` and load dist/chrome (chrome://extensions → Load unpacked)\n' +
      '    or dist/firefox/manifest.json (about:debugging → Load Temporary Add-on) by hand;\n' +
      '    `node test/demo-portal/server.cjs` serves the demo portal on its own.',
  );
  process.exit(1);
}

const run = (cmd, args, stdio = 'inherit') => spawn(cmd, args, { cwd: root, stdio });

// 1. The watch build: it empties dist/<target>, builds once, then rebuilds on every save. The
// browser starts only once that first build is written ("[build] watching"): a separate full
// build before it raced with the watcher's emptying, and web-ext then found no manifest.
const watcher = run(process.execPath, ['scripts/build.mjs', '--target', target, '--watch', '--dev'], ['ignore', 'pipe', 'inherit']);
await new Promise((resolve, reject) => {
  let seen = '';
  watcher.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (seen === null) return;
    seen += chunk;
    if (!seen.includes('[build] watching')) return;
    seen = null;
    resolve();
  });
  watcher.on('exit', (code) => reject(new Error(`the build stopped (exit ${code})`)));
});

// 2. The demo portal (port 8080 when free).
const onRequest = logRequests ? ({ method, host, url }) => console.log(`[demo] ${method} ${host}${url}`) : undefined;
const demo = await startDemoPortal({ port: 8080, onRequest }).catch(() => startDemoPortal({ port: 0, onRequest }));
console.log(`[start] demo portal: ${demo.url()} (names under .test resolve to 127.0.0.1 in the launched browser)`);

// 3. The browser, in one tab: through the tracker (which so holds its third-party cookie, see
// /bounce in the demo server) to the portal, in front. Two start URLs left Firefox on the tracker.
const webExt = join(root, 'node_modules', '.bin', 'web-ext');
const startUrl = demo.url('tracker.other.test', `/bounce?to=${encodeURIComponent(demo.url())}`);
const common = ['run', '--source-dir', join(root, 'dist', target), '--start-url', startUrl];
const browserArgs = firefox
  ? ['--target', 'firefox-desktop', '--firefox', firefoxPath(), '--pref', `network.dns.localDomains=${DEMO_HOSTS.join(',')}`]
  : ['--target', 'chromium', '--chromium-binary', chromiumPath(), ...chromiumArgs().map((a) => `--arg=${a}`)];
const browser = run(webExt, [...common, ...browserArgs]);

const stop = () => {
  watcher.kill('SIGINT');
  browser.kill('SIGINT');
  void demo.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
browser.on('exit', stop);
