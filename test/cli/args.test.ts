import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it.each([
    [['c.html'], { kind: 'run', charter: 'c.html', format: 'json' }],
    [['-'], { kind: 'run', charter: '-', format: 'json' }],
    [
      ['c.html', '--cookies', 'k.json', '--url', 'https://x.test/', '--format', 'csv'],
      {
        kind: 'run',
        charter: 'c.html',
        cookies: 'k.json',
        url: 'https://x.test/',
        format: 'csv',
      },
    ],
    [['--format=md', 'c.html', '--cookies=k.txt'], { kind: 'run', charter: 'c.html', cookies: 'k.txt', format: 'md' }],
    [['c.html', '--cookies', '-'], { kind: 'run', charter: 'c.html', cookies: '-', format: 'json' }],
    [['--', '-odd-name.html'], { kind: 'run', charter: '-odd-name.html', format: 'json' }],
    [['c.html', '--help'], { kind: 'help' }],
    [['-h'], { kind: 'help' }],
  ])('%j', (argv, expected) => expect(parseArgs(argv)).toEqual(expected));

  it.each([
    [[], 'missing the charter file (a path, or - for stdin)'],
    [['a.html', 'b.html'], 'unexpected argument b.html'],
    [['c.html', '--verbose'], 'unknown option --verbose'],
    [['c.html', '-x'], 'unknown option -x'],
    [['c.html', '--cookies'], '--cookies needs a value'],
    [['c.html', '--url='], '--url needs a value'],
    [['c.html', '--format', 'xml'], 'bad --format xml (json, csv or md)'],
    [['c.html', '--format', 'csv', '--format', 'md'], '--format given twice'],
  ])('%j → %s', (argv, message) => expect(parseArgs(argv)).toEqual({ kind: 'error', message }));
});
