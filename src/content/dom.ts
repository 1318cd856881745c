/** Reads the page: the facts the background needs, names only, never a cookie value. */
import { cookieNamesFrom, portalNameFrom, thirdPartyHostsFrom } from '../core/page-facts';
import type { PageFacts } from '../core/findings';
import type { PortalSigns } from '../core/portal';

export function readPageFacts(portal: PortalSigns): PageFacts {
  const pageUrl = location.href;
  // Resource timing lists what the page actually fetched, once each fetch is done: a `src` the
  // page wrote but that never loaded is not there. Both browsers give a content script the page's
  // own entries (Firefox through its Xray view of `performance`, so page scripts cannot fake
  // them; checked in Firefox ESR 153 and Chromium 156). Markup is never a source: a page can
  // name any host in an attribute.
  const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
  const siteName = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null;
  let documentCookie = '';
  try {
    documentCookie = document.cookie;
  } catch {
    // sandboxed documents throw on document.cookie: then page scripts read nothing either
  }
  return {
    pageUrl,
    portalName: portalNameFrom(siteName, document.title, location.hostname),
    portal,
    readableNames: cookieNamesFrom(documentCookie),
    thirdPartyHosts: thirdPartyHostsFrom(resources, pageUrl),
  };
}
