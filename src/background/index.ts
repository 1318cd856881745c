/**
 * Background entry. Every listener is registered synchronously at the top level so a stopped
 * service worker is woken for the event; no state lives only in memory (see platform/storage).
 */
import { involvedSites } from '../core/cookie-plan';
import { registrableDomain } from '../core/cookies/domain';
import { browser } from '../platform/browser';
import { serveBackground } from '../platform/messaging';
import { lockDownStorage, readAllTabs, readTab, removeTab } from '../platform/storage';
import { onAutoconsentMessage } from './autoconsent';
import { registerAuditListeners } from './audit/lifecycle';
import { clearBadge } from './badge';
import { dropPending } from './any-site/pending';
import { forgetTab, purgeExpired } from './charter-cache';
import { handlers } from './handlers';
import { reinjectContentScripts } from './inject';
import { refreshTab } from './refresh';
import { forgetView } from './view-memo';
import { handlersWhenReady, whenReady } from './public-suffix-gate';

// Requests and cookie changes may reach registrableDomain: they wait for the Public Suffix List.
serveBackground(handlersWhenReady(handlers));
// The consent audit's listeners: cookie changes, tab closed, its alarm, update, browser start.
registerAuditListeners();
// autoconsent.js's own messages, heard only from a tab with a run waiting (background/autoconsent.ts).
browser.runtime.onMessage.addListener(onAutoconsentMessage);
// Before anything is cached: storage out of content scripts' reach, stale and legacy charters gone.
void lockDownStorage()
  .then(() => purgeExpired(Date.now()))
  .catch((e: unknown) => console.warn('[ext] storage start-up failed', e));

// Cookie changes arrive in bursts (a page sets several at once): coalesce them. A timer lost to
// a worker shutdown costs nothing, since the popup recomputes from the cookies API when opened.
let pendingDomains = new Set<string>();
let timer: ReturnType<typeof setTimeout> | undefined;
browser.cookies.onChanged.addListener(
  whenReady(({ cookie }: { cookie: { domain: string } }) => {
    pendingDomains.add(registrableDomain(cookie.domain));
    timer ??= setTimeout(() => {
      const domains = pendingDomains;
      pendingDomains = new Set();
      timer = undefined;
      void refreshTabsFor(domains);
    }, 150);
  }),
);

async function refreshTabsFor(domains: Set<string>): Promise<void> {
  for (const [tabId, record] of await readAllTabs()) {
    const sites = involvedSites(record.facts);
    if ([...domains].some((site) => sites.has(site))) await refreshTab(tabId).catch((e) => console.warn('[ext] refresh failed', e));
  }
}

// Leaving the portal's origin ends its report; routes inside the portal (pushState) keep it.
browser.tabs.onUpdated.addListener((tabId, change) => {
  forgetView(tabId); // its URL, title or loading state moved: the next view is computed afresh
  if (!change.url) return;
  void readTab(tabId).then(async (record) => {
    if (record && record.origin !== new URL(change.url!).origin) {
      forgetTab(tabId);
      await removeTab(tabId);
      await clearBadge(tabId);
    }
  });
});

browser.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId);
  forgetView(tabId);
  void removeTab(tabId);
  void dropPending(tabId); // a non-portal's examination whose reader never answered
});

// After an install, update or reload, open portal tabs get a live content script again.
browser.runtime.onInstalled.addListener(() => void reinjectContentScripts());
