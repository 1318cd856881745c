import { findCharterCandidates, MAX_CANDIDATES } from '../../src/core/discovery';
import { htmlDocument } from './charter/load';

/** Any site's policy links in six languages, its own usual addresses, and the page the user pointed at. */
describe('findCharterCandidates on a site that is not a portal', () => {
  it.each([
    'Cookie-Richtlinie',
    'Datenschutz / Cookie-Richtlinie',
    'Cookie-Erklärung',
    'Política de cookies',
    'Informativa cookie',
    'Informativa sui cookie',
    'Cookiebeleid',
    'Cookieverklaring',
    'Cookie declaration',
  ])('recognises the link text %j', (text) => {
    const url = 'https://www.stadt.test/';
    expect(findCharterCandidates(htmlDocument(`<a href="/legal/7">${text}</a>`, url), url, { anySite: true })[0]?.url).toBe('https://www.stadt.test/legal/7');
  });

  it("guesses the usual policy addresses instead of a portal's, without the user's cookies", () => {
    const url = 'https://www.stadt.test/news/?flg=de';
    expect(findCharterCandidates(htmlDocument('<p>x</p>', url), url, { anySite: true })).toEqual([
      { url: 'https://www.stadt.test/cookie-policy/', sameOrigin: true, withCookies: false },
      { url: 'https://www.stadt.test/politique-de-cookies/', sameOrigin: true, withCookies: false },
    ]);
    const footer = htmlDocument('<footer><a href="/terms/cookies-policy/">Cookie policy</a></footer>', url);
    expect(findCharterCandidates(footer, url, { anySite: true }).every((c) => !c.withCookies)).toBe(true);
  });

  it('tries the pointed page first, once, within the cap, and never one the request policy refuses', () => {
    const url = 'https://shop.stadt.test/';
    const links = Array.from({ length: 20 }, (_, i) => `<a href="/c${i}">Cookie policy</a><a href="https://o${i}.test/c">Cookie policy</a>`).join('');
    const doc = htmlDocument(`<footer>${links}</footer>`, url);
    const pointed = findCharterCandidates(doc, url, { anySite: true, pointed: 'https://www.stadt.test/legal/cookies#top' });
    expect(pointed[0]).toEqual({ url: 'https://www.stadt.test/legal/cookies', sameOrigin: false, withCookies: false });
    expect(pointed.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(findCharterCandidates(doc, url, { pointed: 'http://127.0.0.1/cookies' })[0]?.url).toBe('https://shop.stadt.test/c0');
    expect(findCharterCandidates(doc, url, { pointed: 'javascript:alert(1)' })[0]?.url).toBe('https://shop.stadt.test/c0');
  });
});
