/**
 * Lists the URLs where a portal page's cookie charter may be, best first.
 */
import { fold } from './charter/text';

// Link words that name the charter (folded: lower case, no accents). "Paramétrer les cookies"
// opens the consent panel, not the charter, so bare "cookies" is not enough.
const CHARTER_TEXT =
  /charte (?:des |de gestion des |d'utilisation des |relative aux )?cookies?|cookies? (?:policy|charter|notice|information)|politique (?:de |des |relative aux |d'utilisation des |de gestion des )?cookies?|gestion des cookies|cookies? charte/;
const CHARTER_HREF = /cookie/;
const FOOTER = '.ods-front-footer, footer';
const GUESSED_PATHS = ['/terms/cookies-policy/', '/terms/cookies-information'];

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

/**
 * Charter URLs to try for a page, deduplicated: footer links to the charter, then charter
 * links elsewhere (the consent banner's "Consulter la charte des cookies"; by their words,
 * then by their address), then `/terms/cookies-policy/` and `/terms/cookies-information` on
 * the page's origin, keeping its `?flg=` language. Never throws.
 * @example findCharterCandidates(doc, 'https://data.x.fr/explore/?flg=en-gb')
 * // → [..., 'https://data.x.fr/terms/cookies-policy/?flg=en-gb', 'https://data.x.fr/terms/cookies-information?flg=en-gb']
 */
export function findCharterCandidates(doc: Document, pageUrl: string): string[] {
  const page = toUrl(pageUrl);
  const pageBase = page === null ? '' : page.href.replace(/#.*$/, '');
  // Ranks: 0 footer, 1 elsewhere by words, 2 elsewhere by address; document order within.
  const ranked: string[][] = [[], [], []];
  for (const link of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = (link.getAttribute('href') ?? '').trim();
    if (href === '' || href.startsWith('#')) continue;
    const url = toUrl(href, page?.href);
    if (url === null || !isWeb(url)) continue;
    const hadFragment = url.hash !== '';
    url.hash = '';
    // A link back to this very page plus a fragment opens a panel, not the charter.
    if (hadFragment && url.href === pageBase) continue;
    const score = linkScore(link, url);
    if (score === 0) continue;
    const rank = link.closest(FOOTER) === null ? 3 - score : 0;
    ranked[rank]?.push(url.href);
  }
  const guessed: string[] = [];
  if (page !== null && isWeb(page)) {
    const flg = page.searchParams.get('flg');
    for (const path of GUESSED_PATHS) {
      const url = new URL(path, page.origin);
      if (flg !== null && flg !== '') url.searchParams.set('flg', flg);
      guessed.push(url.href);
    }
  }
  return [...new Set([...ranked.flat(), ...guessed])];
}
