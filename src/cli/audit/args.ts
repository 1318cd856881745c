/** Command-line arguments of `npm run audit` (docs/CONTRACTS.md, "Batch audit"). */
import { SCENARIOS, type Scenario } from './types';

export const USAGE = `usage: npm run audit -- <url>... [--urls <file>] [--out <dir>] [--scenarios first-visit,refuse,accept]
         [--concurrency <n>] [--resolve <host>=<ip>] [--shard <i>/<n>] [--resume] [--fail-on violation]
       npm run audit -- merge <dir>... [--out <dir>]`;

export const HELP = `${USAGE}

Audits each site's consent behaviour with the built extension (dist/chrome) in headless Chromium,
one fresh profile per site and scenario, and writes <out>/sites/<host>.json, <out>/summary.json,
<out>/summary.csv and <out>/index.html.

  --urls <file>         more URLs, one per line (# comments and blank lines allowed)
  --out <dir>           output folder (default: audit-out; merge: audit-merged)
  --scenarios <list>    comma list of first-visit, refuse, accept (default: all three)
  --concurrency <n>     sites audited at once, 1 to 16 (default: 2)
  --resolve <host>=<ip> send <host> (or *.<domain>) to <ip>; repeatable
  --shard <i>/<n>       audit only shard i of n (1-based: 1/4 ... 4/4), split by a SHA-256 hash of the host
  --resume              skip sites whose file is already in <out>/sites
  --fail-on violation   exit 3 when a violation was found
  --help                this text

merge <dir>... joins the outputs of several runs (shards) into one summary and index.html.

Exit status: 0 every site audited; 1 some could not be (listed on stderr) or the run was interrupted;
2 bad usage; 3 with --fail-on violation when a violation was found (before 1).`;

export interface RunArgs {
  kind: 'run';
  urls: string[];
  urlsFile: string | null;
  out: string;
  scenarios: Scenario[];
  concurrency: number;
  resolve: { host: string; ip: string }[];
  shard: { index: number; count: number } | null;
  resume: boolean;
  failOn: 'violation' | null;
}

export interface MergeArgs {
  kind: 'merge';
  dirs: string[];
  out: string;
}

export type AuditArgs = { kind: 'help' } | { kind: 'error'; message: string } | RunArgs | MergeArgs;

const VALUED = new Set(['--urls', '--out', '--scenarios', '--concurrency', '--resolve', '--shard', '--fail-on']);
const REPEATABLE = new Set(['--resolve']);
const BOOLEAN = new Set(['--resume']);
const HOST_PATTERN = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6 = /^\[?[0-9a-f:.]*:[0-9a-f:.]*\]?$/i;

const error = (message: string): AuditArgs => ({ kind: 'error', message });

/** `--resolve host=ip`, validated: a host name or `*.domain`, an IPv4 or IPv6 address. */
export function parseResolve(value: string): { host: string; ip: string } | string {
  const eq = value.indexOf('=');
  if (eq <= 0) return `bad --resolve ${value} (expected <host>=<ip>)`;
  const host = value.slice(0, eq).toLowerCase();
  const ip = value.slice(eq + 1);
  if (!HOST_PATTERN.test(host)) return `bad --resolve host ${host}`;
  if (!IPV4.test(ip) && !IPV6.test(ip)) return `bad --resolve address ${ip} (an IPv4 or IPv6 address)`;
  return { host, ip };
}

function parseScenarios(value: string): Scenario[] | string {
  const names = value.split(',').map((s) => s.trim());
  const bad = names.find((n) => !(SCENARIOS as readonly string[]).includes(n));
  if (bad !== undefined) return `bad --scenarios ${bad || '(empty)'} (first-visit, refuse, accept)`;
  return SCENARIOS.filter((s) => names.includes(s));
}

function parseShard(value: string): { index: number; count: number } | string {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) return `bad --shard ${value} (i/n with 1 <= i <= n, e.g. 1/4)`;
  return { index, count };
}

/** Splits argv into flag values and positional arguments; an error message on bad syntax. */
type Scanned = 'help' | { message: string } | { values: Map<string, string[]>; positional: string[] };

function scan(argv: readonly string[], valued: Set<string>, booleans: Set<string>): Scanned {
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!options || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      options = false;
      continue;
    }
    if (arg === '--help' || arg === '-h') return 'help';
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (booleans.has(flag)) {
      if (eq > 0) return { message: `${flag} takes no value` };
      values.set(flag, ['']);
      continue;
    }
    if (!valued.has(flag)) return { message: `unknown option ${flag}` };
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') return { message: `${flag} needs a value` };
    const list = values.get(flag);
    if (list && !REPEATABLE.has(flag)) return { message: `${flag} given twice` };
    values.set(flag, [...(list ?? []), value]);
  }
  return { values, positional };
}

/**
 * Parses argv (without node and the script); `--flag value` and `--flag=value` both work.
 * @example parseAuditArgs(['https://a.test/', '--shard', '1/2']).kind // 'run'
 */
export function parseAuditArgs(argv: readonly string[]): AuditArgs {
  if (argv[0] === 'merge') return parseMergeArgs(argv.slice(1));
  const scanned = scan(argv, VALUED, BOOLEAN);
  if (scanned === 'help') return { kind: 'help' };
  if ('message' in scanned) return error(scanned.message);
  const { values, positional } = scanned;
  const one = (flag: string) => values.get(flag)?.[0];
  const args: RunArgs = {
    kind: 'run',
    urls: positional,
    urlsFile: one('--urls') ?? null,
    out: one('--out') ?? 'audit-out',
    scenarios: [...SCENARIOS],
    concurrency: 2,
    resolve: [],
    shard: null,
    resume: values.has('--resume'),
    failOn: null,
  };
  if (positional.length === 0 && args.urlsFile === null) return error('no URL given (give URLs, or --urls <file>)');
  const scenarios = one('--scenarios');
  if (scenarios !== undefined) {
    const parsed = parseScenarios(scenarios);
    if (typeof parsed === 'string') return error(parsed);
    args.scenarios = parsed;
  }
  const concurrency = one('--concurrency');
  if (concurrency !== undefined) {
    if (!/^\d{1,2}$/.test(concurrency) || Number(concurrency) < 1 || Number(concurrency) > 16) return error(`bad --concurrency ${concurrency} (1 to 16)`);
    args.concurrency = Number(concurrency);
  }
  for (const value of values.get('--resolve') ?? []) {
    const parsed = parseResolve(value);
    if (typeof parsed === 'string') return error(parsed);
    args.resolve.push(parsed);
  }
  const shard = one('--shard');
  if (shard !== undefined) {
    const parsed = parseShard(shard);
    if (typeof parsed === 'string') return error(parsed);
    args.shard = parsed;
  }
  const failOn = one('--fail-on');
  if (failOn !== undefined) {
    if (failOn !== 'violation') return error(`bad --fail-on ${failOn} (only: violation)`);
    args.failOn = 'violation';
  }
  return args;
}

function parseMergeArgs(argv: readonly string[]): AuditArgs {
  const scanned = scan(argv, new Set(['--out']), new Set());
  if (scanned === 'help') return { kind: 'help' };
  if ('message' in scanned) return error(`merge: ${scanned.message}`);
  if (scanned.positional.length === 0) return error('merge: no folder given (merge <dir>... [--out <dir>])');
  return { kind: 'merge', dirs: scanned.positional, out: scanned.values.get('--out')?.[0] ?? 'audit-merged' };
}
