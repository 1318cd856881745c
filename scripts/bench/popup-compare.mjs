// Popup first paint of two builds, alternated: `node scripts/bench/popup-compare.mjs <dist-a> <dist-b> [rounds]`
// (each a built dist/chrome folder: build an older commit in a worktree to get one). Each round
// opens a fresh Chromium per build, in alternating order, and times 15 openings of the popup on a
// 10-row bench portal after 2 warm-up ones (scripts/bench/popup.mjs); prints each round's median
// and the median of the rounds. Timings drift with the machine's load: the alternation is what
// makes the two comparable.
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { extensionProbe, launchChromium } from '../browser-kit.mjs';
import { benchPopup } from './popup.mjs';
import { benchPortal, portalCharter, portalHome, setCookies } from './pages.mjs';
import { startBenchServer } from './server.mjs';

const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node scripts/bench/popup-compare.mjs <dist-a> <dist-b> [rounds]');
  process.exit(2);
}
const builds = { a: resolve(a), b: resolve(b) };
const rounds = Number(roundsArg ?? 3);
const c = { label: '10 rows', host: 'bench-rows10.test', ...benchPortal({ declared: 8, matched: 3, undeclared: 2, siteName: 'Bench 10' }) };
const server = await startBenchServer({
  routes: {},
  portals: { [c.host]: { home: portalHome(c.siteName), charter: portalCharter(c.siteName, c.names), cookies: setCookies(c.cookies, c.host) } },
});
const out = { a: [], b: [] };
try {
  for (let i = 0; i < rounds; i++) {
    for (const name of i % 2 ? ['b', 'a'] : ['a', 'b']) {
      const s = await launchChromium([builds[name]]);
      try {
        const probe = await extensionProbe(s.browser, s.ids[0]);
        const cases = [{ label: c.label, host: c.host, url: server.portal(c.host, '/'), expectedRows: c.expectedRows }];
        const [r] = await benchPopup({ browser: s.browser, ccId: s.ids[0], probe, cases, iterations: 15, warmup: 2 });
        out[name].push(r.firstPainted.median);
        console.log(`round ${i + 1} ${name}: ${r.firstPainted.median.toFixed(1)} ms (load ${loadavg()[0].toFixed(2)})`);
      } finally {
        await s.close();
      }
    }
  }
} finally {
  await server.close();
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({ a: median(out.a), b: median(out.b), ratio: median(out.b) / median(out.a), rounds: out }));
