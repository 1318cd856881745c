/**
 * The report as JSON: `{ charterUrl, fetchedAt, charterSha256, extensionVersion, browser, report }`,
 * the provenance first, then the Report exactly as the popup holds it (types.ts), indented.
 */
import type { Report } from '../types';
import type { ExportMeta } from './meta';

/**
 * Drops any `value` key on the way out. ObservedCookie has no value, but a caller may hand over
 * a raw cookie by mistake: cookie values must never leave the browser, so the export guards it too.
 */
function noValues(key: string, value: unknown): unknown {
  return key === 'value' ? undefined : value;
}

/**
 * JSON export of a report with its provenance; `source` (the declaration's kind and URL) comes
 * after `browser` when the meta has one.
 * @example JSON.parse(toJson(report, meta)).report.summary.matched
 */
export function toJson(report: Report, meta: ExportMeta): string {
  const { charterUrl, fetchedAt, charterSha256, extensionVersion, browser, source } = meta;
  const head = { charterUrl, fetchedAt, charterSha256, extensionVersion, browser };
  const json = source ? { ...head, source: { kind: source.kind, url: source.url }, report } : { ...head, report };
  return `${JSON.stringify(json, noValues, 2)}\n`;
}
