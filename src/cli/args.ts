/** Command-line arguments of `npm run charter` (docs/CONTRACTS.md, "CLI"). */

export type Format = 'json' | 'csv' | 'md';

export const USAGE = 'usage: npm run charter -- <charter.html|-> [--cookies <file>] [--url <page-url>] [--format json|csv|md]';

export const HELP = `${USAGE}

Reads a cookie charter page (a file, or - for stdin) and prints what it declares.
With --cookies, compares it with the cookies in <file> (a JSON array as cookies.getAll()
or Cookie-Editor export them, or a Netscape cookies.txt) and prints the report.

  --cookies <file>   cookie file to compare with the charter
  --url <page-url>   the portal page the cookies belong to (third-party decisions, links)
  --format <f>       json (default), csv or md
  --help             this text

Exit status: 0 success, 1 no cookie table in the page, 2 bad usage or unreadable input.`;

export type CliArgs = { kind: 'help' } | { kind: 'error'; message: string } | { kind: 'run'; charter: string; cookies?: string; url?: string; format: Format };

const FORMATS: readonly string[] = ['json', 'csv', 'md'];
const VALUED = new Set(['--cookies', '--url', '--format']);

/**
 * Parses argv (without node and the script); `--flag value` and `--flag=value` both work.
 * @example parseArgs(['charter.html', '--format', 'md']) // { kind: 'run', charter: 'charter.html', format: 'md' }
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const values = new Map<string, string>();
  const positional: string[] = [];
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!options || arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') options = false;
    else if (arg === '--help' || arg === '-h') return { kind: 'help' };
    else {
      const eq = arg.indexOf('=');
      const flag = eq > 0 ? arg.slice(0, eq) : arg;
      if (!VALUED.has(flag)) return { kind: 'error', message: `unknown option ${flag}` };
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') return { kind: 'error', message: `${flag} needs a value` };
      if (values.has(flag)) return { kind: 'error', message: `${flag} given twice` };
      values.set(flag, value);
    }
  }
  if (positional.length === 0) return { kind: 'error', message: 'missing the charter file (a path, or - for stdin)' };
  if (positional.length > 1) return { kind: 'error', message: `unexpected argument ${positional[1]}` };
  const format = values.get('--format') ?? 'json';
  if (!FORMATS.includes(format)) return { kind: 'error', message: `bad --format ${format} (json, csv or md)` };
  const args: CliArgs = { kind: 'run', charter: positional[0]!, format: format as Format };
  const cookies = values.get('--cookies');
  const url = values.get('--url');
  if (cookies !== undefined) args.cookies = cookies;
  if (url !== undefined) args.url = url;
  return args;
}
