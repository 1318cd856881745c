/**
 * The fresh start (docs/CONTRACTS.md, "The audit"): the tab's cookie store and the sites its page
 * involves, the plan shown for confirmation (counts only), then: keep every cookie of those sites
 * (storage.session; a crash copy of the persistent ones of a normal window on disk), remove them,
 * record, reload the tab.
 */
import { firstPhase } from '../../core/audit/phase-rules';
import { auditSites, hostsFrom } from '../../core/audit/sites';
import type { AuditRecord } from '../../core/audit/types';
import { involvedSites } from '../../core/cookie-plan';
import { registrableDomain } from '../../core/cookies/domain';
import type { RawCookie } from '../../core/cookies/raw-cookie';
import { isWebUrl } from '../../core/validate';
import type { AuditPlan } from '../../contracts/audit';
import { browser, type Tabs } from '../../platform/browser';
import { readTab } from '../../platform/storage';
import { setRecording } from '../badge';
import { diskWorthy, saveDiskJar } from './disk';
import { clearSites, readSiteCookies, removeCookies } from './jar';
import { writeAudit, writeJar } from './store';

/** The audit's time limit (DESIGN: 30 minutes), enforced by an alarm: the worker may be asleep. */
export const AUDIT_LIMIT_MS = 30 * 60_000;
export const alarmName = (tabId: number) => `audit-timeout:${tabId}`;

/** The tab's cookie store: Firefox names it on the tab (containers, private); Chrome lists stores' tabs. */
async function storeOf(tab: Tabs.Tab): Promise<string> {
  if (tab.cookieStoreId) return tab.cookieStoreId;
  const stores = await browser.cookies.getAllCookieStores();
  return stores.find((s) => tab.id !== undefined && s.tabIds.includes(tab.id))?.id ?? (tab.incognito ? '1' : '0');
}

/** Hosts the page loaded from, read in the page (resource timing); the answer is untrusted. */
async function pageHosts(tabId: number): Promise<string[]> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () =>
        performance.getEntriesByType('resource').map((e) => {
          try {
            return new URL(e.name).hostname;
          } catch {
            return '';
          }
        }),
    });
    return hostsFrom(result?.result);
  } catch (error) {
    console.warn('[ext] audit: resource hosts not read', error);
    return [];
  }
}

/** What a fresh start of this tab would clear, with the cookies themselves (never sent out). */
export async function planFor(tabId: number): Promise<{ plan: AuditPlan; pageUrl: string; cookies: RawCookie[] }> {
  const tab = await browser.tabs.get(tabId);
  if (!isWebUrl(tab.url)) throw new Error('this tab shows no web page');
  const pageUrl = tab.url;
  const record = await readTab(tabId);
  const facts = record && record.origin === new URL(pageUrl).origin ? record.facts : null;
  // Both sources: the facts may predate resources the page loaded after its reader ran.
  const hosts = [...(facts ? involvedSites(facts) : []), ...(await pageHosts(tabId))];
  const sites = auditSites(pageUrl, hosts);
  const storeId = await storeOf(tab);
  const cookies = await readSiteCookies(storeId, sites);
  const counts = Object.fromEntries(sites.map((s) => [s, 0]));
  for (const c of cookies) counts[registrableDomain(c.domain)] = (counts[registrableDomain(c.domain)] ?? 0) + 1;
  return { plan: { site: sites[0] as string, sites, counts, storeId, incognito: tab.incognito === true }, pageUrl, cookies };
}

/** Starts recording a tab: keep, remove, record, reload. Resolves with the stored audit. */
export async function startAudit(tabId: number, now = Date.now()): Promise<AuditRecord> {
  const { plan, pageUrl, cookies } = await planFor(tabId);
  const startedAt = now / 1000;
  const id = `${tabId}-${now}`;
  // Kept before anything is removed: a worker stopped from here on still puts them back.
  await writeJar(tabId, cookies);
  await saveDiskJar({ id, tabId, cookies: diskWorthy(cookies, plan.incognito) });
  const record: AuditRecord = {
    id,
    tabId,
    state: 'recording',
    pageUrl,
    site: plan.site,
    sites: plan.sites,
    storeId: plan.storeId,
    incognito: plan.incognito,
    startedAt,
    endedAt: null,
    endReason: null,
    phases: [firstPhase(startedAt)],
    consent: null,
    needsAnswer: false,
    seen: [],
    written: {},
    restored: null,
    timeline: [],
  };
  // Recording first, so what the page writes meanwhile is recorded; the removals are the audit's own.
  await writeAudit(record);
  await removeCookies(cookies);
  await clearSites(plan.storeId, plan.sites);
  await browser.alarms.create(alarmName(tabId), { when: now + AUDIT_LIMIT_MS });
  await setRecording(tabId, true);
  await browser.tabs.reload(tabId).catch((e: unknown) => console.warn('[ext] audit: reload failed', e));
  return record;
}
