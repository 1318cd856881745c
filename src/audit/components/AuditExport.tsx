/**
 * Export the audit: pick JSON, CSV or Markdown, then download or copy (the popup's download link
 * and clipboard helpers). The text is built when the menu is opened, from the snapshot and, for
 * JSON, the tab's report as the popup exports it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AuditSnapshot } from '../../contracts/audit';
import type { Report } from '../../core/types';
import { withDeadline } from '../../platform/deadline';
import { sendToBackground } from '../../platform/messaging';
import { copyText, downloadText, exportMeta, FORMATS, type ExportFormat } from '../../popup/export';
import { L, t } from '../../popup/i18n';
import { auditJson } from '../export';
import { auditCsv, auditMarkdown } from '../export-text';

/** The tab's report and charter, when the tab still shows one (it may be closed: then none). */
async function tabReport(tabId: number): Promise<{ report: Report; source: { url: string; fetchedAt: string; sha256: string } } | null> {
  const view = await withDeadline(sendToBackground('get-tab-view', { tabId }), 3000, () => null).catch(() => null);
  return view && view.kind === 'report' ? { report: view.report, source: view.source } : null;
}

/** The export's text in one format. */
export async function auditExportText(format: ExportFormat, s: AuditSnapshot): Promise<string> {
  const offsetMinutes = -new Date().getTimezoneOffset();
  if (format === 'csv') return auditCsv(s, offsetMinutes);
  const tab = format === 'json' ? await tabReport(s.tabId) : null;
  const meta = exportMeta(s.source ?? tab?.source ?? { url: '', fetchedAt: '', sha256: '' });
  return format === 'json' ? auditJson(s, { meta, report: tab?.report ?? null, offsetMinutes }) : auditMarkdown(s, meta, offsetMinutes, L);
}

/** `cookie-charter-audit-<site>-<YYYY-MM-DD>.<ext>`. */
function fileName(s: AuditSnapshot, ext: string): string {
  const site = (s.site ?? 'site').replace(/[^a-z0-9.-]/gi, '-');
  const day = new Date((s.endedAt ?? s.startedAt ?? Date.now() / 1000) * 1000).toISOString().slice(0, 10);
  return `cookie-charter-audit-${site}-${day}.${ext}`;
}

export function AuditExport({ snapshot }: { snapshot: AuditSnapshot }) {
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('json');
  const [text, setText] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    if (!open) return undefined;
    let live = true;
    void auditExportText(format, snapshot).then((x) => live && setText(x));
    return () => {
      live = false;
    };
  }, [open, format, snapshot]);
  const name = FORMATS[format].name;
  const download = () => {
    const file = fileName(snapshot, format);
    downloadText(text, file, FORMATS[format].mime);
    setNote({ ok: true, text: t('downloaded', file) });
  };
  const copy = async () => {
    const ok = await copyText(text);
    setNote({ ok, text: ok ? t('copied') : t('copyFailed') });
  };
  return (
    <details class="export" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary class="btn" data-action="export">
        {t('exportTitle')}
      </summary>
      <div class="export-panel">
        <fieldset class="seg">
          <legend>{t('exportFormat')}</legend>
          {(Object.keys(FORMATS) as ExportFormat[]).map((f) => (
            <label key={f}>
              <input type="radio" name="audit-format" value={f} checked={format === f} onChange={() => (setFormat(f), setText(''), setNote(null))} />
              <span>{FORMATS[f].name}</span>
            </label>
          ))}
        </fieldset>
        <p class="actions">
          <button type="button" class="btn primary" disabled={!text} onClick={download}>
            {t('download', name)}
          </button>
          <button type="button" class="btn" disabled={!text} onClick={() => void copy()}>
            {t('copy', name)}
          </button>
        </p>
        <p role="status" class={note ? `note tone-${note.ok ? 'ok' : 'bad'}` : 'note'}>
          {note?.text}
        </p>
        <textarea data-testid="audit-export-preview" readOnly aria-label={t('exportPreview')} value={text} rows={8} wrap="off" />
      </div>
    </details>
  );
}
