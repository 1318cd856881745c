/** A declaration (what a charter says, no cookies read) as JSON, CSV or Markdown: the CLI's output without `--cookies`. */
import type { Declaration, DeclarationSource, DeclaredEntry } from '../types';
import { formatCsv } from './csv-format';
import { mdCell, mdHeader, mdRow } from './markdown-text';

const sameSource = (a: DeclarationSource | undefined, b: DeclarationSource | undefined) => a?.kind === b?.kind && a?.url === b?.url;

/** Just `{ kind, url }` (and `sha256` when known), whatever else the object holds. */
function sourceJson(s: DeclarationSource): DeclarationSource {
  return s.sha256 ? { kind: s.kind, url: s.url, sha256: s.sha256 } : { kind: s.kind, url: s.url };
}

/**
 * The public JSON shape of one entry (docs/CONTRACTS.md, "CLI"): these keys, in this order, and
 * `source` last when it is not the declaration's own (a merged declaration's entries).
 */
function entryJson(e: DeclaredEntry, declared?: DeclarationSource): DeclaredEntry {
  const { names, provider, service, purpose, durationText, maxAgeSeconds, session, conditional, condition, section, category } = e;
  const json: DeclaredEntry = { names, provider, service, purpose, durationText, maxAgeSeconds, session, conditional, condition, section, category };
  if (e.source && !sameSource(e.source, declared)) json.source = sourceJson(e.source);
  return json;
}

/**
 * Where a declaration comes from, in one line for a text format's stderr or a Markdown list.
 * @example describeSource({ kind: 'cookie-table', url: 'https://www.example.test/cookies/' }) // 'source: cookie-table (https://www.example.test/cookies/)'
 */
export function describeSource(source: DeclarationSource): string {
  return `source: ${source.kind} (${source.url || 'unknown address'})`;
}

/**
 * `{ title, url, source?, entries: [...] }`, indented, with a final newline.
 * @example JSON.parse(declarationToJson(declaration)).entries[0].names // ['sessionid']
 */
export function declarationToJson(declaration: Declaration): string {
  const { title, url, entries, source } = declaration;
  const json = source
    ? { title, url, source: sourceJson(source), entries: entries.map((e) => entryJson(e, source)) }
    : { title, url, entries: entries.map((e) => entryJson(e)) };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export const DECLARATION_CSV_COLUMNS = [
  'names',
  'provider',
  'service',
  'purpose',
  'duration',
  'max_age_seconds',
  'session',
  'conditional',
  'condition',
  'section',
  'category',
] as const;

/** One CSV row per declared entry; several names are joined with "; ". */
export function declarationToCsv(declaration: Declaration): string {
  const rows = declaration.entries.map((e) => [
    e.names.join('; '),
    e.provider,
    e.service,
    e.purpose,
    e.durationText,
    e.maxAgeSeconds === null ? '' : String(e.maxAgeSeconds),
    String(e.session),
    String(e.conditional),
    e.condition ?? '',
    e.section,
    e.category,
  ]);
  return formatCsv([[...DECLARATION_CSV_COLUMNS], ...rows]);
}

/** A Markdown title, the charter URL and one table line per declared entry. */
export function declarationToMarkdown(declaration: Declaration): string {
  const lines = [
    `# ${mdCell(declaration.title || 'Cookie charter')}`,
    '',
    `- Charter: ${mdCell(declaration.url || 'unknown')}`,
    ...(declaration.source ? [`- Source: ${mdCell(`${declaration.source.kind} (${declaration.source.url || 'unknown address'})`)}`] : []),
    `- Entries: ${declaration.entries.length}`,
    '',
    mdHeader(['Names', 'Provider', 'Service', 'Purpose', 'Duration', 'Section', 'Condition']),
    ...declaration.entries.map((e) =>
      mdRow([
        e.names.length ? e.names.join(', ') : '(unnamed)',
        e.provider,
        e.service,
        e.purpose,
        e.durationText,
        e.section,
        e.conditional ? e.condition || 'conditional' : '',
      ]),
    ),
    '',
  ];
  return lines.join('\n');
}
