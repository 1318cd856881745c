/**
 * The recorded audit's promise, in real Chromium and Firefox ESR: every cookie a fresh start
 * removes comes back, attribute for attribute, when the audit ends — stopped by the user, with
 * the worker stopped mid-audit (Chromium), with the tab closed — in a normal window, a private
 * window and (Firefox) a container. The site's own writes during the audit are recorded, the
 * audit's own removals are not.
 */
import type { Page } from 'puppeteer-core';
import {
  demoPortal,
  extensionEval,
  launchWithExtension,
  openExtensionPage,
  openWebPage,
  tabIdOf,
  type Demo,
  type ExtensionSession,
  type Target,
} from './harness';
// @ts-expect-error plain ESM kit shared with the benchmark
import { extensionEval as evalWithArgs, until } from '../../scripts/browser-kit.mjs';

jest.setTimeout(180_000);

interface Jar {
  [key: string]: Record<string, unknown>;
}
interface Snapshot {
  state: string;
  endReason: string | null;
  timeline: { name: string; event: string; phase: string }[];
  restored: { count: number; failed: unknown[]; removedWritten: number } | null;
  plan: { sites: string[]; storeId: string; counts: Record<string, number> } | null;
}

const SITES = ['example.test', 'other.test'];
const ATTRIBUTES = [
  'name',
  'value',
  'domain',
  'path',
  'hostOnly',
  'secure',
  'httpOnly',
  'sameSite',
  'session',
  'expirationDate',
  'storeId',
  'partitionKey',
  'firstPartyDomain',
];

/** Every cookie of the audited sites in a store, by identity, with every attribute the API gives. */
async function jarOf(probe: Page, target: Target, storeId: string): Promise<Jar> {
  const cookies = await extensionEval<Record<string, unknown>[]>(
    probe,
    `async (api) => (await Promise.all(${JSON.stringify(SITES)}.map((domain) => api.cookies.getAll({ domain, storeId: ${JSON.stringify(storeId)}, partitionKey: {}${target === 'firefox' ? ', firstPartyDomain: null' : ''} })))).flat()`,
  );
  const jar: Jar = {};
  for (const c of cookies) {
    const key = [c.name, c.domain, c.path, JSON.stringify(c.partitionKey ?? null)].join('|');
    jar[key] = Object.fromEntries(ATTRIBUTES.filter((a) => a in c).map((a) => [a, c[a]]));
  }
  return jar;
}

/** Seeds `n` cookies of every kind in a store, through the cookies API (https only where needed). */
async function seed(probe: Page, target: Target, storeId: string, n: number, prefix: string): Promise<void> {
  await evalWithArgs(
    probe,
    `async (api, n, prefix, storeId, chrome) => {
      const year = Math.floor(Date.now() / 1000) + 365 * 86400 + 0.5;
      const kinds = [
        (i) => ({ url: 'http://data.example.test/', name: prefix + 'host_' + i, expirationDate: year }),
        (i) => ({ url: 'http://data.example.test/', domain: 'example.test', name: prefix + 'dom_' + i, expirationDate: year }),
        (i) => ({ url: 'http://data.example.test/explore', path: '/explore', name: prefix + 'path_' + i, httpOnly: true, expirationDate: year }),
        (i) => ({ url: 'https://data.example.test/', name: prefix + 'none_' + i, secure: true, sameSite: 'no_restriction', expirationDate: year }),
        (i) => ({ url: 'http://data.example.test/', name: prefix + 'sess_' + i, sameSite: 'strict' }),
        (i) => ({ url: 'http://data.example.test/', domain: 'example.test', name: prefix + 'lax_' + i, sameSite: 'lax', httpOnly: true }),
        (i) => ({ url: 'https://tracker.other.test/', domain: 'other.test', name: prefix + 'tp_' + i, secure: true, sameSite: 'no_restriction', expirationDate: year }),
        ...(chrome ? [(i) => ({ url: 'https://data.example.test/', name: prefix + 'chips_' + i, secure: true, sameSite: 'no_restriction', partitionKey: { topLevelSite: 'https://example.test' }, expirationDate: year })] : []),
      ];
      const all = Array.from({ length: n }, (_, i) => ({ value: 'v' + i + '_' + 'x'.repeat(i % 40), storeId, ...kinds[i % kinds.length](i) }));
      const set = await Promise.all(all.map((d) => api.cookies.set(d).then((c) => !!c, (e) => String(e))));
      const bad = set.filter((r) => r !== true);
      if (bad.length) throw new Error('seed failed: ' + bad.slice(0, 3).join('; '));
      return set.length;
    }`,
    n,
    prefix,
    storeId,
    target === 'chrome',
  );
}

/** The crash copies on disk (the extension origin's IndexedDB, background/audit/disk.ts); `put` adds one first. */
function diskCopies(probe: Page, put?: object): Promise<{ id: string; tabId: number; cookies: Record<string, unknown>[] }[]> {
  return evalWithArgs(
    probe,
    `(api, put) => new Promise((resolve, reject) => {
      const open = indexedDB.open('cookie-charter-audit', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('jars', { keyPath: 'id' });
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const store = open.result.transaction('jars', 'readwrite').objectStore('jars');
        if (put) store.put(put);
        const all = store.getAll();
        all.onsuccess = () => { open.result.close(); resolve(all.result); };
        all.onerror = () => reject(all.error);
      };
    })`,
    put ?? null,
  );
}

const send = <T>(probe: Page, type: string, payload: object) =>
  extensionEval<T>(probe, `(api) => api.runtime.sendMessage(${JSON.stringify({ type, payload })})`);

describe.each<Target>(['chrome', 'firefox'])('the audit puts every cookie back in %s', (target) => {
  let demo: Demo;
  let s: ExtensionSession;
  let probe: Page;
  const DEFAULT_STORE = target === 'firefox' ? 'firefox-default' : '0';
  const PRIVATE_STORE = target === 'firefox' ? 'firefox-private' : '1';

  beforeAll(async () => {
    demo = await demoPortal();
    s = await launchWithExtension(target);
    probe = await openExtensionPage(s, 'popup.html?tab=-1');
  });

  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  /** Audits the tab on `url`: start, let the page write, end with `end`, and compare the jars. */
  async function audit(tabId: number, storeId: string, page: Page | null, end: () => Promise<Snapshot>) {
    const before = await jarOf(probe, target, storeId);
    const start = await send<Snapshot>(probe, 'audit-start', { tabId });
    expect(start.state).toBe('recording');
    // Every cookie was removed (the reloading page may have written its own again already).
    expect(Object.keys(await jarOf(probe, target, storeId)).filter((k) => /^(seed|priv|box)_/.test(k))).toEqual([]);
    // The page reloads and writes its own cookies (Set-Cookie), then its scripts write more.
    const recorded: Snapshot = await until(
      async () => {
        const snap = await send<Snapshot>(probe, 'audit-get', { tabId });
        return snap.timeline.some((e) => e.name === 'sessionid') ? snap : null;
      },
      { timeout: 20_000, message: 'the page reload was not recorded' },
    );
    expect(recorded.timeline.find((e) => e.name === 'sessionid')).toMatchObject({ event: 'set', phase: 'before-choice' });
    // The audit's own removals are never recorded: no seeded cookie appears in the timeline.
    expect(recorded.timeline.filter((e) => /^(seed|priv|box)_/.test(e.name))).toEqual([]);
    // The crash copy: the persistent cookies of a normal window only; nothing of a private one.
    const copy = (await diskCopies(probe)).filter((j) => j.tabId === tabId).flatMap((j) => j.cookies);
    const persistent = Object.values(before).filter((c) => !c.session);
    expect(copy.length).toBe(storeId === PRIVATE_STORE ? 0 : persistent.length);
    expect(copy.filter((c) => c.session || c.storeId !== storeId)).toEqual([]);
    if (page) await page.evaluate(() => (document.cookie = 'written_during=1; path=/; max-age=600'));
    const done = await end();
    expect(done.state).toBe('done');
    expect(done.restored?.failed).toEqual([]);
    expect(done.restored?.count).toBe(Object.keys(before).length);
    const after = await jarOf(probe, target, storeId);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect((await diskCopies(probe)).filter((j) => j.tabId === tabId)).toEqual([]);
    for (const key of Object.keys(before)) expect([key, after[key]]).toEqual([key, before[key]]);
    return done;
  }

  it('restores ≥ 150 cookies of every kind after a stop, attribute for attribute', async () => {
    const page = await openWebPage(s, demo.url('data.example.test', '/'));
    const tabId = await tabIdOf(s, demo.url('data.example.test', '/'));
    await seed(probe, target, DEFAULT_STORE, 150, 'seed_');
    const seeded = Object.values(await jarOf(probe, target, DEFAULT_STORE));
    // Every kind is in the jar: host-only, domain, HttpOnly, SameSite=None+Secure, session, CHIPS (Chrome).
    expect(seeded.some((c) => c.hostOnly === false) && seeded.some((c) => c.httpOnly) && seeded.some((c) => c.session)).toBe(true);
    expect(seeded.some((c) => c.secure && c.sameSite === 'no_restriction')).toBe(true);
    if (target === 'chrome')
      expect(seeded.filter((c) => (c.partitionKey as { topLevelSite?: string } | undefined)?.topLevelSite).length).toBeGreaterThanOrEqual(15);
    const idle = await send<Snapshot>(probe, 'audit-get', { tabId });
    expect(idle.state).toBe('idle');
    expect(idle.plan?.sites).toEqual(expect.arrayContaining(SITES));
    // 150 seeded plus the page's own 7, counted per site for the confirmation prompt.
    expect(Object.values(idle.plan?.counts ?? {}).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(157);
    expect(idle.plan?.counts['other.test']).toBeGreaterThanOrEqual(15);
    const done = await audit(tabId, DEFAULT_STORE, page, () => send<Snapshot>(probe, 'audit-stop', { tabId, keep: false }));
    expect(done.endReason).toBe('stopped');
    expect(done.restored?.removedWritten).toBeGreaterThanOrEqual(7); // the page's own cookies and written_during
    await page.close();
  });

  if (target === 'chrome') {
    it('loses nothing when the service worker is stopped mid-audit', async () => {
      const page = await openWebPage(s, demo.url('data.example.test', '/?worker'));
      const tabId = await tabIdOf(s, demo.url('data.example.test', '/?worker'));
      await audit(tabId, DEFAULT_STORE, page, async () => {
        await until(async () => (await send<Snapshot>(probe, 'audit-get', { tabId })).timeline.length > 0, { message: 'nothing recorded' });
        const cdp = await page.createCDPSession();
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await until(async () => !s.browser.targets().some((t) => t.type() === 'service_worker' && t.url().startsWith(s.base)), {
          message: 'the worker did not stop',
        });
        // A write now wakes the worker through cookies.onChanged, which must still record it.
        await page.evaluate(() => (document.cookie = 'after_restart=1; path=/; max-age=600'));
        const snap: Snapshot = await until(async () => {
          const got = await send<Snapshot>(probe, 'audit-get', { tabId });
          return got.timeline.some((e) => e.name === 'after_restart') ? got : null;
        });
        expect(snap.timeline.some((e) => e.name === 'sessionid')).toBe(true);
        return send<Snapshot>(probe, 'audit-stop', { tabId, keep: false });
      });
      await page.close();
    });
  }

  if (target === 'chrome') {
    it('puts back what a browser that died mid-audit left on disk, once, when the worker starts', async () => {
      const expirationDate = Math.floor(Date.now() / 1000) + 86_400 + 0.5;
      const left = {
        name: 'crash_left',
        value: 'from-disk',
        domain: 'data.example.test',
        path: '/',
        hostOnly: true,
        secure: false,
        httpOnly: true,
        sameSite: 'lax',
        session: false,
        expirationDate,
        storeId: DEFAULT_STORE,
      };
      await diskCopies(probe, { id: 'crashed-1', tabId: 999, cookies: [left] });
      const cdp = await probe.createCDPSession();
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until(async () => !s.browser.targets().some((t) => t.type() === 'service_worker' && t.url().startsWith(s.base)), {
        message: 'the worker did not stop',
      });
      await send(probe, 'ping', {}); // wakes the worker, whose start-up looks for crash copies
      const back = await until(async () => (await jarOf(probe, target, DEFAULT_STORE))['crash_left|data.example.test|/|null'], {
        message: 'the crash copy was not put back',
      });
      expect(back).toEqual(left);
      expect(await until(async () => ((await diskCopies(probe)).length === 0 ? true : null), { message: 'the crash copy was not deleted' })).toBe(true);
      await extensionEval(probe, `(api) => api.cookies.remove({ url: 'http://data.example.test/', name: 'crash_left' })`);
    });
  }

  it('puts everything back when the audited tab is closed', async () => {
    const page = await openWebPage(s, demo.url('data.example.test', '/?closing'));
    const tabId = await tabIdOf(s, demo.url('data.example.test', '/?closing'));
    const done = await audit(tabId, DEFAULT_STORE, null, async () => {
      await page.close();
      return until(async () => {
        const snap = await send<Snapshot>(probe, 'audit-get', { tabId });
        return snap.state === 'done' && snap.restored ? snap : null;
      });
    });
    expect(done.endReason).toBe('tab-closed');
  });

  it("audits a private window's tab in the private store only", async () => {
    const normalBefore = await jarOf(probe, target, DEFAULT_STORE);
    const url = demo.url('data.example.test', '/?private');
    const opened = await extensionEval<{ tabId: number; windowId: number }>(
      probe,
      `async (api) => { const w = await api.windows.create({ incognito: true, url: ${JSON.stringify(url)} }); return { tabId: w.tabs[0].id, windowId: w.id }; }`,
    );
    await until(async () => (await extensionEval<{ status: string }>(probe, `(api) => api.tabs.get(${opened.tabId})`)).status === 'complete');
    await seed(probe, target, PRIVATE_STORE, 40, 'priv_');
    const idle = await send<Snapshot>(probe, 'audit-get', { tabId: opened.tabId });
    expect(idle.plan?.storeId).toBe(PRIVATE_STORE);
    await audit(opened.tabId, PRIVATE_STORE, null, () => send<Snapshot>(probe, 'audit-stop', { tabId: opened.tabId, keep: false }));
    expect(await jarOf(probe, target, DEFAULT_STORE)).toEqual(normalBefore);
    await extensionEval(probe, `(api) => api.windows.remove(${opened.windowId})`);
  });

  if (target === 'firefox') {
    it("audits a container tab in the container's store only", async () => {
      const normalBefore = await jarOf(probe, target, DEFAULT_STORE);
      const container = await s.browser.createBrowserContext();
      const page = await container.newPage();
      await page.goto(demo.url('data.example.test', '/?container'), { waitUntil: 'load' });
      const tab = await extensionEval<{ id: number; cookieStoreId: string }>(
        probe,
        `async (api) => (await api.tabs.query({})).find((t) => t.url?.includes('?container'))`,
      );
      expect(tab.cookieStoreId).toMatch(/^firefox-container-/);
      await seed(probe, target, tab.cookieStoreId, 30, 'box_');
      await audit(tab.id, tab.cookieStoreId, page, () => send<Snapshot>(probe, 'audit-stop', { tabId: tab.id, keep: false }));
      expect(await jarOf(probe, target, DEFAULT_STORE)).toEqual(normalBefore);
      await container.close();
    });
  }
});
