/**
 * Export: pick JSON, CSV or Markdown, then download or copy. The text is built from the report
 * only (never from revealed values) and also shown, on request, in a read-only box for copying
 * by hand when the clipboard refuses.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { CharterSource } from '../../core/findings';
import type { Report } from '../../core/types';
import { copyText, downloadText, exportText, FORMATS, type ExportFormat } from '../export';
import { exportFileName } from '../format/export-names';
import { t } from '../i18n';

interface Props {
  report: Report;
  source: CharterSource;
}

type Note = { ok: boolean; text: string } | null;

export function ExportMenu({ report, source }: Props) {
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [showText, setShowText] = useState(false);
  const [note, setNote] = useState<Note>(null);
  const summary = useRef<HTMLElement>(null);
  // Built only while the menu is open; live updates rebuild it so it always matches the table.
  const text = useMemo(() => (open ? exportText(format, report, source) : ''), [open, format, report, source]);
  const name = FORMATS[format].name;

  const download = () => {
    const file = exportFileName(report.pageUrl, report.comparedAt, format);
    downloadText(text, file, FORMATS[format].mime);
    setNote({ ok: true, text: t('downloaded', file) });
  };
  const copy = async () => {
    const ok = await copyText(text);
    setNote({ ok, text: ok ? t('copied') : t('copyFailed') });
    if (!ok) setShowText(true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      setOpen(false);
      summary.current?.focus();
    }
  };

  return (
    <details class="export" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} onKeyDown={onKeyDown}>
      <summary class="btn" ref={summary}>
        {t('exportTitle')} <span aria-hidden="true">▾</span>
      </summary>
      <div class="export-panel">
        <fieldset class="seg">
          <legend>{t('exportFormat')}</legend>
          {(Object.keys(FORMATS) as ExportFormat[]).map((f) => (
            <label key={f}>
              <input
                type="radio"
                name="format"
                value={f}
                checked={format === f}
                onChange={() => {
                  setFormat(f);
                  setNote(null);
                }}
              />
              <span>{FORMATS[f].name}</span>
            </label>
          ))}
        </fieldset>
        <p class="actions">
          <button type="button" class="btn primary" onClick={download}>
            {t('download', name)}
          </button>
          <button type="button" class="btn" onClick={() => void copy()}>
            {t('copy', name)}
          </button>
        </p>
        <p role="status" class={note ? `note tone-${note.ok ? 'ok' : 'bad'}` : 'note'}>
          {note?.text}
        </p>
        <p class="sub">{t('exportNote')}</p>
        <button type="button" class="link" aria-expanded={showText} onClick={() => setShowText(!showText)}>
          {showText ? t('hideText') : t('showText')}
        </button>
        <textarea data-testid="export-preview" readOnly hidden={!showText} aria-label={t('exportPreview')} value={text} rows={8} wrap="off" />
      </div>
    </details>
  );
}
