/** The report as CSV: one header row, then one row per report row (docs/CONTRACTS.md, "Export"). */
import type { Report, ReportRow } from '../types';
import { formatCsv } from './csv-format';
import { cookieLabel, expiresText, yesNo } from './values';

/** Column names, snake_case so scripts can address them. */
export const REPORT_CSV_COLUMNS = [
  'status',
  'flags',
  'cookie',
  'declared_name',
  'provider',
  'purpose',
  'declared_duration',
  'section',
  'domain',
  'path',
  'expires',
  'http_only',
  'secure',
  'same_site',
  'third_party',
  'partitioned',
] as const;

function csvRow(row: ReportRow): string[] {
  const d = row.declared;
  const o = row.observed;
  return [
    row.status,
    row.flags.join(' '),
    cookieLabel(row),
    row.declaredName ?? '',
    d?.provider ?? '',
    d?.purpose ?? '',
    d?.durationText ?? '',
    d?.section ?? '',
    o?.domain ?? '',
    o?.path ?? '',
    expiresText(row),
    yesNo(row, o?.httpOnly),
    yesNo(row, o?.secure),
    o?.sameSite ?? '',
    yesNo(row, o?.thirdParty),
    yesNo(row, Boolean(o?.partitionKey?.topLevelSite)),
  ];
}

/**
 * RFC 4180 CSV of a report (CRLF line ends, formula cells defused).
 * @example toCsv(report).split('\r\n')[0] // 'status,flags,cookie,declared_name,...'
 */
export function toCsv(report: Report): string {
  return formatCsv([[...REPORT_CSV_COLUMNS], ...report.rows.map(csvRow)]);
}
