/**
 * The charter cache's budget (issue 10.3, storage side), in real browsers: twelve portals whose
 * charters are each near the 1 MB entry budget (together past the 10 MB storage quota) are read
 * one after the other; then a genuine portal still reads and caches its charter, and the cache
 * stays within its 4 MB, oldest entries evicted first.
 */
import {
  demoPortal,
  extensionEval,
  launchWithExtension,
  openExtensionPage,
  openWebPage,
  settledView,
  tabIdOf,
  type Demo,
  type ExtensionSession,
  type Target,
} from './harness';

jest.setTimeout(240_000);

const FILLERS = Array.from({ length: 12 }, (_, i) => `fill${i + 1}.example.test`);

interface Stored {
  keys: string[];
  bytes: number;
  index: { key: string; bytes: number }[];
}

describe.each<Target>(['chrome', 'firefox'])('the charter cache budget in %s', (target) => {
  let demo: Demo;
  let s: ExtensionSession;

  beforeAll(async () => {
    demo = await demoPortal();
    s = await launchWithExtension(target);
  });

  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  it("still caches a genuine portal's charter after many big ones, within the budget", async () => {
    for (const host of FILLERS) {
      const page = await openWebPage(s, demo.url(host, '/'));
      expect((await settledView(s, await tabIdOf(s, demo.url(host, '/')), 60_000)).kind).toBe('report');
      await page.close();
    }
    await openWebPage(s, demo.url('data.example.test', '/'));
    const view = await settledView(s, await tabIdOf(s, demo.url('data.example.test', '/')));
    expect(view).toMatchObject({ kind: 'report' });
    const probe = await openExtensionPage(s, 'popup.html?tab=-1');
    const stored = await extensionEval<Stored>(
      probe,
      `async (api) => {
      const all = { ...(await api.storage.session.get(null)), ...(await api.storage.local.get(null)) };
      return { keys: Object.keys(all), bytes: new TextEncoder().encode(JSON.stringify(all)).length, index: all['charter-index'] ?? [] };
    }`,
    );
    await probe.close();
    const charters = stored.keys.filter((k) => k.startsWith('charter:'));
    console.log(
      `[${target}] after ${FILLERS.length} big charters: ${charters.length} cached, ${stored.bytes} bytes stored, index total ${stored.index.reduce((n, e) => n + e.bytes, 0)}`,
    );
    expect(charters.some((k) => k.endsWith(`|${new URL(demo.url('data.example.test', '/')).origin}`))).toBe(true);
    expect(stored.index.reduce((n, e) => n + e.bytes, 0)).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(stored.bytes).toBeLessThan(5 * 1024 * 1024);
    // The newest fillers stayed, the oldest went first.
    expect(charters.some((k) => k.includes('fill12.example.test'))).toBe(true);
    expect(charters.some((k) => k.includes('fill1.example.test'))).toBe(false);
  });
});
