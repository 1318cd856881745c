// The audit view painted with a large synthetic audit: 500 cookies, 5,000 events. Each iteration
// opens chrome-extension://<id>/audit.html?tab=<n> in a fresh page; a script that runs before the
// page's own answers its `audit-get` with the synthetic snapshot (the background is not involved:
// what is timed is the view) and watches the DOM. Two figures per opening, both from navigation
// start (performance.now()'s origin) to two animation frames after (painted):
//  - first paint (target < 200 ms): `[data-audit-state]`, the first screenful of rows and a
//    timeline lane in the DOM;
//  - all rows: every `tr[data-cookie]` in the DOM (the view streams the rest in after the first paint).
// Building the synthetic snapshot in the page counts in both (`details.fixture` says how much).
import { summarize } from './stats.mjs';

/** Rows the first paint waits for: the view's first screenful (FIRST_ITEMS in src/audit/chunked.ts). */
export const FIRST_SCREEN_ROWS = 40;

/** Runs in the page before audit.js: a fake `audit-get` answer, and the paint watcher. */
export function fakeAndWatch({ cookies, events, firstRows }) {
  const built0 = performance.now();
  const T0 = 1_800_000_000;
  const classes = ['needs-consent', 'exemptable', 'exempt', 'unknown'];
  const timeline = [];
  for (let i = 0; i < events; i++) {
    const c = i % cookies;
    const phase = i < events / 2 ? 'before-choice' : 'after-refusal';
    timeline.push({
      t: T0 + i * 0.2,
      phase,
      name: `cookie_${c}`,
      domain: '.bench.test',
      path: '/',
      event: i < cookies ? 'set' : 'renewed',
      consentClass: classes[c % 4],
    });
  }
  const flagsOf = (c) =>
    classes[c % 4] === 'needs-consent' ? ['set-before-choice', 'set-after-refusal'] : classes[c % 4] === 'exemptable' ? ['needs-check'] : [];
  const rows = Array.from({ length: cookies }, (_, c) => ({
    cookie: `cookie_${c}`,
    domain: '.bench.test',
    path: '/',
    status: 'undeclared',
    flags: flagsOf(c),
    consentClass: classes[c % 4],
    phase: 'before-choice',
    severity: flagsOf(c).length ? (flagsOf(c)[0] === 'needs-check' ? 'to-check' : 'violation') : null,
  }));
  const findings = rows.map((r) => ({
    name: r.cookie,
    domain: r.domain,
    path: r.path,
    consentClass: r.consentClass,
    firstPhase: r.phase,
    flags: r.flags,
    severity: r.severity,
  }));
  const count = (flag) => rows.filter((r) => r.flags.includes(flag)).length;
  const snapshot = {
    state: 'recording',
    tabId: 1,
    pageUrl: 'https://bench.test/',
    site: 'bench.test',
    source: null,
    startedAt: T0,
    endedAt: null,
    endReason: null,
    phases: [
      { phase: 'before-choice', startedAt: T0, consent: { cmp: 'none', decided: false, choice: 'unknown' } },
      { phase: 'after-refusal', startedAt: T0 + events * 0.1, consent: { cmp: 'opendatasoft', decided: true, choice: 'refused' } },
    ],
    timeline,
    rows,
    findings,
    verdict: {
      cookies,
      writesByPhase: { 'before-choice': events / 2, 'after-refusal': events / 2, 'after-acceptance': 0, 'after-withdrawal': 0 },
      byFlag: {
        'set-before-choice': count('set-before-choice'),
        'set-after-refusal': count('set-after-refusal'),
        'needs-check': count('needs-check'),
        'choice-over-6-months': 0,
      },
      bySeverity: { violation: count('set-before-choice'), 'to-check': count('needs-check'), recommendation: 0 },
      worst: 'violation',
    },
    consent: { cmp: 'opendatasoft', decided: true, choice: 'refused' },
    needsAnswer: false,
    restored: null,
    plan: null,
  };
  // The page's own runtime.sendMessage, answering audit-get from here (webextension-polyfill calls
  // one of these two, whichever this Chrome provides).
  const answer = (message) => (message?.type === 'audit-get' ? Promise.resolve(structuredClone(snapshot)) : new Promise(() => undefined));
  for (const api of [globalThis.browser, globalThis.chrome]) {
    if (api?.runtime) Object.defineProperty(api.runtime, 'sendMessage', { value: answer, configurable: true, writable: true });
  }
  const fixture = performance.now() - built0;
  // The helpers below live inside this function: puppeteer sends its source text to the page.
  /** Resolves with performance.now() two animation frames after `ready()` holds (checked on each DOM change). */
  // oxlint-disable-next-line unicorn/consistent-function-scoping
  const paintedWhen = (ready) =>
    new Promise((resolve) => {
      const check = () => {
        if (!ready()) return false;
        const found = performance.now();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ found, painted: performance.now() })));
        return true;
      };
      const observer = new MutationObserver(() => check() && observer.disconnect());
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    });
  // oxlint-disable-next-line unicorn/consistent-function-scoping
  const rowCount = () => document.querySelectorAll('tr[data-cookie]').length;
  const first = paintedWhen(
    () => document.querySelector('[data-audit-state]') && rowCount() >= Math.min(firstRows, cookies) && document.querySelector('[data-lane]'),
  );
  const all = paintedWhen(() => rowCount() >= cookies);
  globalThis.__ccAudit = Promise.all([first, all]).then(([f, a]) => ({
    first: f,
    all: a,
    fixture,
    rows: rowCount(),
    lanes: document.querySelectorAll('[data-lane]').length,
  }));
}

/**
 * Opens the audit view `warmup + iterations` times with a synthetic audit of `cookies` cookies and
 * `events` events; returns the bench rows `{ id, name, value, unit, target?, method }` and the raw timings.
 */
export async function benchAuditView({ browser, ccId, cookies = 500, events = 5000, iterations = 15, warmup = 2 }) {
  const url = `chrome-extension://${ccId}/audit.html?tab=1`;
  const first = [];
  const all = [];
  const fixture = [];
  let last = null;
  for (let i = 0; i < warmup + iterations; i++) {
    const page = await browser.newPage();
    try {
      await page.evaluateOnNewDocument(fakeAndWatch, { cookies, events, firstRows: FIRST_SCREEN_ROWS });
      await page.goto(url, { waitUntil: 'load' });
      last = await page.evaluate(() =>
        Promise.race([
          globalThis.__ccAudit,
          new Promise((_, reject) => setTimeout(() => reject(new Error('the audit view did not paint every row within 10 s')), 10_000)),
        ]),
      );
      if (i >= warmup) {
        first.push(last.first.painted);
        all.push(last.all.painted);
        fixture.push(last.fixture);
      }
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  const f = summarize(first);
  const a = summarize(all);
  const label = `${cookies} cookies, ${events.toLocaleString('en')} events`;
  const firstRows = Math.min(FIRST_SCREEN_ROWS, cookies);
  return {
    rows: [
      {
        id: 'audit.view.painted.median',
        name: `audit view first paint (${label}), median`,
        value: f.median,
        unit: 'ms',
        target: { max: 200 },
        method: `navigation start → root, first ${firstRows} rows and a timeline lane in the DOM + 2 animation frames, ${f.n} openings; audit-get answered in the page`,
      },
      { id: 'audit.view.painted.p95', name: `audit view first paint (${label}), p95`, value: f.p95, unit: 'ms', method: 'same openings' },
      {
        id: 'audit.view.all-rows.median',
        name: `audit view all ${cookies} rows painted (${label}), median`,
        value: a.median,
        unit: 'ms',
        method: `navigation start → all ${cookies} tr[data-cookie] in the DOM + 2 animation frames, same openings`,
      },
      { id: 'audit.view.all-rows.p95', name: `audit view all ${cookies} rows painted (${label}), p95`, value: a.p95, unit: 'ms', method: 'same openings' },
    ],
    details: { painted: f, allRows: a, fixture: summarize(fixture), rowsRendered: last?.rows, lanesDrawn: last?.lanes },
  };
}
