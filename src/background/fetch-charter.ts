/**
 * Fetches a charter page on another origin for a content script (an administrator may link the
 * charter elsewhere; the content script's own fetch is bound by the page's CORS). No cookies are
 * sent: the charter is public text.
 */
import type { FetchedPage } from '../shared/messages';
import { fetchPage } from '../platform/fetch-page';

export function fetchCharterPage(url: string): Promise<FetchedPage> {
  return fetchPage(url, 'omit');
}
