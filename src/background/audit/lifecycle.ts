/**
 * The audit's top-level listeners (src/background/index.ts registers them synchronously, so a
 * stopped worker is woken for each): cookie changes, the tab closed, the 30-minute alarm, an
 * extension update waiting (put everything back, then reload), and the browser's start (crash
 * copies left on disk by a browser that died mid-audit are put back, then deleted).
 */
import { browser } from '../../platform/browser';
import { setRecording } from '../badge';
import { diskJars, dropDiskJar } from './disk';
import { endAudit, putBack } from './end';
import { onCookieChanged } from './recorder';
import { publicSuffixReady, whenReady } from '../public-suffix-gate';
import { activeAudits, serially } from './store';

const ALARM_PREFIX = 'audit-timeout:';

/** Puts back the crash copies of audits storage.session no longer knows (the browser restarted). */
export function restoreLeftovers(): Promise<number> {
  // In turn with the fresh starts: a start saves its crash copy before its audit is stored.
  return serially(restoreUnknownJars);
}

async function restoreUnknownJars(): Promise<number> {
  const live = new Set((await activeAudits()).map((a) => a.id));
  let restored = 0;
  for (const jar of await diskJars()) {
    if (live.has(jar.id)) continue;
    const stores = new Set(jar.cookies.map((c) => c.storeId));
    for (const storeId of stores) {
      const mine = jar.cookies.filter((c) => c.storeId === storeId);
      restored += (await putBack(storeId, [], mine, true)).count;
    }
    await dropDiskJar(jar.id);
  }
  return restored;
}

/** Ends every recording audit (an update replaces this code; nothing may stay removed). */
async function endAll(reason: 'update'): Promise<void> {
  for (const audit of await activeAudits()) await endAudit(audit.tabId, reason);
}

/** Registers the audit's listeners; call once, synchronously, at the top level of the worker. */
export function registerAuditListeners(): void {
  // Not behind whenReady: it only buffers, with the time the change came; its flush waits for the list.
  browser.cookies.onChanged.addListener(onCookieChanged);
  // The ends put cookies back by site (registrableDomain): after the Public Suffix List is read.
  browser.tabs.onRemoved.addListener(
    whenReady((tabId: number) => void endAudit(tabId, 'tab-closed').catch((e: unknown) => console.warn('[ext] audit: end failed', e))),
  );
  // Both browsers reset a tab's own badge when it navigates (the audit reloads it): set it again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'complete') return;
    void activeAudits().then((audits) => (audits.some((a) => a.tabId === tabId) ? setRecording(tabId, true) : undefined));
  });
  browser.alarms.onAlarm.addListener(
    whenReady((alarm: { name: string }) => {
      if (alarm.name.startsWith(ALARM_PREFIX)) void endAudit(Number(alarm.name.slice(ALARM_PREFIX.length)), 'timeout');
    }),
  );
  browser.runtime.onUpdateAvailable.addListener(
    whenReady(() => {
      void endAll('update')
        .catch((e: unknown) => console.warn('[ext] audit: restore before update failed', e))
        .finally(() => browser.runtime.reload());
    }),
  );
  browser.runtime.onStartup.addListener(whenReady(() => void restoreLeftovers()));
  // A worker woken mid-audit: the badge of each recording tab (memory) and any crash copy left.
  void publicSuffixReady
    .then(() => activeAudits())
    .then(async (audits) => {
      for (const a of audits) await setRecording(a.tabId, true);
      await restoreLeftovers();
    })
    .catch((e: unknown) => console.warn('[ext] audit: start-up failed', e));
}
