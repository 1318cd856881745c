/**
 * Reads one cookie's value for the popup's "show value" button, and nothing else: the value is
 * returned to the caller only, never stored, logged or sent in a message: values never leave
 * the browser (docs/ARCHITECTURE.md, "Storage").
 */
import { browser, type Cookies } from './browser';

export interface CookieAddress {
  name: string;
  /** As the cookies API gives it: `.example.test` for a domain cookie. */
  domain: string;
  path: string;
  secure: boolean;
  storeId?: string;
  partitionKey?: { topLevelSite?: string } | null;
  firstPartyDomain?: string;
}

/** The URL the browser would send this cookie to: its own domain and path. */
export function cookieUrl(c: Pick<CookieAddress, 'domain' | 'path' | 'secure'>): string {
  return `http${c.secure ? 's' : ''}://${c.domain.replace(/^\./, '')}${c.path || '/'}`;
}

const isSame = (a: Cookies.Cookie, c: CookieAddress) => a.name === c.name && a.domain === c.domain && a.path === c.path;

/**
 * The current value of one cookie, or undefined when it is gone. `cookies.get` returns the
 * best match for the URL, which may be a namesake on another domain or path; then getAll narrows
 * to the exact cookie.
 */
export async function readCookieValue(c: CookieAddress): Promise<string | undefined> {
  const details = {
    name: c.name,
    ...(c.storeId ? { storeId: c.storeId } : {}),
    ...(c.partitionKey?.topLevelSite ? { partitionKey: { topLevelSite: c.partitionKey.topLevelSite } } : {}),
    // Firefox with first-party isolation rejects a lookup without it ('' is the jar of no first party).
    ...(__TARGET__ === 'firefox' ? { firstPartyDomain: c.firstPartyDomain ?? '' } : {}),
  };
  const best = await browser.cookies.get({ ...details, url: cookieUrl(c) });
  if (best && isSame(best, c)) return best.value;
  const all = await browser.cookies.getAll({ ...details, domain: c.domain.replace(/^\./, '') });
  return all.find((a) => isSame(a, c))?.value;
}
