/** One small function per background request (docs/ARCHITECTURE.md, "Layers"): read → core → write. */
import { isCacheable } from '../core/cache-policy';
import { otherSitesOnly } from '../core/cookie-plan';
import { isWebUrl, validateFinding, validatePageFacts } from '../core/validate';
import type { BackgroundApi } from '../contracts/messages';
import { notifyPopups, sendToTab, type Handlers } from '../platform/messaging';
import { readTab, writeTab, type TabRecord } from '../platform/storage';
import { anySiteFinding, changePointed, examined, examineOnPopup, isAnySite, isStale, readerHints, reexamine } from './any-site';
import { auditHandlers } from './audit/handlers';
import { runAutoconsent } from './autoconsent';
import { readCharterElsewhere } from './fetch-charter';
import { cacheCharter, dropCharter, forgetTab, hasFreshCharter, keepForTab, keyOf } from './charter-cache';
import { injectReader, probeTab } from './inject';
import { refreshTab } from './refresh';
import { requireExtensionPage, sendingPage } from './sender';
import { computeTabView } from './tab-view';
import { takeView } from './view-memo';

const originOf = (url: string) => new URL(url).origin;

export const handlers: Handlers<BackgroundApi> = {
  ...auditHandlers,
  'audit-autoconsent': runAutoconsent,

  async 'portal-detected'(_payload, sender) {
    const { tabId } = await sendingPage(sender);
    await injectReader(tabId);
    return { ok: true };
  },

  async 'portal-seen'(payload, sender) {
    const page = await sendingPage(sender);
    const valid = validatePageFacts(payload);
    if (!valid) throw new Error('invalid page facts');
    const facts = otherSitesOnly(valid);
    if (originOf(facts.pageUrl) !== page.origin) throw new Error('refused: page facts of another origin than the sending tab');
    const record: TabRecord = { facts, origin: page.origin, ...(page.storeId ? { storeId: page.storeId } : {}), incognito: page.incognito, finding: null };
    const hints = await readerHints(page, facts, await hasFreshCharter(keyOf(record), Date.now()));
    const fresh = hints.cached;
    forgetTab(page.tabId);
    await writeTab(page.tabId, { ...record, finding: fresh ? 'cached' : null });
    if (fresh) await refreshTab(page.tabId);
    return hints;
  },

  async 'charter-read'(payload, sender) {
    const page = await sendingPage(sender);
    const valid = validateFinding(payload?.finding);
    const record = await readTab(page.tabId);
    if (!valid || !record) throw new Error('invalid charter report');
    if (record.origin !== page.origin) throw new Error('refused: the tab is on another origin now');
    // A page that is not a portal: merged with what its consent platforms' globals declared.
    const finding = await anySiteFinding(page.tabId, record, valid);
    let stored: TabRecord['finding'] = finding;
    if (isCacheable(finding)) {
      // Too large to cache (or refused by the browser): still shown, for this tab only.
      stored = (await cacheCharter(keyOf(record), finding, Date.now())) ? 'cached' : 'tab-only';
      if (stored === 'tab-only') keepForTab(page.tabId, finding);
    }
    await writeTab(page.tabId, { ...record, finding: stored });
    await refreshTab(page.tabId);
    examined(page.tabId);
    return { ok: true };
  },

  async 'fetch-charter'(payload, sender) {
    // The page's origin from the browser-filled sender: a payload cannot widen the policy.
    const { origin } = await sendingPage(sender);
    return readCharterElsewhere(origin, payload?.url);
  },

  ping(_payload, sender) {
    requireExtensionPage(sender);
    return { ok: true };
  },

  async 'get-tab-view'(payload, sender) {
    requireExtensionPage(sender);
    if (!Number.isInteger(payload?.tabId)) throw new Error('invalid tab id');
    const view = takeView(payload.tabId, Date.now()) ?? (await computeTabView(payload.tabId));
    // A page without the root attribute gets the weak-sign probe now (docs/ARCHITECTURE.md);
    // one that is no portal either is examined as any site (src/background/any-site.ts), once.
    if (view.anySite) return (await isStale(payload.tabId, view)) ? reexamine(payload.tabId) : view;
    if (view.kind !== 'not-portal' || !isWebUrl(view.pageUrl)) return view;
    const probe = await probeTab(payload.tabId);
    if (probe === 'none') return examineOnPopup(payload.tabId, view.pageUrl);
    if (probe === 'no-answer') return { ...view, unanswered: true };
    await injectReader(payload.tabId);
    return { kind: 'loading', pageUrl: view.pageUrl };
  },

  async 'refresh-charter'(payload, sender) {
    requireExtensionPage(sender);
    if (!Number.isInteger(payload?.tabId)) throw new Error('invalid tab id');
    const record = await readTab(payload.tabId);
    if (!record) return { ok: false };
    if (isAnySite(record)) return { ok: (await reexamine(payload.tabId)).kind !== 'not-portal' };
    await dropCharter(keyOf(record));
    forgetTab(payload.tabId);
    await writeTab(payload.tabId, { ...record, finding: null });
    notifyPopups('tab-changed', { tabId: payload.tabId });
    const answer = await sendToTab(payload.tabId, 'rescan', { force: true }).catch(() => ({ ok: false }));
    return { ok: answer.ok };
  },

  async 'source-point'(payload, sender) {
    requireExtensionPage(sender);
    if (!Number.isInteger(payload?.tabId)) throw new Error('invalid tab id');
    return changePointed(payload.tabId, true, (tabId) => handlers['refresh-charter']({ tabId }, sender));
  },

  async 'source-forget'(payload, sender) {
    requireExtensionPage(sender);
    if (!Number.isInteger(payload?.tabId)) throw new Error('invalid tab id');
    return changePointed(payload.tabId, false, (tabId) => handlers['refresh-charter']({ tabId }, sender));
  },
};
