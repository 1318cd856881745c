/** A declaration (what a charter says, no cookies read) as JSON, CSV or Markdown: the CLI's output without `--cookies`. */
import type { Declaration, DeclaredEntry } from '../types';
import { formatCsv } from './csv-format';
import { mdCell, mdHeader, mdRow } from './markdown-text';

/** The public JSON shape of one entry (docs/CONTRACTS.md, "CLI"): these keys, in this order. */
function entryJson(e: DeclaredEntry): DeclaredEntry {
  const { names, provider, service, purpose, durationText, maxAgeSeconds, session, conditional, condition, section, category } = e;
  return { names, provider, service, purpose, durationText, maxAgeSeconds, session, conditional, condition, section, category };
}

/**
 * `{ title, url, entries: [...] }`, indented, with a final newline.
 * @example JSON.parse(declarationToJson(declaration)).entries[0].names // ['sessionid']
 */
export function declarationToJson(declaration: Declaration): string {
  const { title, url, entries } = declaration;
  return `${JSON.stringify({ title, url, entries: entries.map(entryJson) }, null, 2)}\n`;
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
