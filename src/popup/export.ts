/**
 * The popup's exports: core toJson / toCsv / toMarkdown over the report the background sent.
 * Revealed cookie values live only in component state and never reach this module.
 */
import { toCsv } from '../core/export/csv';
import { toJson } from '../core/export/json';
import { toMarkdown } from '../core/export/markdown';
import type { ExportMeta } from '../core/export/meta';
import type { CharterSource } from '../core/findings';
import type { Report } from '../core/types';
import { browser } from '../platform/browser';
import { browserLabel } from './format/export-names';

export type ExportFormat = 'json' | 'csv' | 'md';

export const FORMATS: Record<ExportFormat, { name: string; mime: string }> = {
  json: { name: 'JSON', mime: 'application/json' },
  csv: { name: 'CSV', mime: 'text/csv' },
  md: { name: 'Markdown', mime: 'text/markdown' },
};

/** Provenance for the export: where and when the charter was read, by which build and browser. */
export function exportMeta(source: CharterSource): ExportMeta {
  return {
    charterUrl: source.url,
    fetchedAt: source.fetchedAt,
    charterSha256: source.sha256,
    extensionVersion: browser.runtime.getManifest().version,
    browser: browserLabel(__TARGET__, navigator.userAgent),
  };
}

/** The export's text in one format. */
export function exportText(format: ExportFormat, report: Report, source: CharterSource): string {
  if (format === 'csv') return toCsv(report);
  const meta = exportMeta(source);
  return format === 'json' ? toJson(report, meta) : toMarkdown(report, meta);
}

/** Saves text as a file through a temporary link: no `downloads` permission needed. */
export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoking at once can cancel the download in Firefox; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Copies text; false when the clipboard refuses (no focus, no permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (error) {
    console.warn('[ext] clipboard write failed', error);
    return false;
  }
}
