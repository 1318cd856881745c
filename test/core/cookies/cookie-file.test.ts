import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCookieFile } from '../../../src/core/cookies/cookie-file';
import { normaliseSameSite } from '../../../src/core/cookies/raw-cookie';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/cookies', name), 'utf8');
const ok = (text: string) => {
  const result = parseCookieFile(text);
  if (!result.ok) throw new Error(result.error);
  return result.cookies;
};

describe('parseCookieFile: JSON', () => {
  it('reads a cookies.getAll() export', () => {
    const cookies = ok(fixture('data.example.test.json'));
    expect(cookies.map((c) => c.name)).toEqual(['sessionid', 'csrftoken', '_pk_id.1.abcd', '_pk_ses.1.abcd', 'ab_variant', 'uid']);
    expect(cookies[0]).toMatchObject({ httpOnly: true, hostOnly: true, secure: true, sameSite: 'lax', expirationDate: 1796601600 });
    expect(cookies[4]).toMatchObject({ session: true, path: '/explore/' });
    expect(cookies[4]).not.toHaveProperty('expirationDate');
    expect(cookies[5]!.partitionKey).toEqual({ topLevelSite: 'https://example.test' });
  });

  it('reads a Cookie-Editor export (null sameSite and storeId, "Lax", "None")', () => {
    const cookies = ok(fixture('cookie-editor-export.json'));
    expect(cookies.map((c) => [c.name, normaliseSameSite(c.sameSite), c.session, c.storeId])).toEqual([
      ['_ga', 'unspecified', false, '0'],
      ['sessionid', 'lax', true, '0'],
      ['consent', 'no_restriction', false, '0'],
    ]);
  });

  it.each([
    [
      'other key casings and spellings',
      '[{"Name":"a","Host":".x.test","HttpOnly":"TRUE","SameSite":"Strict","Expires":1900000000}]',
      {
        name: 'a',
        domain: '.x.test',
        hostOnly: false,
        httpOnly: true,
        sameSite: 'Strict',
        session: false,
        expirationDate: 1900000000,
      },
    ],
    ['Puppeteer session cookie (expires -1)', '[{"name":"a","value":"v","domain":"x.test","expires":-1}]', { session: true, hostOnly: true, path: '/' }],
    ['milliseconds', '[{"name":"a","domain":"x.test","expirationDate":1900000000000}]', { expirationDate: 1900000000 }],
    ['a date string', '[{"name":"a","domain":"x.test","expires":"2030-01-01T00:00:00Z"}]', { expirationDate: 1893456000 }],
    ['a numeric value', '[{"name":"a","domain":"x.test","value":42}]', { value: '42' }],
    ['{ "cookies": [...] }', '{"cookies":[{"name":"a","domain":"x.test"}]}', { name: 'a' }],
    ['a first-party domain (Firefox)', '[{"name":"a","domain":"x.test","firstPartyDomain":"x.test"}]', { firstPartyDomain: 'x.test' }],
  ])('accepts %s', (_label, text, expected) => {
    expect(ok(text)[0]).toMatchObject(expected);
  });

  it('accepts an empty array and a byte-order mark', () => {
    expect(ok('[]')).toEqual([]);
    expect(ok('\uFEFF[{"name":"a","domain":"x.test"}]')).toHaveLength(1);
  });

  it.each([
    ['{"a":1}', 'not a JSON array of cookies'],
    ['{"cookies": 3}', 'not a JSON array of cookies'],
    ['[1, 2', /^not a JSON array of cookies \(.+\)$/],
    ['[1]', 'cookie 1: not an object'],
    ['[{"name":"a","domain":"x.test"}, null]', 'cookie 2: not an object'],
    ['[{"domain":"x.test"}]', 'cookie 1: "name" must be a string'],
    ['[{"name":"a"}]', 'cookie 1 (a): missing "domain"'],
    ['', 'empty cookie file'],
    ['  \n ', 'empty cookie file'],
  ])('rejects %j with a one-line error', (text, error) => {
    const result = parseCookieFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toEqual(typeof error === 'string' ? error : expect.stringMatching(error));
      expect(result.error).not.toMatch(/\n/);
    }
  });
});

describe('parseCookieFile: Netscape cookies.txt', () => {
  it('reads the fixture: #HttpOnly_, includeSubdomains, session expiry 0', () => {
    const cookies = ok(fixture('data.example.test.cookies.txt'));
    expect(cookies.map((c) => [c.name, c.domain, c.hostOnly, c.httpOnly, c.secure, c.session])).toEqual([
      ['sessionid', 'data.example.test', true, true, true, false],
      ['csrftoken', 'data.example.test', true, false, false, false],
      ['_pk_id.1.abcd', '.example.test', false, false, false, false],
      ['_pk_ses.1.abcd', '.example.test', false, false, false, false],
      ['ab_variant', 'data.example.test', true, false, false, true],
      ['uid', '.tracker.other.test', false, false, true, false],
    ]);
    expect(cookies[0]).toMatchObject({ expirationDate: 1796601600, value: 'k7s9d8f7g6h5j4k3l2m1n0b9v8c7x6z5', path: '/' });
    expect(cookies[4]).not.toHaveProperty('expirationDate');
  });

  it.each([
    ['curl style: domain cookie without a leading dot', 'example.test\tTRUE\t/\tFALSE\t0\ta\tb', { domain: '.example.test', hostOnly: false }],
    ['CRLF line ends and lower-case flags', 'x.test\tfalse\t/\ttrue\t1900000000\ta\tb\r\n', { secure: true, expirationDate: 1900000000 }],
    ['an empty value (6 fields)', 'x.test\tFALSE\t/\tFALSE\t0\ta', { name: 'a', value: '' }],
    ['spaces instead of tabs', 'x.test FALSE / FALSE 0 a b', { name: 'a', value: 'b' }],
    ['a value holding a tab', 'x.test\tFALSE\t/\tFALSE\t0\ta\tb\tc', { value: 'b\tc' }],
  ])('accepts %s', (_label, text, expected) => {
    expect(ok(text)[0]).toMatchObject(expected);
  });

  it('skips comments and blank lines; a header-only file holds no cookie', () => {
    expect(ok('# Netscape HTTP Cookie File\n\n# nothing\n')).toEqual([]);
  });

  it.each([
    ['x.test\tFALSE\t/', 'line 1: expected 7 tab-separated fields'],
    ['# c\n\nx.test\tFALSE\t/', 'line 3: expected 7 tab-separated fields'],
    ['hello', 'line 1: expected 7 tab-separated fields'],
    ['x.test\tMAYBE\t/\tFALSE\t0\ta\tb', 'line 1: includeSubdomains must be TRUE or FALSE'],
    ['x.test\tFALSE\t/\tYES\t0\ta\tb', 'line 1: secure must be TRUE or FALSE'],
    ['x.test\tFALSE\t/\tFALSE\tsoon\ta\tb', 'line 1: expiry must be a number of seconds'],
    ['\tFALSE\t/\tFALSE\t0\ta\tb', 'line 1: empty domain'],
  ])('rejects %j: %s', (text, error) => {
    expect(parseCookieFile(text)).toEqual({ ok: false, error });
  });
});

describe('normaliseSameSite', () => {
  it.each([
    ['no_restriction', 'no_restriction'],
    ['None', 'no_restriction'],
    ['lax', 'lax'],
    ['Lax', 'lax'],
    ['Strict', 'strict'],
    ['unspecified', 'unspecified'],
    [null, 'unspecified'],
    [undefined, 'unspecified'],
    [3, 'unspecified'],
  ])('%p → %s', (input, output) => expect(normaliseSameSite(input)).toBe(output));
});
