import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCharterCli } from '../../src/cli/charter';
import { guessPageUrl, normalisePageUrl } from '../../src/cli/page-url';
import { USAGE } from '../../src/cli/args';
import { parseCsv } from '../../src/core/export/csv-format';
import type { Report } from '../../src/core/types';
import { FIXTURES, memoryIo, NOW_MS } from './io';

const CHARTER = 'fixtures/demo-charter.html';
const charterText = readFileSync(join(FIXTURES, 'demo-charter.html'), 'utf8');
const statuses = (report: Report) => report.rows.map((r) => `${r.status} ${r.observed?.name ?? r.declaredName ?? '-'} ${r.flags.join(',')}`.trim());

function run(argv: string[], files: Record<string, string> = {}, stdin = '') {
  const { io, out } = memoryIo(files, stdin);
  const code = runCharterCli(argv, io);
  return { code, ...out };
}

describe('runCharterCli: the declaration', () => {
  it("prints the declaration as JSON, with the file's own name (never its absolute path) as the charter URL", () => {
    const { code, stdout, stderr } = run([CHARTER]);
    expect([code, stderr]).toEqual([0, '']);
    const parsed = JSON.parse(stdout);
    expect(parsed.title).toBe('Cookies policy');
    expect(parsed.url).toBe('demo-charter.html');
    expect(parsed.entries.map((e: { names: string[] }) => e.names)).toEqual([
      ['sessionid'],
      ['csrftoken'],
      ['django_language'],
      ['cookies_preferences'],
      ['_pk_id.*'],
      ['_pk_ses.*'],
    ]);
    expect(Object.keys(parsed.entries[0])).toEqual([
      'names',
      'provider',
      'service',
      'purpose',
      'durationText',
      'maxAgeSeconds',
      'session',
      'conditional',
      'condition',
      'section',
      'category',
    ]);
  });

  it('reads the charter from stdin with -, and uses --url as its URL', () => {
    const { code, stdout } = run(['-', '--url', 'data.example.test/terms/cookies-policy/'], {}, charterText);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).url).toBe('https://data.example.test/terms/cookies-policy/');
    expect(JSON.parse(run(['-'], {}, charterText).stdout).url).toBe('');
  });

  it('prints CSV and Markdown', () => {
    const csv = run([CHARTER, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(parseCsv(csv.stdout).map((r) => r[0])).toEqual([
      'names',
      'sessionid',
      'csrftoken',
      'django_language',
      'cookies_preferences',
      '_pk_id.*',
      '_pk_ses.*',
    ]);
    const md = run([CHARTER, '--format=md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Cookies policy\n/);
    expect(md.stdout).toContain('| \\_pk\\_id.\\* | Matomo |');
  });
});

describe('runCharterCli: the report', () => {
  const expected = [
    'matched sessionid http-only',
    'matched csrftoken',
    'absent django_language conditional',
    'absent cookies_preferences',
    'matched _pk_id.1.abcd expiry-exceeds-declared,over-13-months',
    'matched _pk_ses.1.abcd',
    'undeclared ab_variant',
    'undeclared uid third-party,partitioned',
  ];

  it('compares with a getAll() JSON export and prints the popup’s JSON export shape', () => {
    const { code, stdout, stderr } = run([CHARTER, '--cookies', 'fixtures/data.example.test.json']);
    expect([code, stderr]).toEqual([0, '']);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed)).toEqual(['charterUrl', 'fetchedAt', 'charterSha256', 'extensionVersion', 'browser', 'source', 'report']);
    expect(parsed).toMatchObject({
      source: { kind: 'ods-charter', url: 'demo-charter.html' },
      charterUrl: 'demo-charter.html',
      fetchedAt: new Date(NOW_MS).toISOString(),
      charterSha256: createHash('sha256').update(charterText).digest('hex'),
      extensionVersion: '9.9.9',
      browser: 'cli',
    });
    const report: Report = parsed.report;
    expect(report.pageUrl).toBe('https://data.example.test/');
    expect(report.comparedAt).toBe(NOW_MS / 1000);
    expect(statuses(report)).toEqual(expected);
    expect(report.summary).toEqual({ declared: 6, observed: 6, matched: 4, undeclared: 2, absent: 2, vague: 0, unnamed: 0 });
    expect(stdout).not.toContain('k7s9d8f7g6h5j4k3l2m1n0b9v8c7x6z5');
    expect(stdout).not.toMatch(/"value"/);
  });

  it('reads a Netscape cookies.txt the same way (it has no partitions)', () => {
    const { code, stdout } = run([CHARTER, '--cookies', 'fixtures/data.example.test.cookies.txt']);
    expect(code).toBe(0);
    expect(statuses(JSON.parse(stdout).report)).toEqual(expected.map((s) => s.replace(',partitioned', '')));
  });

  it('decides readableByPage and third-party against --url', () => {
    const { stdout } = run([CHARTER, '--cookies', 'fixtures/data.example.test.json', '--url', 'https://tracker.other.test/']);
    const report: Report = JSON.parse(stdout).report;
    const byName = new Map(report.rows.filter((r) => r.observed).map((r) => [r.observed!.name, r.observed!]));
    expect(byName.get('uid')).toMatchObject({ thirdParty: false, readableByPage: true });
    expect(byName.get('csrftoken')).toMatchObject({ thirdParty: true, readableByPage: false });
    expect(byName.get('sessionid')!.readableByPage).toBe(false);
  });

  it('prints the report as CSV and Markdown', () => {
    const csv = run([CHARTER, '--cookies', 'fixtures/data.example.test.json', '--format', 'csv']);
    expect(
      parseCsv(csv.stdout)
        .slice(1)
        .map((r) => `${r[0]} ${r[2]}`),
    ).toEqual(expected.map((s) => s.split(' ').slice(0, 2).join(' ')));
    const md = run([CHARTER, '--cookies', 'fixtures/data.example.test.json', '--format', 'md']);
    expect(md.stdout).toContain('**Summary:** 6 declared, 6 observed: 4 matched, 2 undeclared, 2 absent, 0 vague, 0 unnamed.');
    expect(md.stdout).toContain('- Cookie Charter 9.9.9 (cli)');
  });

  it('reads the cookies from stdin with --cookies -', () => {
    const json = readFileSync(join(FIXTURES, 'data.example.test.json'), 'utf8');
    const { code, stdout } = run([CHARTER, '--cookies', '-'], {}, json);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).report.summary.observed).toBe(6);
  });
});

describe('runCharterCli: exit codes and messages', () => {
  const NO_TABLE = '<html><head><title>Mentions légales</title></head><body><h1>Mentions</h1><p>Rien.</p></body></html>';

  it.each([
    ['no argument', [], 'missing the charter file (a path, or - for stdin)'],
    ['an unknown flag', [CHARTER, '--verbose'], 'unknown option --verbose'],
    ['a bad --format', [CHARTER, '--format', 'xml'], 'bad --format xml (json, csv or md)'],
    ['a bad --url', [CHARTER, '--url', 'http://'], 'bad --url http://'],
    ['an unreadable charter', ['nope.html'], "cannot read charter nope.html: ENOENT: no such file or directory, open 'nope.html'"],
    [
      'an unreadable cookie file',
      [CHARTER, '--cookies', 'nope.json'],
      "cannot read cookie file nope.json: ENOENT: no such file or directory, open 'nope.json'",
    ],
    ['an invalid cookie file', [CHARTER, '--cookies', 'bad.txt'], 'invalid cookie file bad.txt: line 2: expected 7 tab-separated fields'],
    ['a JSON object', [CHARTER, '--cookies', 'obj.json'], 'invalid cookie file obj.json: not a JSON array of cookies'],
    ['both inputs on stdin', ['-', '--cookies', '-'], 'the charter and the cookies cannot both come from stdin'],
  ])('exits 2 on %s, with one message line and the usage line', (_label, argv, message) => {
    const { code, stdout, stderr } = run(argv, { 'bad.txt': '# cookies\nx.test\tFALSE\n', 'obj.json': '{"name":"a"}' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`cookie-charter: ${message}\n${USAGE}\n`);
  });

  it('exits 1 when the page holds no cookie table, naming the file and its title', () => {
    const { code, stdout, stderr } = run(['legal.html'], { 'legal.html': NO_TABLE });
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toBe('cookie-charter: no cookie table found in legal.html ("Mentions légales")\n');
    expect(run(['-'], {}, '').stderr).toBe('cookie-charter: no cookie table found in stdin\n');
  });

  it('prints the help on stdout and exits 0', () => {
    const { code, stdout, stderr } = run(['--help']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.startsWith(USAGE)).toBe(true);
    expect(stdout).toContain('Exit status: 0 success, 1 no cookie table in the page, 2 bad usage or unreadable input.');
  });

  it('turns any unexpected failure into exit 2 and one line, never a stack trace', () => {
    const { io, out } = memoryIo({ 'c.html': charterText });
    io.parseHtml = () => {
      throw new Error('parser exploded\n    at somewhere (file.js:1:1)');
    };
    expect(runCharterCli(['c.html'], io)).toBe(2);
    expect(out.stderr).toBe(`cookie-charter: cannot parse c.html as HTML: parser exploded\n${USAGE}\n`);
    const broken = memoryIo().io;
    broken.stdout = () => {
      throw new TypeError('EPIPE\nstack');
    };
    let err = '';
    broken.stderr = (s) => {
      err += s;
    };
    expect(runCharterCli([CHARTER], broken)).toBe(2);
    expect(err).toBe(`cookie-charter: unexpected error: EPIPE\n${USAGE}\n`);
  });
});

const c = (domain: string) => ({ domain });

describe('guessPageUrl', () => {
  it.each([
    [[], ''],
    [[c('.tracker.other.test'), c('data.example.test'), c('.example.test')], 'https://data.example.test/'],
    [[c('.Example.TEST'), c('tracker.other.test')], 'https://example.test/'],
    [[c('')], ''],
  ])('%j → %s', (cookies, url) => expect(guessPageUrl(cookies)).toBe(url));
});

describe('normalisePageUrl', () => {
  it.each([
    ['https://data.example.test/explore/', 'https://data.example.test/explore/'],
    ['data.example.test', 'https://data.example.test/'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/'],
    ['http://', ''],
    ['https://exa mple.test/', ''],
  ])('%s → %s', (input, output) => expect(normalisePageUrl(input)).toBe(output));
});
