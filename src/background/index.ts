/**
 * Background entry. Every listener is registered synchronously at the top level so a stopped
 * service worker is woken for the event; no state lives only in memory (see platform/storage).
 */
import { registrableDomain } from '../core/cookies/domain';
import { browser } from '../platform/browser';
import { serveBackground } from '../platform/messaging';
import { readAllTabs, readTab, removeTab } from '../platform/storage';
import { clearBadge } from './badge';
import { handlers } from './handlers';
import { reinjectContentScripts } from './inject';
import { refreshTab } from './refresh';

serveBackground(handlers);

// Cookie changes arrive in bursts (a page sets several at once): coalesce them. A timer lost to
// a worker shutdown costs nothing, since the popup recomputes from the cookies API when opened.
let pendingDomains = new Set<string>();
let timer: ReturnType<typeof setTimeout> | undefined;
browser.cookies.onChanged.addListener(({ cookie }) => {
  pendingDomains.add(registrableDomain(cookie.domain));
  timer ??= setTimeout(() => {
    const domains = pendingDomains;
    pendingDomains = new Set();
    timer = undefined;
    void refreshTabsFor(domains);
  }, 150);
});

async function refreshTabsFor(domains: Set<string>): Promise<void> {
  for (const [tabId, record] of await readAllTabs()) {
    const sites = [record.facts.pageUrl, ...record.facts.thirdPartyHosts.map((h) => `http://${h}/`)].map((u) => registrableDomain(new URL(u).hostname));
    if (sites.some((site) => domains.has(site))) await refreshTab(tabId).catch((e) => console.warn('[ext] refresh failed', e));
  }
}

// Leaving the portal's origin ends its report; routes inside the portal (pushState) keep it.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (!change.url) return;
  void readTab(tabId).then(async (record) => {
    if (record && new URL(record.facts.pageUrl).origin !== new URL(change.url!).origin) {
      await removeTab(tabId);
      await clearBadge(tabId);
    }
  });
});

browser.tabs.onRemoved.addListener((tabId) => void removeTab(tabId));

// After an install, update or reload, open portal tabs get a live content script again.
browser.runtime.onInstalled.addListener(() => void reinjectContentScripts());
