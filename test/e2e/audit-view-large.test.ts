/**
 * A large audit in the real audit view (Chromium and Firefox ESR): 300 cookies stream into the
 * table after the first screenful, every row arrives once, in order, with its data-* attributes,
 * and `beforeprint` renders them all before it returns. The background cannot hold 300 cookies
 * for one site (both browsers keep ~180 per site), so the view's own `audit-get` is answered in
 * the page (as scripts/bench/audit-view.mjs does) and another extension page sends the
 * `audit-changed` notice that makes the view read it.
 */
import type { Page } from 'puppeteer-core';
import { launchWithExtension, openExtensionPage, extensionEval, type ExtensionSession, type Target } from './harness';

jest.setTimeout(120_000);

/** A tab id no real tab has: the background answers an idle audit until the fake answers. */
const TAB = 424_242;
const COOKIES = 300;

/** Runs in the view: answers audit-get for TAB with a recording audit of `cookies` cookies, other messages as before. */
function answerLargeAudit({ tab, cookies }: { tab: number; cookies: number }): void {
  const T0 = 1_800_000_000;
  const classes = ['needs-consent', 'exemptable', 'exempt', 'unknown'];
  const flagsOf = (c: number) => (c % 4 === 0 ? ['set-before-choice'] : c % 4 === 1 ? ['needs-check'] : []);
  const rows = Array.from({ length: cookies }, (_, c) => ({
    cookie: `big_${c}`,
    domain: '.large.test',
    path: '/',
    status: 'undeclared',
    flags: flagsOf(c),
    consentClass: classes[c % 4],
    phase: c % 5 === 4 ? 'after-refusal' : 'before-choice',
    severity: c % 4 === 0 ? 'violation' : c % 4 === 1 ? 'to-check' : null,
  }));
  const timeline = rows.map((r, c) => ({ t: T0 + c, phase: r.phase, name: r.cookie, domain: r.domain, path: '/', event: 'set', consentClass: r.consentClass }));
  const findings = rows.map((r) => ({
    name: r.cookie,
    domain: r.domain,
    path: r.path,
    consentClass: r.consentClass,
    firstPhase: r.phase,
    flags: r.flags,
    severity: r.severity,
  }));
  const count = (flag: string) => rows.filter((r) => r.flags.includes(flag)).length;
  const snapshot = {
    state: 'recording',
    tabId: tab,
    pageUrl: 'https://large.test/',
    site: 'large.test',
    source: null,
    startedAt: T0,
    endedAt: null,
    endReason: null,
    phases: [{ phase: 'before-choice', startedAt: T0, consent: { cmp: 'none', decided: false, choice: 'unknown' } }],
    timeline,
    rows,
    findings,
    verdict: {
      cookies,
      writesByPhase: { 'before-choice': cookies, 'after-refusal': 0, 'after-acceptance': 0, 'after-withdrawal': 0 },
      byFlag: { 'set-before-choice': count('set-before-choice'), 'set-after-refusal': 0, 'needs-check': count('needs-check'), 'choice-over-6-months': 0 },
      bySeverity: { violation: count('set-before-choice'), 'to-check': count('needs-check'), recommendation: 0 },
      worst: 'violation',
    },
    consent: { cmp: 'none', decided: false, choice: 'unknown' },
    needsAnswer: false,
    restored: null,
    plan: null,
  };
  const g = globalThis as unknown as Record<string, { runtime?: { sendMessage: (m: unknown) => Promise<unknown> } } | undefined>;
  for (const api of [g.browser, g.chrome]) {
    const runtime = api?.runtime;
    if (!runtime) continue;
    const original = runtime.sendMessage.bind(runtime);
    const answer = (message: unknown) => {
      const m = message as { type?: string; payload?: { tabId?: number } };
      return m?.type === 'audit-get' && m.payload?.tabId === tab ? Promise.resolve(structuredClone(snapshot)) : original(message);
    };
    Object.defineProperty(runtime, 'sendMessage', { value: answer, configurable: true, writable: true });
  }
}

/**
 * Runs in the view, before the notice: resolves on the first render of the large audit (its
 * first rows in, not all) with the rows then, and, after a synchronous `beforeprint`, the rows
 * then (printing lays the page out right after the event).
 */
function watchFirstRender(cookies: number): void {
  const rows = () => document.querySelectorAll('tr[data-cookie]').length;
  (globalThis as unknown as { __firstRender: Promise<unknown> }).__firstRender = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const first = rows();
      if (first === 0 || !document.querySelector('[data-audit-state="recording"]')) return;
      observer.disconnect();
      // Preact has rendered: the next chunk waits for a paint, this runs before it.
      const busy = document.querySelector('table.audit-table')?.getAttribute('aria-busy') ?? null;
      window.dispatchEvent(new Event('beforeprint'));
      const printed = rows();
      window.dispatchEvent(new Event('afterprint'));
      resolve({ first, busy, printed, cookies });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

async function rowsWhenAll(view: Page, n: number) {
  await view.waitForFunction((k: number) => document.querySelectorAll('tr[data-cookie]').length >= k, { timeout: 30_000, polling: 100 }, n);
  return view.$$eval('tr[data-cookie]', (els) =>
    els.map((el) => ({
      cookie: el.getAttribute('data-cookie'),
      flags: el.getAttribute('data-flags'),
      cls: el.getAttribute('data-consent-class'),
      phase: el.getAttribute('data-phase'),
    })),
  );
}

describe.each<Target>(['chrome', 'firefox'])('audit view with a large audit, %s', (target) => {
  let s: ExtensionSession;
  beforeAll(async () => {
    s = await launchWithExtension(target);
  });
  afterAll(async () => {
    await s?.close();
  });

  /** Opens the view on TAB (idle), installs the fake and the watcher, has another page announce a change. */
  async function openLarge(watch: boolean): Promise<Page> {
    const view = await openExtensionPage(s, `audit.html?tab=${TAB}`);
    await view.waitForSelector('[data-audit-state="idle"]', { timeout: 20_000 });
    await view.evaluate(answerLargeAudit, { tab: TAB, cookies: COOKIES });
    if (watch) await view.evaluate(watchFirstRender, COOKIES);
    const sender = await openExtensionPage(s, 'popup.html?tab=-1');
    await extensionEval(sender, `(api) => api.runtime.sendMessage({ type: 'audit-changed', payload: { tabId: ${TAB} } }).catch(() => undefined)`);
    await sender.close();
    await view.bringToFront(); // a background tab gets no animation frames, and the chunks wait for paints
    return view;
  }

  it(`streams ${COOKIES} rows in: every one arrives, once, in order, with its data-* attributes`, async () => {
    const view = await openLarge(false);
    const rows = await rowsWhenAll(view, COOKIES);
    expect(rows.map((r) => r.cookie)).toEqual(Array.from({ length: COOKIES }, (_, c) => `big_${c}`));
    expect(rows[0]).toEqual({ cookie: 'big_0', flags: 'set-before-choice', cls: 'needs-consent', phase: 'before-choice' });
    expect(rows[4]).toEqual({ cookie: 'big_4', flags: 'set-before-choice', cls: 'needs-consent', phase: 'after-refusal' });
    expect(rows[299]).toEqual({ cookie: 'big_299', flags: '', cls: 'unknown', phase: 'after-refusal' });
    await view.waitForFunction(() => !document.querySelector('table.audit-table[aria-busy]'), { timeout: 10_000 });
    expect(await view.$$eval('tr[data-cookie]', (els) => els.length)).toBe(COOKIES);
    // The finding lists every cookie that carries it.
    expect(await view.$$eval('[data-finding="set-before-choice"] .cookies code', (els) => els.length)).toBe(COOKIES / 4);
    await view.close();
  });

  it('renders its first screenful first, and everything when printing', async () => {
    const view = await openLarge(true);
    const r = await view.evaluate(
      () => (globalThis as unknown as { __firstRender: Promise<{ first: number; busy: string | null; printed: number }> }).__firstRender,
    );
    expect(r.first).toBeGreaterThan(0);
    expect(r.first).toBeLessThan(COOKIES);
    expect(r.busy).toBe('true');
    expect(r.printed).toBe(COOKIES);
    await view.close();
  });
});
