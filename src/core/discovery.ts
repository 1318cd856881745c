/**
 * Lists the URLs where a portal page's cookie charter may be, best first, and how each may be
 * fetched. The list is short whatever the page holds: the page chooses links, the extension
 * chooses how many of them it requests and where (src/core/request-policy.ts).
 */
import { fold } from './charter/text';
import { isCharterPath } from './portal';
import { mayRequest } from './request-policy';

// Link words that name the charter (folded: lower case, no accents). "Paramétrer les cookies"
// opens the consent panel, not the charter, so bare "cookies" is not enough.
// Any site's policy in German, Spanish, Italian and Dutch too: "Cookie-Richtlinie",
// "Cookie-Erklärung", "política de cookies", "informativa cookie", "cookiebeleid", "cookieverklaring".
const CHARTER_TEXT =
  /charte (?:des |de gestion des |d'utilisation des |relative aux )?cookies?|cookies? (?:policy|charter|notice|information|declaration|statement)|politique (?:de |des |relative aux |d'utilisation des |de gestion des )?cookies?|gestion des cookies|cookies? charte|cookie-? ?(?:richtlinien?|erklarung)|politica (?:de |dei |sui |sull'uso dei )?cookies?|informativa (?:estesa )?(?:sui |sull'uso dei )?cookies?|cookie ?(?:beleid|verklaring)/;
const CHARTER_HREF = /cookie/;
const FOOTER = '.ods-front-footer, footer';
const GUESSED_PATHS = ['/terms/cookies-policy/', '/terms/cookies-information'];
/** A site that is not a portal: the most common policy addresses of the usual templates instead. */
const ANY_SITE_PATHS = ['/cookie-policy/', '/politique-de-cookies/'];
/** Links on the portal's own origin tried before the guessed paths, and links elsewhere after. */
export const MAX_OWN_ORIGIN_LINKS = 2;
export const MAX_OFF_SITE_LINKS = 2;
/** Every page view requests at most this many candidates. */
export const MAX_CANDIDATES = MAX_OWN_ORIGIN_LINKS + GUESSED_PATHS.length + MAX_OFF_SITE_LINKS;

/** How to look: on a site that is not a portal, and with the page the user pointed at as its policy. */
export interface DiscoveryOptions {
  /** Not a portal: its own links, then ANY_SITE_PATHS; nothing is fetched with the user's cookies. */
  anySite?: boolean;
  /** The page the user said is this site's cookie policy: tried first, without cookies. */
  pointed?: string;
}

/** One address to try, and whether the user's cookies go with it. */
export interface Candidate {
  url: string;
  /** On the page's own origin: the content script fetches it; else the background does. */
  sameOrigin: boolean;
  /**
   * The charter's own address: a guessed path, or a link on the portal's origin to a charter path
   * or (from the footer) to a `/terms/` page. Only these are fetched with the user's cookies,
   * since a private portal shows its charter to signed-in users only; any other address a page
   * names is fetched without cookies.
   */
  withCookies: boolean;
}

function toUrl(href: string, base?: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

function isWeb(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/** How strongly a link points at the charter: 0 not at all, 1 by its address only, 2 by its words. */
function linkScore(link: Element, url: URL): number {
  const words = fold(`${link.textContent ?? ''} ${link.getAttribute('title') ?? ''} ${link.getAttribute('aria-label') ?? ''}`);
  if (CHARTER_TEXT.test(words.replace(/\s+/g, ' '))) return 2;
  return CHARTER_HREF.test(fold(decodeURIComponentSafe(url.pathname))) ? 1 : 0;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A link's rank: 0 footer, 1 elsewhere by words, 2 elsewhere by address; null: not a charter link. */
function linkRank(link: Element, url: URL): number | null {
  const score = linkScore(link, url);
  if (score === 0) return null;
  return link.closest(FOOTER) === null ? 3 - score : 0;
}

/** Charter links of the page, by rank then document order, deduplicated; without fragments. */
function charterLinks(doc: Document, page: URL): { url: URL; footer: boolean; byWords: boolean }[] {
  const pageBase = page.href.replace(/#.*$/, '');
  const ranked: { url: URL; footer: boolean; byWords: boolean }[][] = [[], [], []];
  for (const link of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = (link.getAttribute('href') ?? '').trim();
    if (href === '' || href.startsWith('#')) continue;
    const url = toUrl(href, page.href);
    if (url === null || !isWeb(url)) continue;
    const hadFragment = url.hash !== '';
    url.hash = '';
    // A link back to this very page plus a fragment opens a panel, not the charter.
    if (hadFragment && url.href === pageBase) continue;
    const rank = linkRank(link, url);
    if (rank !== null) ranked[rank]?.push({ url, footer: rank === 0, byWords: rank < 2 });
  }
  const seen = new Set<string>();
  return ranked.flat().filter(({ url }) => !seen.has(url.href) && seen.add(url.href));
}

/**
 * Charter addresses to try for a page, at most MAX_CANDIDATES, the portal's own first: links on
 * the page's own origin (footer, then the consent banner's "Consulter la charte des cookies" and
 * other links by their words, then by their address; at most MAX_OWN_ORIGIN_LINKS); then links
 * elsewhere that name the charter in the footer or by their words, since an administrator who
 * links the charter elsewhere means that page, not the portal's default one; then
 * `/terms/cookies-policy/` and `/terms/cookies-information` on the page's origin keeping its
 * `?flg=` language; then links elsewhere known by their address only. Links elsewhere are those
 * the request policy allows, at most MAX_OFF_SITE_LINKS in all.
 * Nothing for a page that is not http(s). Never throws.
 * With `options.pointed` (the user's own choice, if the policy allows it) first; with
 * `options.anySite`, ANY_SITE_PATHS instead of the portal's, and no candidate takes cookies.
 * @example findCharterCandidates(doc, 'https://data.x.fr/explore/?flg=en-gb').map((c) => c.url)
 * // → [..., 'https://data.x.fr/terms/cookies-policy/?flg=en-gb', 'https://data.x.fr/terms/cookies-information?flg=en-gb']
 */
export function findCharterCandidates(doc: Document, pageUrl: string, options: DiscoveryOptions = {}): Candidate[] {
  const page = toUrl(pageUrl);
  if (page === null || !isWeb(page)) return [];
  const found = discover(doc, page, options.anySite === true);
  const pointed = options.pointed === undefined ? null : toUrl(options.pointed);
  if (pointed === null || !isWeb(pointed) || !mayRequest(page.href, pointed.href)) return found;
  pointed.hash = '';
  const first = { url: pointed.href, sameOrigin: pointed.origin === page.origin, withCookies: false };
  return [first, ...found.filter(({ url }) => url !== first.url)].slice(0, MAX_CANDIDATES);
}

function discover(doc: Document, page: URL, anySite: boolean): Candidate[] {
  const links = charterLinks(doc, page);
  const own = links.filter(({ url }) => url.origin === page.origin).slice(0, MAX_OWN_ORIGIN_LINKS);
  const elsewhere = links.filter(({ url }) => url.origin !== page.origin && mayRequest(page.href, url.href)).slice(0, MAX_OFF_SITE_LINKS);
  const flg = page.searchParams.get('flg');
  const guessed = (anySite ? ANY_SITE_PATHS : GUESSED_PATHS).map((path) => {
    const url = new URL(path, page.origin);
    if (!anySite && flg !== null && flg !== '') url.searchParams.set('flg', flg);
    return url.href;
  });
  const candidates: Candidate[] = [
    ...own.map(({ url, footer }) => ({
      url: url.href,
      sameOrigin: true,
      withCookies: !anySite && (isCharterPath(url.pathname) || (footer && url.pathname.startsWith('/terms/'))),
    })),
    ...elsewhere.filter(({ byWords }) => byWords).map(({ url }) => ({ url: url.href, sameOrigin: false, withCookies: false })),
    ...guessed.map((url) => ({ url, sameOrigin: true, withCookies: !anySite })),
    ...elsewhere.filter(({ byWords }) => !byWords).map(({ url }) => ({ url: url.href, sameOrigin: false, withCookies: false })),
  ];
  const seen = new Set<string>();
  return candidates.filter(({ url }) => !seen.has(url) && seen.add(url));
}
