/**
 * Any site, not only portals (docs/ARCHITECTURE.md, "Any site"). Nothing happens on a page that
 * is not a portal until the popup opens on it; then the background examines it: the consent
 * platforms' globals (read in the page's world, time-boxed, validated), then the charter reader in
 * any-site mode (the page the user pointed at first, the site's own policy links, the usual
 * addresses), whose answer merges the two. From then on the tab has a record, so its badge and
 * live updates work as a portal's do.
 */
import { registrableDomain } from '../core/cookies/domain';
import type { CharterFinding, PageFacts, TabView } from '../core/findings';
import { isWebUrl } from '../core/validate';
import { browser } from '../platform/browser';
import { forgetPolicy, pointedPolicy, pointPolicy } from '../platform/site-prefs';
import { readTab, removeTab, type TabRecord } from '../platform/storage';
import { combineFinding } from './any-site/finding';
import { readPlatformDeclarations } from './any-site/globals';
import { answered, dropPending, hasPending, keepPending, takePending, wakeWaiters } from './any-site/pending';
import { dropCharter, forgetTab, keyOf } from './charter-cache';
import { startReader } from './inject';
import type { SendingPage } from './sender';
import { computeTabView } from './tab-view';
import { forgetView } from './view-memo';

/** How long the popup's request waits for the reader's answer before it shows "loading" (and polls). */
export const EXAMINE_WAIT_MS = 3000;
/** An examination counts as running this long at most: a reader that never answers does not block the next. */
const EXAMINE_MAX_MS = 15_000;
const running = new Map<number, number>();

/** True for a record of a page that is not a portal (examined on the popup's request). */
export const isAnySite = (record: Pick<TabRecord, 'facts'>): boolean => record.facts.portal.isPortal !== true;

const siteOf = (url: string) => registrableDomain(new URL(url).hostname);
const withoutHash = (url: string) => url.replace(/#.*$/, '');

/**
 * The popup opened on a web page that is not a portal: examine it, and answer with its view once
 * its reader has answered (within EXAMINE_WAIT_MS), else "loading". Runs once at a time per tab.
 */
export async function examineOnPopup(tabId: number, pageUrl: string): Promise<TabView> {
  const since = running.get(tabId);
  if (since !== undefined && Date.now() - since < EXAMINE_MAX_MS) return { kind: 'loading', pageUrl };
  running.set(tabId, Date.now());
  try {
    const read = await readPlatformDeclarations(tabId, pageUrl);
    if (read.globals === 'no-answer') {
      running.delete(tabId);
      // The page's thread is held: a reader would wait as long. Say so; Retry asks again.
      return { kind: 'not-portal', pageUrl, unanswered: true, anySite: { sources: [], pointed: null, globals: 'no-answer' } };
    }
    await keepPending(tabId, { ...read, origin: new URL(pageUrl).origin, readAt: new Date().toISOString() });
    const reply = answered(tabId, EXAMINE_WAIT_MS);
    await startReader(tabId);
    return (await reply) ? await computeTabView(tabId) : { kind: 'loading', pageUrl };
  } catch (error) {
    running.delete(tabId);
    await dropPending(tabId);
    console.warn('[ext] examining the page failed', error instanceof Error ? error.message : error);
    return { kind: 'not-portal', pageUrl, anySite: { sources: [], pointed: null, globals: 'none' } };
  }
}

/**
 * What `portal-seen` adds for a reader: the page pointed at for its site, and whether a cached
 * charter may spare the search (not while an examination waits to merge this page's globals).
 */
export async function readerHints(page: SendingPage, facts: PageFacts, cached: boolean): Promise<{ cached: boolean; pointed?: string }> {
  const pointed = await pointedPolicy(siteOf(page.origin), page.incognito).catch(() => undefined);
  const fresh = cached && !(isAnySite({ facts }) && (await hasPending(page.tabId, page.origin)));
  return pointed ? { cached: fresh, pointed } : { cached: fresh };
}

/** A non-portal tab's finding as `charter-read` keeps it: the reader's, merged with its page's globals. */
export async function anySiteFinding(tabId: number, record: TabRecord, finding: CharterFinding): Promise<CharterFinding> {
  if (!isAnySite(record)) return finding;
  const read = await takePending(tabId, record.origin);
  const pointed = (await pointedPolicy(siteOf(record.origin), record.incognito).catch(() => undefined)) ?? null;
  return combineFinding(finding, read, pointed, record.facts.pageUrl, new Date().toISOString());
}

/**
 * Whether a non-portal tab's examination no longer fits its tab: another page of the origin was
 * opened since (same-origin navigation keeps the record), or another page is now pointed at.
 */
export async function isStale(tabId: number, view: TabView): Promise<boolean> {
  if (!view.anySite || view.pageUrl === null) return false;
  const record = await readTab(tabId);
  if (!record) return false;
  const pointed = (await pointedPolicy(siteOf(record.origin), record.incognito).catch(() => undefined)) ?? null;
  return pointed !== view.anySite.pointed || withoutHash(record.facts.pageUrl) !== withoutHash(view.pageUrl);
}

/** The tab's reader answered: the examination is over, and whoever waits for it may go on. */
export function examined(tabId: number): void {
  running.delete(tabId);
  wakeWaiters(tabId);
}

/**
 * Forgets a non-portal tab's examination and runs a new one (Retry, pointing, forgetting): its
 * cached declaration, record and pending read go, then the page is examined afresh.
 */
export async function reexamine(tabId: number): Promise<TabView> {
  const page = await tabPage(tabId);
  if (!page) return { kind: 'not-portal', pageUrl: null };
  const record = await readTab(tabId);
  if (record) await dropCharter(keyOf(record));
  forgetTab(tabId);
  forgetView(tabId);
  running.delete(tabId);
  await Promise.all([removeTab(tabId), dropPending(tabId)]);
  return examineOnPopup(tabId, page.url);
}

/** The tab's page, for the popup's "this page is the cookie policy" and "forget" (the browser's URL, not the page's word). */
async function tabPage(tabId: number): Promise<{ url: string; incognito: boolean } | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab && isWebUrl(tab.url) ? { url: withoutHash(tab.url), incognito: tab.incognito === true } : undefined;
}

/**
 * Remembers (or forgets) the tab's page as its site's cookie policy; a non-portal is examined
 * again at once, a portal's reader told to read again (`rescan`: `refresh` does it).
 */
export async function changePointed(
  tabId: number,
  point: boolean,
  refresh: (tabId: number) => Promise<{ ok: boolean }> | { ok: boolean },
): Promise<{ ok: boolean }> {
  const page = await tabPage(tabId);
  if (!page) return { ok: false };
  const site = siteOf(page.url);
  if (point && !(await pointPolicy(site, page.url, page.incognito))) return { ok: false };
  if (!point) await forgetPolicy(site, page.incognito);
  const record = await readTab(tabId);
  if (record && !isAnySite(record)) return refresh(tabId);
  const view = await reexamine(tabId);
  return { ok: view.kind !== 'not-portal' || view.anySite?.globals !== 'no-answer' };
}
