import { findCharterCandidates } from '../../src/core/discovery';
import { htmlDocument, loadFixture } from './charter/load';

describe('findCharterCandidates', () => {
  it('puts the footer link first, then the guessed paths with the page language', () => {
    const url = 'https://data.example.fr/explore/?flg=en-gb';
    expect(findCharterCandidates(loadFixture('pages/portal-home.html', url), url)).toEqual([
      'https://data.example.fr/terms/cookies-policy/?flg=fr',
      'https://data.example.fr/terms/cookies-policy/?flg=en-gb',
      'https://data.example.fr/terms/cookies-information?flg=en-gb',
    ]);
  });

  it('follows a footer link to a page elsewhere before guessing', () => {
    const url = 'https://opendata.metropole.example/';
    expect(findCharterCandidates(loadFixture('pages/portal-home-external-charter.html', url), url)).toEqual([
      'https://www.metropole.example/politique-de-confidentialite/',
      'https://opendata.metropole.example/terms/cookies-policy/',
      'https://opendata.metropole.example/terms/cookies-information',
    ]);
  });

  it('ranks footer links, then charter words anywhere, then charter addresses', () => {
    const url = 'https://data.x.fr/explore/dataset/pop/?flg=fr&q=a';
    const doc = htmlDocument(
      `<a href="/pages/cookies-et-traceurs/">En savoir plus</a>
       <div class="banner"><a href="https://legal.x.fr/charte">Consulter la charte des cookies</a></div>
       <a href="/p/cookie">Cookie charter</a>
       <footer><a href="/pages/politique-de-cookies/">Politique de cookies</a><a href="/pages/a-propos/">À propos</a></footer>`,
      url,
    );
    expect(findCharterCandidates(doc, url)).toEqual([
      'https://data.x.fr/pages/politique-de-cookies/',
      'https://legal.x.fr/charte',
      'https://data.x.fr/p/cookie',
      'https://data.x.fr/pages/cookies-et-traceurs/',
      'https://data.x.fr/terms/cookies-policy/?flg=fr',
      'https://data.x.fr/terms/cookies-information?flg=fr',
    ]);
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
    expect(findCharterCandidates(htmlDocument(`<a href="/legal/page-7">${text}</a>`, url), url)[0]).toBe('https://data.x.fr/legal/page-7');
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
    expect(findCharterCandidates(doc, url)).toEqual(['https://data.x.fr/terms/cookies-policy/', 'https://data.x.fr/terms/cookies-information']);
  });

  it('guesses nothing for a page URL it cannot read, and never throws', () => {
    const doc = loadFixture('pages/plain.html');
    expect(findCharterCandidates(doc, 'not a url')).toEqual([]);
    expect(findCharterCandidates(doc, 'file:///tmp/x.html')).toEqual([]);
    expect(findCharterCandidates(htmlDocument('<a href="https://ok.test/cookies">x</a>'), '')).toEqual(['https://ok.test/cookies']);
  });

  it('guesses without a language when the page has none', () => {
    const url = 'http://portal.test:8080/explore/';
    expect(findCharterCandidates(htmlDocument('<p>x</p>', url), url)).toEqual([
      'http://portal.test:8080/terms/cookies-policy/',
      'http://portal.test:8080/terms/cookies-information',
    ]);
  });
});
