/** One small function per background request (STYLE.md §2): read → core → write. */
import { isWebUrl, validateFinding, validatePageFacts } from '../core/validate';
import type { BackgroundApi } from '../shared/messages';
import { CHARTER_CACHE_MS } from '../shared/constants';
import { isFromExtensionPage, notifyPopups, sendToTab, type Handlers } from '../platform/messaging';
import type { Runtime } from '../platform/browser';
import { readCharter, readTab, removeCharter, writeCharter, writeTab } from '../platform/storage';
import { fetchCharterPage } from './fetch-charter';
import { injectReader, probeTab } from './inject';
import { refreshTab } from './refresh';
import { computeTabView } from './tab-view';

/** The top frame of a tab, or a clear refusal: only content scripts send these requests. */
function tabOf(sender: Runtime.MessageSender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) throw new Error('expected a message from a tab\'s top frame');
  return tabId;
}

function requireExtensionPage(sender: Runtime.MessageSender): void {
  if (!isFromExtensionPage(sender)) throw new Error('refused: not an extension page');
}

const originOf = (url: string) => new URL(url).origin;

export const handlers: Handlers<BackgroundApi> = {
  async 'portal-detected'(_payload, sender) {
    const tabId = tabOf(sender);
    await injectReader(tabId);
    return { ok: true };
  },

  async 'portal-seen'(payload, sender) {
    const tabId = tabOf(sender);
    const facts = validatePageFacts(payload);
    if (!facts) throw new Error('invalid page facts');
    const cached = await readCharter(originOf(facts.pageUrl));
    const fresh = cached && Date.now() - cached.storedAt < CHARTER_CACHE_MS ? cached.finding : null;
    await writeTab(tabId, { facts, finding: fresh ? 'cached' : null });
    if (fresh) await refreshTab(tabId);
    return { cached: fresh };
  },

  async 'charter-read'(payload, sender) {
    const tabId = tabOf(sender);
    const finding = validateFinding(payload?.finding);
    const record = await readTab(tabId);
    if (!finding || !record || !isWebUrl(payload.pageUrl)) throw new Error('invalid charter report');
    // Only a charter actually read is cached: a network error should be retried next time.
    const cacheable = finding.status === 'ok' || finding.status === 'no-table';
    const stored = cacheable ? await writeCharter(originOf(record.facts.pageUrl), finding, Date.now(), { inPrivate: sender.tab?.incognito === true }).then(() => true, (e: unknown) => e) : false;
    if (stored === true) await writeTab(tabId, { ...record, finding: 'cached' });
    else if (cacheable) await writeTab(tabId, { ...record, finding: { status: 'error', url: finding.url, tried: finding.tried, message: `the charter is too large to keep (${String(stored)})` } });
    else await writeTab(tabId, { ...record, finding });
    await refreshTab(tabId);
    return { ok: true };
  },

  async 'fetch-charter'(payload, sender) {
    tabOf(sender);
    if (!isWebUrl(payload?.url)) throw new Error('invalid charter URL');
    return fetchCharterPage(payload.url);
  },

  ping(_payload, sender) {
    requireExtensionPage(sender);
    return { ok: true };
  },

  async 'get-tab-view'(payload, sender) {
    requireExtensionPage(sender);
    if (!Number.isInteger(payload?.tabId)) throw new Error('invalid tab id');
    const view = await computeTabView(payload.tabId);
    // The every-page script looks only for the root attribute; the weaker signs are looked for
    // now, when the user asks. A portal found so gets its reader, and the popup waits for it.
    if (view.kind !== 'not-portal' || !isWebUrl(view.pageUrl)) return view;
    const probe = await probeTab(payload.tabId);
    if (probe === 'none') return view;
    if (probe === 'no-answer') return { ...view, unanswered: true };
    await injectReader(payload.tabId);
    return { kind: 'loading', pageUrl: view.pageUrl };
  },

  async 'refresh-charter'(payload, sender) {
    requireExtensionPage(sender);
    const record = await readTab(payload.tabId);
    if (!record) return { ok: false };
    await removeCharter(originOf(record.facts.pageUrl));
    await writeTab(payload.tabId, { ...record, finding: null });
    notifyPopups('tab-changed', { tabId: payload.tabId });
    const answer = await sendToTab(payload.tabId, 'rescan', { force: true }).catch(() => ({ ok: false }));
    return { ok: answer.ok };
  },
};
