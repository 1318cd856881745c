import { HELP, parseAuditArgs, parseResolve } from '../../src/cli/audit/args';

describe('parseAuditArgs', () => {
  it('gives the defaults for URLs alone', () => {
    expect(parseAuditArgs(['https://a.test/', 'b.test'])).toEqual({
      kind: 'run',
      urls: ['https://a.test/', 'b.test'],
      urlsFile: null,
      out: 'audit-out',
      scenarios: ['first-visit', 'refuse', 'accept'],
      concurrency: 2,
      resolve: [],
      shard: null,
      resume: false,
      failOn: null,
    });
  });

  it('reads every flag, in both spellings', () => {
    const args = parseAuditArgs([
      '--urls',
      'list.txt',
      '--out=o',
      '--scenarios',
      'accept,first-visit',
      '--concurrency=4',
      '--resolve',
      '*.test=127.0.0.1',
      '--resolve=x.example=::1',
      '--shard',
      '2/3',
      '--resume',
      '--fail-on',
      'violation',
    ]);
    expect(args).toEqual({
      kind: 'run',
      urls: [],
      urlsFile: 'list.txt',
      out: 'o',
      scenarios: ['first-visit', 'accept'], // canonical order, whatever order was given
      concurrency: 4,
      resolve: [
        { host: '*.test', ip: '127.0.0.1' },
        { host: 'x.example', ip: '::1' },
      ],
      shard: { index: 2, count: 3 },
      resume: true,
      failOn: 'violation',
    });
  });

  it.each([
    [[], 'no URL given (give URLs, or --urls <file>)'],
    [['a.test', '--bogus'], 'unknown option --bogus'],
    [['a.test', '--out'], '--out needs a value'],
    [['a.test', '--out', 'x', '--out', 'y'], '--out given twice'],
    [['a.test', '--scenarios', 'first-visit,later'], 'bad --scenarios later (first-visit, refuse, accept)'],
    [['a.test', '--scenarios', 'refuse,'], 'bad --scenarios (empty) (first-visit, refuse, accept)'],
    [['a.test', '--concurrency', '0'], 'bad --concurrency 0 (1 to 16)'],
    [['a.test', '--concurrency', '17'], 'bad --concurrency 17 (1 to 16)'],
    [['a.test', '--concurrency', '2.5'], 'bad --concurrency 2.5 (1 to 16)'],
    [['a.test', '--shard', '0/2'], 'bad --shard 0/2 (i/n with 1 <= i <= n, e.g. 1/4)'],
    [['a.test', '--shard', '3/2'], 'bad --shard 3/2 (i/n with 1 <= i <= n, e.g. 1/4)'],
    [['a.test', '--shard', '1/0'], 'bad --shard 1/0 (i/n with 1 <= i <= n, e.g. 1/4)'],
    [['a.test', '--shard', '1-2'], 'bad --shard 1-2 (i/n with 1 <= i <= n, e.g. 1/4)'],
    [['a.test', '--fail-on', 'to-check'], 'bad --fail-on to-check (only: violation)'],
    [['a.test', '--resume=yes'], '--resume takes no value'],
    [['a.test', '--resolve', 'a.test'], 'bad --resolve a.test (expected <host>=<ip>)'],
    [['a.test', '--resolve', 'a b=1.2.3.4'], 'bad --resolve host a b'],
    [['a.test', '--resolve', 'a.test=999.1.1.1'], 'bad --resolve address 999.1.1.1 (an IPv4 or IPv6 address)'],
    [['merge'], 'merge: no folder given (merge <dir>... [--out <dir>])'],
    [['merge', 'a', '--shard', '1/2'], 'merge: unknown option --shard'],
  ])('refuses %j: %s', (argv, message) => {
    expect(parseAuditArgs(argv)).toEqual({ kind: 'error', message });
  });

  it('answers --help (also after other flags) and documents the 1-based shard', () => {
    expect(parseAuditArgs(['a.test', '--help'])).toEqual({ kind: 'help' });
    expect(parseAuditArgs(['merge', '-h'])).toEqual({ kind: 'help' });
    expect(HELP).toContain('1-based');
    for (const flag of ['--urls', '--out', '--scenarios', '--concurrency', '--resolve', '--shard', '--resume', '--fail-on', 'merge'])
      expect(HELP).toContain(flag);
  });

  it('takes positional arguments after -- as URLs', () => {
    expect(parseAuditArgs(['--', '--odd.test'])).toMatchObject({ kind: 'run', urls: ['--odd.test'] });
  });

  it('reads merge folders and its --out', () => {
    expect(parseAuditArgs(['merge', 'a', 'b', '--out', 'm'])).toEqual({ kind: 'merge', dirs: ['a', 'b'], out: 'm' });
    expect(parseAuditArgs(['merge', 'a'])).toEqual({ kind: 'merge', dirs: ['a'], out: 'audit-merged' });
  });
});

describe('parseResolve', () => {
  it('lower-cases the host and keeps IPv6', () => {
    expect(parseResolve('Data.Example.TEST=[::1]')).toEqual({ host: 'data.example.test', ip: '[::1]' });
  });
});
