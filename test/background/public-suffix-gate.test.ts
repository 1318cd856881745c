/**
 * The worker before its Public Suffix List is read (src/background/public-suffix-gate.ts), with
 * the fake browser: a worker woken mid-audit by cookie changes registers its listeners at once,
 * and the changes that came before the list are recorded after it, none lost, in their order and
 * with the time they came; a request sent meanwhile is answered, not refused.
 * Each worker here is a fresh module registry (jest.isolateModules) in which nothing installed a
 * list, as in the browser; the real proof is the e2e suite against the built extension.
 */
import { gzipSync } from 'node:zlib';
import { fakeBrowser } from '../fakes/browser';
import { auditHandlers } from '../../src/background/audit/handlers';
import { registerAuditListeners } from '../../src/background/audit/lifecycle';
import { flush } from '../../src/background/audit/recorder';
import { resetAuditMemory } from '../../src/background/audit/store';
import type { AuditSnapshot } from '../../src/contracts/audit';
import type { RawCookie } from '../../src/core/cookies/raw-cookie';
import { rawCookie } from './raw-cookie';
import type { Runtime } from '../../src/platform/browser';
// @ts-expect-error plain ESM module of the build
import { installedRules, publicSuffixText } from '../../scripts/public-suffix.mjs';

type Fake = typeof fakeBrowser;
type Listener = (...args: unknown[]) => unknown;
const PAGE = 'https://data.example.test/';
const VIEW = { id: 'test-extension', url: 'chrome-extension://test-extension/audit.html?tab=3' } as Runtime.MessageSender;
const { rules, source } = (installedRules as () => { rules: unknown[]; source: string })();
const LIST = gzipSync((publicSuffixText as (r: unknown[], s: string) => string)(rules, source), { level: 9 });

/** The tab, its store and its cookies, as a fake browser answers them. */
function fakeTab({ browser }: Fake, jar: RawCookie[]) {
  browser.tabs.get.mockImplementation(async (id: number) => ({ id, url: PAGE, status: 'complete', incognito: false }));
  browser.cookies.getAllCookieStores.mockResolvedValue([{ id: '0', tabIds: [3, 4] }] as never);
  browser.scripting.executeScript.mockResolvedValue([{ result: [] }]);
  browser.cookies.getAll.mockImplementation(async () => jar.map((c) => ({ ...c })));
  browser.cookies.remove.mockImplementation(async (d: unknown) => ({ name: (d as { name: string }).name }));
}

/** What storage holds while an audit of tab 3 records: started by a worker that has the list (jest's tldts). */
async function storageMidAudit(): Promise<{ session: Record<string, unknown>; local: Record<string, unknown> }> {
  fakeBrowser.reset();
  resetAuditMemory();
  fakeTab(fakeBrowser, [rawCookie('_pk_id.1')]);
  registerAuditListeners();
  const started = await (auditHandlers['audit-start'] as (p: unknown, s: Runtime.MessageSender) => Promise<AuditSnapshot>)({ tabId: 3 }, VIEW);
  expect(started.state).toBe('recording');
  await flush();
  const { browser } = fakeBrowser;
  return { session: await browser.storage.session.get(null), local: await browser.storage.local.get(null) };
}

/** A fresh worker (src/background/index.ts) on `storage`, whose fetch of the list waits for `list`. */
function coldWorker(storage: { session: Record<string, unknown>; local: Record<string, unknown> }, list: Promise<Response>) {
  const fetchSpy = jest.spyOn(globalThis, 'fetch').mockImplementation(() => list);
  let fake!: Fake;
  jest.isolateModules(() => {
    fake = (require('../fakes/browser') as { fakeBrowser: Fake }).fakeBrowser;
    // The fake's storage writes are synchronous: the worker below starts on this storage.
    void fake.browser.storage.session.set(storage.session);
    void fake.browser.storage.local.set(storage.local);
    fakeTab(fake, []);
    // The one event index.ts adds that the shared fake lacks (no other test loads index.ts).
    Object.assign(fake.browser.runtime, { onInstalled: { addListener: jest.fn() } });
    void (require('../../src/background/index') as unknown); // the worker's top level: registers its listeners, starts reading the list
  });
  return { fake, fetchSpy };
}

beforeEach(() => {
  jest.restoreAllMocks();
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('a worker woken before its Public Suffix List is read', () => {
  it('registers its listeners at once, records the changes that came before after it, in order, at the time they came', async () => {
    const storage = await storageMidAudit();
    let deliver!: (r: Response) => void;
    const { fake, fetchSpy } = coldWorker(storage, new Promise((resolve) => (deliver = resolve)));
    const { browser } = fake;
    // Registered synchronously by the module's top level (index.ts and the audit's lifecycle.ts).
    const changeListeners = browser.cookies.onChanged.addListener.mock.calls.map(([fn]) => fn as Listener);
    expect(changeListeners).toHaveLength(2);
    expect(browser.runtime.onMessage.addListener).toHaveBeenCalled();
    expect(fetchSpy).toHaveBeenCalledWith('chrome-extension://test-extension/public-suffix.txt.gz');
    // A request first, while nothing else waits: its plan is a matter of sites (registrableDomain).
    const plan = fake.dispatch({ type: 'audit-get', payload: { tabId: 4 } }, VIEW) as Promise<AuditSnapshot>;
    await new Promise((r) => setTimeout(r, 0)); // its handler has begun, with no change pending

    const before = Date.now() / 1000;
    const change = (c: RawCookie) => changeListeners.forEach((fn) => fn({ removed: false, cause: 'explicit', cookie: c }));
    expect(() => change(rawCookie('_ga'))).not.toThrow();
    expect(() => change(rawCookie('tp_uid', { domain: '.tracker.example.test' }))).not.toThrow();
    expect(() => change(rawCookie('tarteaucitron', { value: '!gtag=false' }))).not.toThrow();
    const answer = fake.dispatch({ type: 'audit-get', payload: { tabId: 3 } }, VIEW) as Promise<AuditSnapshot>;
    const settled: string[] = [];
    void answer.then(() => settled.push('audit-get 3'));
    void plan.then(
      (p) => settled.push(`audit-get 4: ${JSON.stringify(p.plan)}`),
      (e: Error) => settled.push(`audit-get 4 failed: ${e.message}`),
    );
    await new Promise((r) => setTimeout(r, 250)); // past the recorder's 100 ms flush: it waits too
    expect(settled).toEqual([]);

    const loadedAt = Date.now() / 1000;
    deliver(new Response(LIST));
    const snap = await answer;
    await expect(plan).resolves.toMatchObject({ state: 'idle', plan: { site: 'example.test' } });
    expect(snap.state).toBe('recording');
    expect(snap.timeline.map((e) => [e.name, e.event, e.phase])).toEqual([
      ['_ga', 'set', 'before-choice'],
      ['tp_uid', 'set', 'before-choice'],
      ['tarteaucitron', 'set', 'after-refusal'],
    ]);
    for (const e of snap.timeline) {
      expect(e.t).toBeGreaterThanOrEqual(Math.floor(before));
      expect(e.t).toBeLessThanOrEqual(loadedAt);
    }
    expect(console.warn).not.toHaveBeenCalledWith('[ext] audit: recording failed', expect.anything());
  });
});

describe('whenReady and handlersWhenReady', () => {
  /** The gate module of a fresh registry, its list fetch waiting for `list`. */
  function freshGate(list: Promise<Response>) {
    jest.spyOn(globalThis, 'fetch').mockImplementation(() => list);
    let gate!: typeof import('../../src/background/public-suffix-gate');
    let domain!: typeof import('../../src/core/cookies/domain');
    jest.isolateModules(() => {
      domain = require('../../src/core/cookies/domain');
      gate = require('../../src/background/public-suffix-gate');
    });
    return { gate, domain };
  }

  it('holds calls until the list is installed, then makes them in the order they came, and later ones at once', async () => {
    let deliver!: (r: Response) => void;
    const { gate, domain } = freshGate(new Promise((resolve) => (deliver = resolve)));
    const seen: string[] = [];
    const site = gate.whenReady((host: string) => seen.push(`${host} → ${domain.registrableDomain(host)}`));
    const other = gate.whenReady((host: string) => seen.push(`other ${host}`));
    expect(() => domain.registrableDomain('a.github.io')).toThrow('no Public Suffix List installed');
    site('x.a.github.io');
    other('1');
    site('y.b.github.io');
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([]);
    deliver(new Response(LIST));
    await gate.publicSuffixReady;
    expect(seen).toEqual(['x.a.github.io → a.github.io', 'other 1', 'y.b.github.io → b.github.io']);
    site('www.city.kawasaki.jp');
    expect(seen.at(-1)).toBe('www.city.kawasaki.jp → city.kawasaki.jp'); // synchronously, once ready
  });

  it('answers requests once the list is ready', async () => {
    let deliver!: (r: Response) => void;
    const { gate, domain } = freshGate(new Promise((resolve) => (deliver = resolve)));
    const handlers = gate.handlersWhenReady({ site: (host: string) => domain.registrableDomain(host) } as never) as unknown as Record<
      string,
      (p: string) => Promise<string>
    >;
    const answer = handlers.site!('docs.a.github.io');
    deliver(new Response(LIST));
    await expect(answer).resolves.toBe('a.github.io');
    expect(handlers.site!('x.gouv.fr')).toBe('x.gouv.fr'); // at once, once ready
  });

  it('logs a list that cannot be read; what waited then fails plainly instead of waiting forever', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { gate, domain } = freshGate(Promise.resolve(new Response('not gzip')));
    const handlers = gate.handlersWhenReady({ site: (host: string) => domain.registrableDomain(host) } as never) as unknown as Record<
      string,
      (p: string) => Promise<string>
    >;
    await expect(handlers.site!('a.github.io')).rejects.toThrow('no Public Suffix List installed');
    expect(error).toHaveBeenCalledWith('[ext] the Public Suffix List could not be read', expect.any(Error));
  });
});
