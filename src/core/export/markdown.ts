/** The report as Markdown, for a report or an issue: title, provenance, summary, table. */
import type { Report, ReportRow } from '../types';
import { mdCell, mdHeader, mdRow } from './markdown-text';
import type { ExportMeta } from './meta';
import { cookieLabel, expiresText, isoFromSeconds } from './values';

const HEADERS = ['Status', 'Cookie', 'Declared as', 'Provider', 'Declared duration', 'Domain', 'Expires', 'Flags'];

function declaredAs(row: ReportRow): string {
  if (row.declaredName !== null) return row.declaredName;
  const d = row.declared;
  if (!d) return '';
  return `(unnamed: ${d.service || d.purpose || d.section || 'no name'})`;
}

function tableRow(row: ReportRow): string {
  return mdRow([
    row.status,
    cookieLabel(row),
    declaredAs(row),
    row.declared?.provider ?? '',
    row.declared?.durationText ?? '',
    row.observed?.domain ?? '',
    expiresText(row),
    row.flags.join(', '),
  ]);
}

/**
 * Markdown export of a report with its provenance.
 * @example toMarkdown(report, meta).startsWith('# Cookie charter report') // true
 */
export function toMarkdown(report: Report, meta: ExportMeta): string {
  const s = report.summary;
  const lines = [
    `# Cookie charter report: ${mdCell(report.title || 'untitled charter')}`,
    '',
    `- Page: ${mdCell(report.pageUrl || 'unknown')}`,
    `- Charter: ${mdCell(meta.charterUrl || report.charterUrl || 'unknown')}`,
    `- Charter fetched: ${mdCell(meta.fetchedAt)}`,
    `- Charter SHA-256: ${mdCell(meta.charterSha256)}`,
    ...(meta.source ? [`- Declared by: ${mdCell(`${meta.source.kind} (${meta.source.url || 'unknown address'})`)}`] : []),
    `- Cookies read: ${isoFromSeconds(report.comparedAt)}`,
    `- Cookie Charter ${mdCell(meta.extensionVersion)} (${mdCell(meta.browser)})`,
    '',
    `**Summary:** ${s.declared} declared, ${s.observed} observed: ${s.matched} matched, ${s.undeclared} undeclared, ` +
      `${s.absent} absent, ${s.vague} vague, ${s.unnamed} unnamed.`,
    '',
    mdHeader(HEADERS),
    ...report.rows.map(tableRow),
    '',
  ];
  return lines.join('\n');
}
