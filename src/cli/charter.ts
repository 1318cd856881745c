/**
 * `npm run charter`: the CLI's logic, with every effect passed in (`io`) so tests run it in
 * memory. main.ts wires it to node. Exit codes: 0 success, 1 no cookie table, 2 bad usage/input.
 */
import { parseCharter } from '../core/charter/parse-charter';
import { compareDeclaration } from '../core/compare/compare';
import { parseCookieFile } from '../core/cookies/cookie-file';
import { dedupeCookies, toObserved } from '../core/cookies/observe';
import { toCsv } from '../core/export/csv';
import { declarationToCsv, declarationToJson, declarationToMarkdown } from '../core/export/declaration';
import { toJson } from '../core/export/json';
import { toMarkdown } from '../core/export/markdown';
import type { ExportMeta } from '../core/export/meta';
import type { Declaration } from '../core/types';
import { HELP, parseArgs, USAGE, type Format } from './args';
import { guessPageUrl, normalisePageUrl } from './page-url';

export interface CliIo {
  /** Reads a file as UTF-8; throws when it cannot. */
  readFile(path: string): string;
  readStdin(): string;
  /** A Document for the HTML, without running its scripts; `url` '' means none. */
  parseHtml(html: string, url: string): Document;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Milliseconds since the epoch, as Date.now(). */
  now(): number;
  /** Hex SHA-256 of the charter text (node:crypto in main.ts); '' when absent. */
  sha256?(text: string): string;
  /** `file://` URL of a path (node's pathToFileURL in main.ts). */
  fileUrl?(path: string): string;
  /** From package.json. */
  version?: string;
}

/** A failure with its exit code; code 2 (bad usage or input) also prints the usage line. */
class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

const oneLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0]!.trim();

function read(io: CliIo, path: string, what: string): string {
  try {
    return path === '-' ? io.readStdin() : io.readFile(path);
  } catch (e) {
    throw new CliError(`cannot read ${what} ${path === '-' ? 'from stdin' : path}: ${oneLine(e)}`, 2);
  }
}

function printDeclaration(io: CliIo, declaration: Declaration, format: Format): void {
  if (format === 'csv') io.stdout(declarationToCsv(declaration));
  else if (format === 'md') io.stdout(declarationToMarkdown(declaration));
  else io.stdout(declarationToJson(declaration));
}

function run(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    io.stdout(`${HELP}\n`);
    return 0;
  }
  if (args.kind === 'error') throw new CliError(args.message, 2);
  if (args.charter === '-' && args.cookies === '-') throw new CliError('the charter and the cookies cannot both come from stdin', 2);
  const charterName = args.charter === '-' ? 'stdin' : args.charter;
  const html = read(io, args.charter, 'charter');
  const pageUrl = args.url === undefined ? undefined : normalisePageUrl(args.url);
  if (pageUrl === '') throw new CliError(`bad --url ${args.url}`, 2);
  const fileUrl = io.fileUrl ?? ((p: string) => `file://${p}`);
  const charterUrl = pageUrl ?? (args.charter === '-' ? '' : fileUrl(args.charter));
  let doc: Document;
  try {
    doc = io.parseHtml(html, charterUrl);
  } catch (e) {
    throw new CliError(`cannot parse ${charterName} as HTML: ${oneLine(e)}`, 2);
  }
  const parsed = parseCharter(doc, charterUrl);
  if (parsed.kind === 'no-table') {
    const title = parsed.title ? ` ("${parsed.title.replace(/\s+/g, ' ').trim()}")` : '';
    throw new CliError(`no cookie table found in ${charterName}${title}`, 1);
  }
  if (args.cookies === undefined) {
    printDeclaration(io, parsed.declaration, args.format);
    return 0;
  }
  const file = parseCookieFile(read(io, args.cookies, 'cookie file'));
  if (!file.ok) throw new CliError(`invalid cookie file ${args.cookies === '-' ? 'from stdin' : args.cookies}: ${file.error}`, 2);
  const page = pageUrl ?? guessPageUrl(file.cookies);
  const nowMs = io.now();
  const observed = dedupeCookies(file.cookies.map((c) => toObserved(c, undefined, page || undefined)));
  const report = compareDeclaration(parsed.declaration, observed, { pageUrl: page, charterUrl, now: Math.floor(nowMs / 1000) });
  const meta: ExportMeta = {
    charterUrl,
    fetchedAt: new Date(nowMs).toISOString(),
    charterSha256: io.sha256?.(html) ?? '',
    extensionVersion: io.version ?? '',
    browser: 'cli',
  };
  if (args.format === 'csv') io.stdout(toCsv(report));
  else if (args.format === 'md') io.stdout(toMarkdown(report, meta));
  else io.stdout(toJson(report, meta));
  return 0;
}

/**
 * Runs `npm run charter -- <charter.html|-> [--cookies <file>] [--url <page-url>] [--format json|csv|md]`
 * and returns the exit code; messages go to io.stderr as one line (plus a usage line for bad usage).
 * @example runCharterCli(['charter.html', '--format', 'md'], nodeIo) // 0, the declaration as Markdown on stdout
 */
export function runCharterCli(argv: string[], io: CliIo): number {
  try {
    return run(argv, io);
  } catch (e) {
    const code = e instanceof CliError ? e.code : 2;
    const message = e instanceof CliError ? e.message : `unexpected error: ${oneLine(e)}`;
    io.stderr(`cookie-charter: ${message}\n${code === 2 ? `${USAGE}\n` : ''}`);
    return code;
  }
}
