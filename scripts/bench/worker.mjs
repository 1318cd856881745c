// Entry 5: JS heap of the extension's service worker, before any portal tab, with 50 portal tabs
// open (50 sites, so 50 origins and 50 charters), and after they are closed. CDP on a session
// attached to the worker: HeapProfiler.collectGarbage, then Runtime.getHeapUsage.
import { extensionProbe, sleep, until } from '../browser-kit.mjs';

const MB = 1024 * 1024;

async function heapMB(session) {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const usage = await session.send('Runtime.getHeapUsage');
  return usage.usedSize / MB;
}

/** Tabs (by id) whose record holds a charter read and whose badge is set. */
function readyTabs(api, ids) {
  return Promise.all(
    ids.map(async (id) => {
      const key = `tab:${id}`;
      const record = (await api.storage.session.get(key))[key];
      const badge = await api.action.getBadgeText({ tabId: id }).catch(() => '');
      // The record points at its origin's cached charter ('cached') once the charter was read.
      return (record?.finding === 'cached' || record?.finding?.status === 'ok') && badge !== '';
    }),
  ).then((ready) => ready.filter(Boolean).length);
}

/** `urls`: one portal home page per tab. */
export async function benchWorkerHeap({ session: launched, urls, concurrency = 5 }) {
  const {
    browser,
    ids: [ccId],
  } = launched;
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${ccId}/`), { timeout: 10_000 });
  const session = await target.createCDPSession();
  let restarted = false;
  session.once('CDPSession.Disconnected', () => {
    restarted = true;
  });
  await session.send('HeapProfiler.enable');
  const probe = await extensionProbe(browser, ccId);
  const tabs = [];
  try {
    await sleep(500); // let onInstalled work finish
    const before = await heapMB(session);
    for (let i = 0; i < urls.length; i += concurrency) {
      const batch = urls.slice(i, i + concurrency);
      tabs.push(
        ...(await Promise.all(
          batch.map(async (url) => {
            const page = await browser.newPage();
            await page.goto(url, { waitUntil: 'load' });
            return page;
          }),
        )),
      );
    }
    const all = await probe.call('(api) => api.tabs.query({})');
    const ids = all.filter((t) => urls.some((u) => t.url?.startsWith(u))).map((t) => t.id);
    if (ids.length !== urls.length) throw new Error(`expected ${urls.length} portal tabs, found ${ids.length}`);
    await until(async () => (await probe.call(readyTabs.toString(), ids)) === ids.length, {
      timeout: 60_000,
      every: 250,
      message: 'not every portal tab got its report',
    });
    await sleep(300); // the last tab-changed notices and badge writes
    const withTabs = await heapMB(session);
    await Promise.all(tabs.splice(0).map((p) => p.close()));
    await until(
      async () => {
        const stored = await probe.call('(api) => api.storage.session.get(null)');
        return !Object.keys(stored).some((k) => k.startsWith('tab:'));
      },
      { timeout: 10_000, message: 'tab records were not removed after closing the tabs' },
    );
    await sleep(300);
    const afterClose = await heapMB(session);
    if (restarted) throw new Error('the service worker restarted during the measurement');
    return { before, withTabs, afterClose, tabs: ids.length };
  } finally {
    await Promise.all(tabs.map((p) => p.close().catch(() => undefined)));
    await probe.close();
    await session.detach().catch(() => undefined);
  }
}
