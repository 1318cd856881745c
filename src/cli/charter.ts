/**
 * `npm run charter`: the CLI's logic, with every effect passed in (`io`) so tests run it in
 * memory. main.ts wires it to node. Exit codes: 0 success, 1 no cookie table, 2 bad usage/input.
 */
import { decodeHtml } from '../core/charset';
import { compareDeclaration } from '../core/compare/compare';
import { parseCookieFile } from '../core/cookies/cookie-file';
import { dedupeCookies, toObserved } from '../core/cookies/observe';
import { toCsv } from '../core/export/csv';
import { dumpFromText } from '../core/declaration/dump-file';
import { mergeDeclarations } from '../core/declaration/merge';
import { readPageGlobals } from '../core/declaration/page-globals';
import { readPolicy } from '../core/declaration/policy';
import { declarationToCsv, declarationToJson, declarationToMarkdown, describeSource } from '../core/export/declaration';
import { toJson } from '../core/export/json';
import { toMarkdown } from '../core/export/markdown';
import type { ExportMeta } from '../core/export/meta';
import type { Declaration } from '../core/types';
import { HELP, parseArgs, USAGE, type Format } from './args';
import { MAX_INPUT_BYTES, refuseInput } from './input';
import { capNesting, MAX_NESTING } from './nesting';
import { guessPageUrl, normalisePageUrl } from './page-url';
import { escapeC1InJson, inertForTerminal } from './terminal';

export interface CliIo {
  /** Reads at most `maxBytes` bytes of a file (never the whole of a huge one); throws when it cannot. */
  readFile(path: string, maxBytes: number): Uint8Array;
  /** Reads at most `maxBytes` bytes of stdin. */
  readStdin(maxBytes: number): Uint8Array;
  /** A Document for the HTML, without running its scripts; `url` '' means none. */
  parseHtml(html: string, url: string): Document;
  stdout(s: string): void;
  stderr(s: string): void;
  /** Milliseconds since the epoch, as Date.now(). */
  now(): number;
  /** Hex SHA-256 of the charter text (node:crypto in main.ts); '' when absent. */
  sha256?(text: string): string;
  /** From package.json. */
  version?: string;
}

/** A failure with its exit code; code 2 (bad usage or input) also prints the usage line, unless `usage` is false. */
class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
    readonly usage = code === 2,
  ) {
    super(message);
  }
}

const oneLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split(/\r?\n/)[0]!.trim();

/** At most cap + 1 bytes of a file or stdin; refused at once when larger than the cap or not text. */
function read(io: CliIo, path: string, what: string): Uint8Array {
  const where = path === '-' ? 'from stdin' : path;
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? io.readStdin(MAX_INPUT_BYTES + 1) : io.readFile(path, MAX_INPUT_BYTES + 1);
  } catch (e) {
    throw new CliError(`cannot read ${what} ${where}: ${oneLine(e)}`, 2);
  }
  const refusal = refuseInput(bytes);
  if (refusal !== null) throw new CliError(`refused ${what} ${where}: ${refusal}`, 2, false);
  return bytes;
}

/** The file's own name, never the absolute path of the user's disk: exports are shared. */
const baseName = (path: string) => path.split(/[/\\]/).pop() ?? '';

/** Output made inert for a terminal: charter text may carry escape sequences (terminal.ts). */
function print(io: CliIo, format: Format, text: string): void {
  io.stdout(format === 'json' ? escapeC1InJson(text) : inertForTerminal(text));
}

/** For csv and md, whose stdout has no room for it, where the declaration comes from goes to stderr. */
function noteSource(io: CliIo, format: Format, declaration: Declaration): void {
  if (format === 'json') return;
  const lines = new Set<string>();
  for (const source of [declaration.source, ...declaration.entries.map((e) => e.source)]) if (source) lines.add(describeSource(source));
  for (const line of lines) io.stderr(`cookie-charter: ${inertForTerminal(line)}\n`);
}

/** A saved page-globals dump (JSON): its platforms' declarations merged, or exit 1 when it declares nothing. */
function dumpDeclaration(dump: unknown, url: string, name: string): Declaration {
  const { declarations } = readPageGlobals(dump, url);
  if (declarations.every((d) => d.entries.length === 0)) throw new CliError(`no consent-platform declaration found in ${name}`, 1);
  return mergeDeclarations(declarations).declaration;
}

function printDeclaration(io: CliIo, declaration: Declaration, format: Format): void {
  noteSource(io, format, declaration);
  if (format === 'csv') print(io, format, declarationToCsv(declaration));
  else if (format === 'md') print(io, format, declarationToMarkdown(declaration));
  else print(io, format, declarationToJson(declaration));
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
  const pageUrl = args.url === undefined ? undefined : normalisePageUrl(args.url);
  if (pageUrl === '') throw new CliError(`bad --url ${args.url}`, 2);
  // A saved page has no Content-Type: its BOM or <meta charset> decides, else a UTF-8 check.
  const html = decodeHtml(read(io, args.charter, 'charter')).text;
  const charterUrl = pageUrl ?? (args.charter === '-' ? '' : baseName(args.charter));
  const sha256 = io.sha256?.(html) ?? '';
  const dump = dumpFromText(html);
  const declaration = dump === undefined ? readHtml(io, { html, sha256, charterUrl, pageUrl, charterName }) : dumpDeclaration(dump, charterUrl, charterName);
  if (args.cookies === undefined) {
    printDeclaration(io, declaration, args.format);
    return 0;
  }
  const file = parseCookieFile(new TextDecoder().decode(read(io, args.cookies, 'cookie file')));
  if (!file.ok) throw new CliError(`invalid cookie file ${args.cookies === '-' ? 'from stdin' : args.cookies}: ${file.error}`, 2);
  const page = pageUrl ?? guessPageUrl(file.cookies);
  const nowMs = io.now();
  const observed = dedupeCookies(file.cookies.map((c) => toObserved(c, undefined, page || undefined)));
  const report = compareDeclaration(declaration, observed, { pageUrl: page, charterUrl, now: Math.floor(nowMs / 1000) });
  const meta: ExportMeta = {
    charterUrl,
    fetchedAt: new Date(nowMs).toISOString(),
    charterSha256: sha256,
    extensionVersion: io.version ?? '',
    browser: 'cli',
  };
  if (declaration.source) meta.source = declaration.source;
  noteSource(io, args.format, declaration);
  if (args.format === 'csv') print(io, args.format, toCsv(report));
  else if (args.format === 'md') print(io, args.format, toMarkdown(report, meta));
  else print(io, args.format, toJson(report, meta));
  return 0;
}

/** The declaration of a saved HTML page, with its source; exit 1 when it has no cookie table. */
function readHtml(io: CliIo, input: { html: string; sha256: string; charterUrl: string; pageUrl: string | undefined; charterName: string }): Declaration {
  const { html, sha256, charterUrl, pageUrl, charterName } = input;
  const nested = capNesting(html);
  let doc: Document;
  try {
    doc = io.parseHtml(nested.html, pageUrl ?? '');
  } catch (e) {
    throw new CliError(`cannot parse ${charterName} as HTML: ${oneLine(e)}`, 2);
  }
  const parsed = readPolicy(doc, charterUrl, { sourceLength: html.length, sha256 });
  if (parsed.kind === 'no-table') {
    const title = parsed.title ? ` ("${parsed.title.replace(/\s+/g, ' ').trim()}")` : '';
    const flattened = nested.dropped > 0 ? ` (markup nested deeper than ${MAX_NESTING} levels was flattened)` : '';
    throw new CliError(`no cookie table found in ${charterName}${title}${flattened}`, 1);
  }
  return parsed.declaration;
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
    const usage = e instanceof CliError ? e.usage : true;
    // The message may quote the page (its title) or a file name: inert for the terminal too.
    const message = inertForTerminal(e instanceof CliError ? e.message : `unexpected error: ${oneLine(e)}`).replace(/[\t\n]/g, ' ');
    io.stderr(`cookie-charter: ${message}\n${usage ? `${USAGE}\n` : ''}`);
    return code;
  }
}
