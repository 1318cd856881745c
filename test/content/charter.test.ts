/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://data.example.fr/explore/"}
 */
// The content script's charter search, with fetchPage stubbed and the background faked: which
// address is fetched where (here or by the background) and with which credentials, and the
// live page read once. The real proof is test/e2e/requests.test.ts in both browsers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextEncoder } from 'node:util';
import { fakeBrowser } from '../fakes/browser';
import { findCharter, findLiveCharter } from '../../src/content/charter';
import type { CandidateOutcome } from '../../src/core/candidate';
import { parseCharter } from '../../src/core/charter/parse-charter';
import { MAX_CANDIDATES } from '../../src/core/discovery';
import { sha256Hex } from '../../src/core/sha256';
import type { FetchedPage } from '../../src/contracts/messages';
import { fetchPage } from '../../src/platform/fetch-page';

jest.mock('../../src/platform/fetch-page', () => ({ fetchPage: jest.fn() }));
const fetched = jest.mocked(fetchPage);
// jsdom lacks TextEncoder, which the SHA-256 uses (browsers have it).
(globalThis as { TextEncoder?: unknown }).TextEncoder ??= TextEncoder;

const ORIGIN = 'https://data.example.fr';
const TABLE =
  '<h2>Charte cookies</h2><table><thead><tr><th>Supplier name</th><th>Cookie name</th><th>Duration</th><th>Function</th></tr></thead><tbody><tr><td>Huwise</td><td>sessionid</td><td>2 weeks</td><td>Session</td></tr></tbody></table>';
const notFound = (url: string): FetchedPage => ({ ok: true, url, status: 404, contentType: 'text/html', html: '<h1>Introuvable</h1>' });
const charterAt = (url: string, html = TABLE): FetchedPage => ({ ok: true, url, status: 200, contentType: 'text/html', html });

/** What the fake background was asked for, and what it answers. */
let askedBackground: unknown[] = [];
let backgroundAnswer: (url: string) => CandidateOutcome | Promise<CandidateOutcome> = () => ({ kind: 'absent' });

function showPage(html: string, path = '/explore/'): void {
  history.replaceState(null, '', path);
  document.open();
  document.write(html);
  document.close();
}

beforeEach(() => {
  fakeBrowser.reset();
  jest.clearAllMocks();
  askedBackground = [];
  backgroundAnswer = () => ({ kind: 'absent' });
  fetched.mockImplementation(async (url) => notFound(url));
  fakeBrowser.browser.runtime.onMessage.addListener((message) => {
    const { type, payload } = message as { type: string; payload: { url: string } };
    if (type !== 'fetch-charter') return undefined;
    askedBackground.push(payload);
    return Promise.resolve(backgroundAnswer(payload.url));
  });
});

describe('findCharter', () => {
  it("fetches same-origin candidates here, with cookies only for the charter's own addresses, and others by the background", async () => {
    showPage(
      `<p><a href="/pages/cookies/">Consulter la charte des cookies</a></p>
       <footer class="ods-front-footer"><a href="/terms/cookies-policy/?flg=fr">Charte cookies</a><a href="https://www.example.fr/cookies">Politique de cookies</a></footer>`,
    );
    const finding = await findCharter();
    expect(fetched.mock.calls).toEqual([
      [`${ORIGIN}/terms/cookies-policy/?flg=fr`, 'same-origin'],
      [`${ORIGIN}/pages/cookies/`, 'omit'],
      [`${ORIGIN}/terms/cookies-policy/`, 'same-origin'],
      [`${ORIGIN}/terms/cookies-information`, 'same-origin'],
    ]);
    expect(askedBackground).toEqual([{ url: 'https://www.example.fr/cookies' }]);
    expect(finding).toEqual({
      status: 'not-found',
      // the administrator's link elsewhere is tried before the guessed addresses
      tried: [
        `${ORIGIN}/terms/cookies-policy/?flg=fr`,
        `${ORIGIN}/pages/cookies/`,
        'https://www.example.fr/cookies',
        `${ORIGIN}/terms/cookies-policy/`,
        `${ORIGIN}/terms/cookies-information`,
      ],
      message: 'no charter page answered at the usual addresses',
    });
  });

  it('stops at the first charter read, citing the SHA-256 of the text it read', async () => {
    showPage('<footer><a href="/terms/cookies-policy/">Charte cookies</a></footer>');
    fetched.mockImplementation(async (url) => charterAt(url));
    const finding = await findCharter();
    expect(finding).toMatchObject({
      status: 'ok',
      url: `${ORIGIN}/terms/cookies-policy/`,
      sha256: sha256Hex(TABLE),
      tried: [`${ORIGIN}/terms/cookies-policy/`],
    });
    expect(fetched).toHaveBeenCalledTimes(1);
    expect(askedBackground).toEqual([]);
  });

  it("takes the background's reading of a charter elsewhere", async () => {
    showPage('<footer><a href="https://www.example.fr/cookies">Charte cookies</a></footer>');
    const source = { url: 'https://www.example.fr/cookies', fetchedAt: '2026-01-01T00:00:00.000Z', sha256: 'b'.repeat(64) };
    const declaration = { title: 'Charte', url: source.url, entries: [] };
    backgroundAnswer = () => ({ kind: 'ok', declaration, source });
    // The footer's link elsewhere comes before the guesses: it is read first, and nothing else is asked.
    expect(await findCharter()).toEqual({ status: 'ok', declaration, tried: [source.url], ...source });
    expect(fetched).not.toHaveBeenCalled();
  });

  it(`tries at most ${MAX_CANDIDATES} addresses for a page of 1,000 charter links, none on loopback`, async () => {
    const hosts = ['127.0.0.1', 'www.example.fr', '[::1]', 'data.example.fr'];
    showPage(`<footer>${Array.from({ length: 1000 }, (_, i) => `<a href="http://${hosts[i % 4]}/charte-${i}">Charte cookies</a>`).join('')}</footer>`);
    const finding = await findCharter();
    const requested = [...fetched.mock.calls.map(([url]) => url), ...askedBackground.map((p) => (p as { url: string }).url)];
    expect(requested.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(requested.filter((url) => /127\.0\.0\.1|\[::1\]/.test(url))).toEqual([]);
    expect(finding.tried).toEqual(expect.arrayContaining(requested));
  });

  it('never reads a same-origin answer that came from a loopback address', async () => {
    showPage('<p>portal</p>');
    fetched.mockImplementation(async () => charterAt('http://127.0.0.1/intranet', TABLE.replace('sessionid', 'intranet_secret')));
    const finding = await findCharter();
    expect(finding).toMatchObject({
      status: 'error',
      url: `${ORIGIN}/terms/cookies-policy/`,
      message: 'redirected to http://127.0.0.1/intranet, a loopback address, which the extension does not read',
    });
    expect(JSON.stringify(finding)).not.toContain('intranet_secret');
  });

  it('goes on past a candidate the background refuses', async () => {
    showPage('<footer><a href="https://www.example.fr/a">Charte cookies</a><a href="https://www.example.fr/b">Charte cookies</a></footer>');
    backgroundAnswer = (url) => (url.endsWith('/a') ? Promise.reject(new Error('refused: no')) : { kind: 'absent' });
    const finding = await findCharter();
    expect(askedBackground).toEqual([{ url: 'https://www.example.fr/a' }, { url: 'https://www.example.fr/b' }]);
    expect(finding).toMatchObject({ status: 'error', url: 'https://www.example.fr/a', message: 'refused: no' });
  });
});

describe('findLiveCharter', () => {
  const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
  /** What it gave before parsing the live page once: the serialised page, parsed again. */
  const reparsed = () => parseCharter(new DOMParser().parseFromString(document.documentElement.outerHTML, 'text/html'), location.href);

  it.each([
    'charters/template-new-fr.html',
    'charters/data.laregion.fr.html',
    'charters/rowspan-colspan.html',
    'charters/multi-section.html',
    'charters/names-forms.html',
    'charters/no-cookie-table.html',
  ])('reads %s as it did when it parsed the page twice', (name) => {
    showPage(fixture(name), '/terms/cookies-policy/');
    const parse = jest.spyOn(DOMParser.prototype, 'parseFromString');
    const finding = findLiveCharter();
    expect(parse).not.toHaveBeenCalled(); // the live document is read as it is, once
    parse.mockRestore();
    const before = reparsed();
    expect(finding).toMatchObject({
      url: `${ORIGIN}/terms/cookies-policy/`,
      sha256: sha256Hex(document.documentElement.outerHTML),
      tried: [`${ORIGIN}/terms/cookies-policy/`],
    });
    if (before.kind === 'declaration') expect(finding).toMatchObject({ status: 'ok', declaration: before.declaration });
    else expect(finding).toMatchObject({ status: 'no-table', title: before.title });
  });

  it('reads any page with a cookie table, and no other page', () => {
    showPage(`<main>${TABLE}</main>`, '/pages/cookies/');
    expect(findLiveCharter()).toMatchObject({ status: 'ok', url: `${ORIGIN}/pages/cookies/` });
    showPage('<main><p>Bienvenue</p></main>', '/explore/');
    expect(findLiveCharter()).toBeUndefined();
  });
});
