/** Reads the page: the facts the background needs, names only, never a cookie value. */
import { cookieNamesFrom, portalNameFrom, thirdPartyHostsFrom } from '../core/page-facts';
import type { PageFacts } from '../core/findings';
import type { PortalSigns } from '../core/portal';

export function readPageFacts(portal: PortalSigns): PageFacts {
  const pageUrl = location.href;
  // Resource timing misses nothing the page fetched; the DOM's src attributes are a fallback for
  // Firefox, where a content script's `performance` may list none of the page's entries.
  const resources = window.performance.getEntriesByType('resource').map((entry) => entry.name);
  for (const el of document.querySelectorAll<HTMLElement>('img[src], script[src], iframe[src]')) resources.push((el as HTMLImageElement).src);
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
