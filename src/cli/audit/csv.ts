/** summary.csv: one line per site, every cell neutralised for spreadsheets (core/export/csv-format). */
import { SEVERITY_ORDER } from '../../core/consent/audit-rules';
import { formatCsv } from '../../core/export/csv-format';
import { SCENARIOS, type Summary } from './types';

const STATUS_COLUMNS = ['matched', 'undeclared', 'absent', 'vague', 'unnamed'] as const;

/** The header and one record per site of the summary. */
export function summaryRecords(summary: Summary): string[][] {
  const header = [
    'host',
    'url',
    'verdict',
    'failure',
    ...STATUS_COLUMNS,
    ...SEVERITY_ORDER,
    ...SCENARIOS.map((s) => `${s} consent`),
    'charter url',
    'charter sha256',
    'notes',
  ];
  const lines = summary.sites.map((line) => [
    line.host,
    line.url,
    line.verdict,
    line.failure ?? '',
    ...STATUS_COLUMNS.map((s) => String(line.statuses[s])),
    ...SEVERITY_ORDER.map((s) => String(line.severities[s])),
    ...SCENARIOS.map((s) => line.scenarios[s]?.consent ?? ''),
    line.charterUrl ?? '',
    line.charterSha256 ?? '',
    line.notes.join('; '),
  ]);
  return [header, ...lines];
}

/** summary.csv text (RFC 4180, CRLF). */
export function summaryCsv(summary: Summary): string {
  return formatCsv(summaryRecords(summary));
}
