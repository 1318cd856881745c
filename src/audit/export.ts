/**
 * The audit's evidence as text: JSON (the provenance and the report as the popup exports them,
 * the audit view's rows and verdict, and the `audit` block of core/audit/export), CSV (one line
 * per row, with its phase and event columns) and Markdown (verdict, phases, findings with their
 * rules, rows). Every time carries the exporter's time zone; cookie values never appear.
 */
import type { AuditSnapshot } from '../contracts/audit';
import { auditExport, isoWithOffset } from '../core/audit/export';
import type { ExportMeta } from '../core/export/meta';
import type { Report } from '../core/types';

/** What the JSON needs besides the snapshot. */
export interface AuditExportContext {
  meta: ExportMeta;
  /** The tab's report against its declaration, when the tab still has one. */
  report: Report | null;
  /** Minutes east of UTC (`-new Date().getTimezoneOffset()`). */
  offsetMinutes: number;
}

/** Cookie values never leave the background; a stray `value` key is dropped on the way out all the same. */
const noValues = (key: string, value: unknown) => (key === 'value' ? undefined : value);

/**
 * JSON export: `{ charterUrl, fetchedAt, charterSha256, extensionVersion, browser, pageUrl, site,
 * report, verdict, rows, audit }`.
 * @example JSON.parse(auditJson(snapshot, ctx)).audit.phases[0].phase // 'before-choice'
 */
export function auditJson(s: AuditSnapshot, ctx: AuditExportContext): string {
  const { charterUrl, fetchedAt, charterSha256, extensionVersion, browser } = ctx.meta;
  const rows = s.rows.map((r) => ({
    cookie: r.cookie,
    domain: r.domain,
    path: r.path,
    status: r.status,
    flags: r.flags,
    consentClass: r.consentClass,
    phase: r.phase,
    severity: r.severity,
    ...(r.consentReason ? { consentReason: r.consentReason } : {}),
  }));
  const body = {
    charterUrl,
    fetchedAt,
    charterSha256,
    extensionVersion,
    browser,
    pageUrl: s.pageUrl,
    site: s.site,
    report: ctx.report,
    verdict: s.verdict,
    rows,
    audit: auditExport(s, ctx.offsetMinutes),
  };
  return `${JSON.stringify(body, noValues, 2)}\n`;
}

/** ISO time of an optional moment ('' when none). */
export function isoOrEmpty(t: number | null | undefined, offsetMinutes: number): string {
  return typeof t === 'number' && Number.isFinite(t) ? isoWithOffset(t, offsetMinutes) : '';
}
