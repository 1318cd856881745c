/** Glue: read what the background holds for a tab, let the core build the view. */
import { referenceLookup } from '../core/reference/consent';
import { buildTabView, needsReference, type ViewInput } from '../core/view';
import type { CharterFinding, TabView } from '../core/findings';
import { browser } from '../platform/browser';
import { referenceIndex, referenceIndexNow } from '../platform/reference-data';
import { sendToTab } from '../platform/messaging';
import { readTab, writeTab, type TabRecord } from '../platform/storage';
import { withAnySite } from './any-site/finding';
import { keyOf, readCachedCharter, tabOnlyFinding } from './charter-cache';
import { readTabConsent } from './consent';
import { readTabCookies } from './cookies';

/**
 * The tab's finding: its own, the cached charter it points at, or the one held for it. A pointer
 * that leads nowhere (evicted, expired, worker restarted) sends the tab to read its charter again.
 */
async function resolveFinding(tabId: number, record: TabRecord): Promise<CharterFinding | null> {
  if (record.finding !== 'cached' && record.finding !== 'tab-only') return record.finding;
  const finding = record.finding === 'cached' ? await readCachedCharter(keyOf(record)) : tabOnlyFinding(tabId);
  if (finding) return finding;
  await writeTab(tabId, { ...record, finding: null });
  void sendToTab(tabId, 'rescan', { force: true }).catch((e: unknown) => console.warn('[ext] rescan failed', e));
  return null;
}

/** The popup's view of a tab, computed fresh from storage and the cookies API. */
export async function computeTabView(tabId: number): Promise<TabView> {
  const [record, tab] = await Promise.all([readTab(tabId), browser.tabs.get(tabId).catch(() => undefined)]);
  const tabUrl = tab?.url ?? null;
  const current = record && isSameOrigin(record.origin, tabUrl) ? record : undefined;
  const finding = current ? await resolveFinding(tabId, current) : null;
  const now = Date.now() / 1000;
  const reporting = current && finding?.status === 'ok' ? current : undefined;
  const [cookies, consent] = reporting ? await Promise.all([readTabCookies(reporting), readTabConsent(reporting, now)]) : [[], undefined];
  const input: ViewInput = { tabUrl, tabLoading: tab?.status === 'loading', facts: current?.facts ?? null, finding, cookies, now };
  if (consent) input.consent = consent;
  // A site that is not a portal: its view says what was examined (src/background/any-site.ts).
  const done = (view: TabView) => withAnySite(view, finding);
  const ready = referenceIndexNow();
  if (ready) return done(buildTabView({ ...input, reference: referenceLookup(ready) }));
  const view = buildTabView(input);
  if (!needsReference(view)) return done(view);
  // Some class is left to the reference database: load it (once per worker) and decide again.
  const index = await referenceIndex();
  return done(index ? buildTabView({ ...input, reference: referenceLookup(index) }) : view);
}

function isSameOrigin(origin: string, url: string | null): boolean {
  if (!url) return true; // no tab URL to compare with (no permission for it): trust the record
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
