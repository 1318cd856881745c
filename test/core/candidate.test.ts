import {
  judgeParsed,
  judgeResponse,
  readCandidate,
  searchFinding,
  type CandidateOutcome,
  type CandidateReader,
  type FetchedCandidate,
} from '../../src/core/candidate';
import type { ParseResult } from '../../src/core/charter/parse-charter';
import { sha256Hex } from '../../src/core/sha256';

const PAGE = 'https://data.x.fr/explore/';
const CHARTER = 'https://data.x.fr/terms/cookies-policy/';
const html = (over: Partial<Extract<FetchedCandidate, { ok: true }>> = {}): FetchedCandidate => ({
  ok: true,
  url: CHARTER,
  status: 200,
  contentType: 'text/html; charset=utf-8',
  html: '<table></table>',
  ...over,
});
const SOURCE = { url: CHARTER, fetchedAt: '2026-01-01T00:00:00.000Z', sha256: 'a'.repeat(64) };
const DECLARATION = { title: 'Charte cookies', url: CHARTER, entries: [] };
const TABLE: ParseResult = { kind: 'declaration', declaration: DECLARATION, tables: 1 };
const NO_TABLE: ParseResult = { kind: 'no-table', title: 'Connexion' };

describe('judgeResponse', () => {
  it.each<[string, FetchedCandidate, unknown]>([
    ['an HTML page', html(), { kind: 'parse', url: CHARTER, html: '<table></table>' }],
    ['XHTML', html({ contentType: 'application/xhtml+xml' }), { kind: 'parse', url: CHARTER, html: '<table></table>' }],
    [
      'a login page it was redirected to',
      html({ url: 'https://data.x.fr/login/' }),
      { kind: 'parse', url: 'https://data.x.fr/login/', html: '<table></table>' },
    ],
    ['404', html({ status: 404 }), { kind: 'absent' }],
    ['410', html({ status: 410 }), { kind: 'absent' }],
    ['403', html({ status: 403 }), { kind: 'error', message: 'the server answered HTTP 403' }],
    ['500', html({ status: 500 }), { kind: 'error', message: 'the server answered HTTP 500' }],
    ['a PDF', html({ contentType: 'application/pdf' }), { kind: 'error', message: 'not an HTML page (application/pdf)' }],
    ['no content type', html({ contentType: '' }), { kind: 'error', message: 'not an HTML page (no content type)' }],
    ['a network error', { ok: false, url: CHARTER, reason: 'network' }, { kind: 'error', message: 'network error, or a redirect to another site' }],
    ['a timeout', { ok: false, url: CHARTER, reason: 'timeout' }, { kind: 'error', message: 'no answer within 10 s' }],
    ['a page too large', { ok: false, url: CHARTER, reason: 'too-large' }, { kind: 'error', message: 'the page is too large to be a charter' }],
    ['another reason', { ok: false, url: CHARTER, reason: 'not valid UTF-8' }, { kind: 'error', message: 'not valid UTF-8' }],
    [
      'a redirect to loopback',
      html({ url: 'http://127.0.0.1/intranet' }),
      { kind: 'error', message: 'redirected to http://127.0.0.1/intranet, a loopback address, which the extension does not read' },
    ],
    [
      'a 404 from a private address',
      html({ url: 'http://10.0.0.1/x', status: 404 }),
      { kind: 'error', message: 'redirected to http://10.0.0.1/x, a private network address, which the extension does not read' },
    ],
    [
      'a redirect to an odd port',
      html({ url: 'https://data.x.fr:8443/' }),
      { kind: 'error', message: 'redirected to https://data.x.fr:8443/, a non-default port (8443), which the extension does not read' },
    ],
  ])('%s', (_name, page, verdict) => {
    expect(judgeResponse(CHARTER, PAGE, page, 10_000)).toEqual(verdict);
  });
});

describe('judgeParsed', () => {
  it.each<[string, string, ParseResult, CandidateOutcome]>([
    ['a table', CHARTER, TABLE, { kind: 'ok', declaration: DECLARATION, source: SOURCE }],
    ['a table after a redirect', 'https://www.x.fr/charte', TABLE, { kind: 'ok', declaration: DECLARATION, source: SOURCE }],
    ['no table at the address', CHARTER, NO_TABLE, { kind: 'no-table', title: 'Connexion', source: SOURCE }],
    [
      'no table where it was redirected',
      'https://data.x.fr/login/',
      NO_TABLE,
      { kind: 'error', message: 'redirected to https://data.x.fr/login/, which holds no cookie table' },
    ],
  ])('%s', (_name, finalUrl, parsed, outcome) => {
    expect(judgeParsed(CHARTER, finalUrl, parsed, SOURCE)).toEqual(outcome);
  });
});

describe('readCandidate', () => {
  const reader = (page: FetchedCandidate, parsed: ParseResult = TABLE) =>
    ({
      fetch: jest.fn(async (_url: string) => page),
      parse: jest.fn((_html: string, _url: string) => parsed),
      now: () => SOURCE.fetchedAt,
      timeoutMs: 10_000,
    }) satisfies CandidateReader;

  it('parses an HTML page and cites the SHA-256 of the text it read', async () => {
    const r = reader(html({ html: '<h1>Charte</h1>' }));
    expect(await readCandidate(CHARTER, PAGE, r)).toEqual({
      kind: 'ok',
      declaration: DECLARATION,
      source: { ...SOURCE, sha256: sha256Hex('<h1>Charte</h1>') },
    });
    expect(r.parse).toHaveBeenCalledWith('<h1>Charte</h1>', CHARTER);
  });

  it('never fetches an address the policy refuses', async () => {
    const r = reader(html());
    expect(await readCandidate('http://127.0.0.1/charte', PAGE, r)).toEqual({
      kind: 'error',
      message: 'http://127.0.0.1/charte is a loopback address, which the extension does not read',
    });
    expect(r.fetch).not.toHaveBeenCalled();
  });

  it('never parses a body from a refused final address', async () => {
    const r = reader(html({ url: 'http://[::1]/intranet' }));
    expect((await readCandidate(CHARTER, PAGE, r)).kind).toBe('error');
    expect(r.parse).not.toHaveBeenCalled();
  });
});

describe('searchFinding', () => {
  const ok: CandidateOutcome = { kind: 'ok', declaration: DECLARATION, source: SOURCE };
  const noTable: CandidateOutcome = { kind: 'no-table', title: 'Vide', source: SOURCE };
  const error = (message: string): CandidateOutcome => ({ kind: 'error', message });
  const absent: CandidateOutcome = { kind: 'absent' };
  const A = 'https://data.x.fr/a';
  const B = 'https://data.x.fr/b';
  const C = 'https://data.x.fr/c';

  it.each<[string, { url: string; outcome: CandidateOutcome }[], unknown]>([
    [
      'the charter read',
      [
        { url: A, outcome: absent },
        { url: B, outcome: ok },
      ],
      { status: 'ok', declaration: DECLARATION, tried: [A, B], ...SOURCE },
    ],
    [
      'the charter read after an error',
      [
        { url: A, outcome: error('HTTP 500') },
        { url: B, outcome: ok },
      ],
      { status: 'ok', declaration: DECLARATION, tried: [A, B], ...SOURCE },
    ],
    [
      'the first error, with every address tried',
      [
        { url: A, outcome: absent },
        { url: B, outcome: error('first') },
        { url: C, outcome: error('second') },
      ],
      { status: 'error', url: B, tried: [A, B, C], message: 'first' },
    ],
    [
      'a charter without a table',
      [
        { url: A, outcome: noTable },
        { url: B, outcome: error('later') },
      ],
      { status: 'no-table', title: 'Vide', tried: [A, B], ...SOURCE },
    ],
    [
      'nothing anywhere',
      [
        { url: A, outcome: absent },
        { url: B, outcome: absent },
      ],
      { status: 'not-found', tried: [A, B], message: 'no charter page answered at the usual addresses' },
    ],
    ['no address at all', [], { status: 'not-found', tried: [], message: 'no charter page answered at the usual addresses' }],
  ])('%s', (_name, results, finding) => {
    expect(searchFinding(results)).toEqual(finding);
  });
});
