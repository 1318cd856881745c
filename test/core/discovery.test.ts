import { findCharterCandidates, MAX_CANDIDATES, type Candidate } from '../../src/core/discovery';
import { htmlDocument, loadFixture } from './charter/load';

const urls = (candidates: Candidate[]) => candidates.map((c) => c.url);

describe('findCharterCandidates', () => {
  it('puts the footer link first, then the guessed paths with the page language', () => {
    const url = 'https://data.example.fr/explore/?flg=en-gb';
    expect(urls(findCharterCandidates(loadFixture('pages/portal-home.html', url), url))).toEqual([
      'https://data.example.fr/terms/cookies-policy/?flg=fr',
      'https://data.example.fr/terms/cookies-policy/?flg=en-gb',
      'https://data.example.fr/terms/cookies-information?flg=en-gb',
    ]);
  });

  it("follows a footer link to a page elsewhere before guessing, without the user's cookies", () => {
    const url = 'https://opendata.metropole.example/';
    expect(findCharterCandidates(loadFixture('pages/portal-home-external-charter.html', url), url)).toEqual([
      { url: 'https://www.metropole.example/politique-de-confidentialite/', sameOrigin: false, withCookies: false },
      { url: 'https://opendata.metropole.example/terms/cookies-policy/', sameOrigin: true, withCookies: true },
      { url: 'https://opendata.metropole.example/terms/cookies-information', sameOrigin: true, withCookies: true },
    ]);
  });

  it('ranks footer links, then charter words anywhere, then charter addresses, on each side of the guesses', () => {
    const url = 'https://data.x.fr/explore/dataset/pop/?flg=fr&q=a';
    const doc = htmlDocument(
      `<a href="https://legal.x.fr/cookies-et-traceurs/">En savoir plus</a>
       <div class="banner"><a href="https://legal.x.fr/charte">Consulter la charte des cookies</a></div>
       <a href="/p/cookie">Cookie charter</a>
       <footer><a href="/pages/politique-de-cookies/">Politique de cookies</a><a href="/pages/a-propos/">À propos</a></footer>`,
      url,
    );
    expect(urls(findCharterCandidates(doc, url))).toEqual([
      'https://data.x.fr/pages/politique-de-cookies/',
      'https://data.x.fr/p/cookie',
      'https://legal.x.fr/charte', // named by its words: the administrator's charter
      'https://data.x.fr/terms/cookies-policy/?flg=fr',
      'https://data.x.fr/terms/cookies-information?flg=fr',
      'https://legal.x.fr/cookies-et-traceurs/', // known by its address only: after the guesses
    ]);
  });

  it("sends the user's cookies only to the charter's own addresses on the portal", () => {
    const url = 'https://data.x.fr/';
    const doc = htmlDocument(
      `<p><a href="/api/v2/delete?id=1">Charte cookies</a><a href="/terms/cookies-policy/?x=1">Cookie policy</a></p>
       <footer><a href="/terms/charte-cookies/">Charte cookies</a></footer>
       <a href="https://www.x.fr/terms/cookies-policy/">Cookie policy</a>`,
      url,
    );
    const byUrl = Object.fromEntries(findCharterCandidates(doc, url).map((c) => [c.url, c.withCookies]));
    expect(byUrl).toEqual({
      'https://data.x.fr/terms/charte-cookies/': true, // a footer link to a /terms/ page
      'https://data.x.fr/api/v2/delete?id=1': false,
      'https://data.x.fr/terms/cookies-policy/': true, // guessed
      'https://data.x.fr/terms/cookies-information': true,
      'https://www.x.fr/terms/cookies-policy/': false, // another origin: never
    });
    // A charter path named outside the footer is still the charter's own address.
    const banner = htmlDocument('<p><a href="/terms/cookies-policy/?x=1">Cookie policy</a></p>', url);
    expect(findCharterCandidates(banner, url)[0]).toEqual({ url: 'https://data.x.fr/terms/cookies-policy/?x=1', sameOrigin: true, withCookies: true });
  });

  it(`tries at most ${MAX_CANDIDATES} addresses, the portal's own first, however many links the page holds`, () => {
    const url = 'http://farm.example.test:41234/';
    const hosts = ['127.0.0.1:41234', 'legal.other.test:41234', 'farm.example.test:41234', '10.0.0.1', 'cdn.other.test:9999', 'www.other.test'];
    const links = Array.from({ length: 1000 }, (_, i) => `<a href="http://${hosts[i % hosts.length]}/charte-${i}">Charte cookies</a>`).join('');
    const candidates = findCharterCandidates(htmlDocument(`<footer>${links}</footer>`, url), url);
    expect(candidates.length).toBe(MAX_CANDIDATES);
    expect(urls(candidates)).toEqual([
      'http://farm.example.test:41234/charte-2',
      'http://farm.example.test:41234/charte-8',
      'http://legal.other.test:41234/charte-1',
      'http://www.other.test/charte-5', // the default port: allowed; cdn.other.test:9999 is not
      'http://farm.example.test:41234/terms/cookies-policy/',
      'http://farm.example.test:41234/terms/cookies-information',
    ]);
    expect(candidates.map((c) => c.sameOrigin)).toEqual([true, true, false, false, true, true]);
  });

  it('never names a loopback, private or odd-port address the portal is not on', () => {
    const url = 'https://data.x.fr/';
    const doc = htmlDocument(
      `<footer><a href="http://127.0.0.1/charte">Charte cookies</a><a href="http://2130706433/charte">Charte cookies</a>
       <a href="http://[::1]/charte">Charte cookies</a><a href="http://localhost/charte">Charte cookies</a>
       <a href="http://192.168.1.1/charte">Charte cookies</a><a href="http://169.254.169.254/charte">Charte cookies</a>
       <a href="https://www.x.fr:8443/charte">Charte cookies</a><a href="http://intranet/charte">Charte cookies</a></footer>`,
      url,
    );
    expect(urls(findCharterCandidates(doc, url))).toEqual(['https://data.x.fr/terms/cookies-policy/', 'https://data.x.fr/terms/cookies-information']);
  });

  it.each([
    'Consulter la charte des cookies',
    'Charte cookies',
    'Charte de gestion des cookies',
    'Cookie policy',
    'Cookies policy',
    'Cookie charter',
    'Politique de cookies',
    'Gestion des cookies',
  ])('recognises the link text %j', (text) => {
    const url = 'https://data.x.fr/';
    expect(findCharterCandidates(htmlDocument(`<a href="/legal/page-7">${text}</a>`, url), url)[0]?.url).toBe('https://data.x.fr/legal/page-7');
  });

  it('ignores javascript:, mailto:, hash-only and malformed links, and deduplicates', () => {
    const url = 'https://data.x.fr/';
    const doc = htmlDocument(
      `<a href="javascript:openCookies()">Charte cookies</a><a href="#cookies">Charte cookies</a><a href="mailto:a@b.c">Cookie policy</a>
       <a href="http://[bad">Cookie policy</a><a href="ftp://x/cookies">Cookie policy</a><a href="">Cookie policy</a><a>Cookie policy</a>
       <a href="/#cookies">Gestion des cookies</a>
       <footer><a href="/terms/cookies-policy/">Charte cookies</a><a href="/terms/cookies-policy/#top">Charte cookies</a></footer>`,
      url,
    );
    expect(urls(findCharterCandidates(doc, url))).toEqual(['https://data.x.fr/terms/cookies-policy/', 'https://data.x.fr/terms/cookies-information']);
  });

  it('names nothing for a page URL it cannot read, and never throws', () => {
    const doc = loadFixture('pages/plain.html');
    expect(findCharterCandidates(doc, 'not a url')).toEqual([]);
    expect(findCharterCandidates(doc, 'file:///tmp/x.html')).toEqual([]);
    expect(findCharterCandidates(htmlDocument('<a href="https://ok.test/cookies">x</a>'), '')).toEqual([]);
  });

  it('guesses without a language when the page has none', () => {
    const url = 'http://portal.test:8080/explore/';
    expect(urls(findCharterCandidates(htmlDocument('<p>x</p>', url), url))).toEqual([
      'http://portal.test:8080/terms/cookies-policy/',
      'http://portal.test:8080/terms/cookies-information',
    ]);
  });
});
