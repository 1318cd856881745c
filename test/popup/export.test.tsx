/** @jest-environment jsdom */
/** Export: JSON, CSV and Markdown from the core, downloaded or copied, with provenance. */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { REPORT_CSV_COLUMNS } from '../../src/core/export/csv';
import { parseCsv } from '../../src/core/export/csv-format';
import { demoReport, reportView, SOURCE } from './fixtures';
import { renderPopup } from './render';

// Jest's fake clock for every timer the popup sets (deadlines, polling, the row stream, Preact's
// after-paint effects); waitFor and findBy advance it, so no test waits in real time.
jest.useFakeTimers();

/** jsdom's Blob has no text(); FileReader it has. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve(String(reader.result)));
    reader.readAsText(blob);
  });
}

async function openExport(format: 'json' | 'csv' | 'md') {
  const report = demoReport();
  const r = renderPopup(reportView(report));
  await screen.findByText('Declared cookies');
  const details = r.container.querySelector('details.export') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  fireEvent.click(r.container.querySelector(`input[name="format"][value="${format}"]`)!);
  const preview = screen.getByTestId('export-preview') as HTMLTextAreaElement;
  await waitFor(() => expect(preview.value).not.toBe(''));
  return { ...r, report, preview };
}

describe('popup export', () => {
  it('CSV reads back, field by field, as the report', async () => {
    const { report, preview } = await openExport('csv');
    const [header, ...records] = parseCsv(preview.value);
    expect(header).toEqual([...REPORT_CSV_COLUMNS]);
    expect(records).toHaveLength(report.rows.length);
    records.forEach((record, i) => {
      const row = report.rows[i]!;
      const field = (name: (typeof REPORT_CSV_COLUMNS)[number]) => record[REPORT_CSV_COLUMNS.indexOf(name)];
      expect(field('status')).toBe(row.status);
      expect(field('flags')).toBe(row.flags.join(' '));
      expect(field('cookie')).toBe(row.observed?.name ?? row.declaredName ?? '');
      expect(field('declared_name')).toBe(row.declaredName ?? '');
      expect(field('provider')).toBe(row.declared?.provider ?? '');
      expect(field('purpose')).toBe(row.declared?.purpose ?? '');
      expect(field('declared_duration')).toBe(row.declared?.durationText ?? '');
      expect(field('domain')).toBe(row.observed?.domain ?? '');
      expect(field('http_only')).toBe(row.observed ? String(row.observed.httpOnly) : '');
      expect(field('third_party')).toBe(row.observed ? String(row.observed.thirdParty) : '');
    });
  });

  it('JSON carries the provenance and the report, and no cookie value', async () => {
    const { report, preview } = await openExport('json');
    const json = JSON.parse(preview.value);
    expect(json).toMatchObject({ charterUrl: SOURCE.url, fetchedAt: SOURCE.fetchedAt, charterSha256: SOURCE.sha256, extensionVersion: '0.1.0' });
    expect(json.browser).toMatch(/^chrome/);
    expect(json.report.rows).toHaveLength(report.rows.length);
    expect(preview.value).not.toMatch(/"value"/);
  });

  it('Markdown has the summary and one table line per row', async () => {
    const { report, preview } = await openExport('md');
    expect(preview.value).toContain('# Cookie charter report');
    expect(preview.value).toContain('| Status | Cookie | Declared as |');
    expect(preview.value.split('\n').filter((l) => /^\| (matched|undeclared|absent|vague|unnamed) /.test(l))).toHaveLength(report.rows.length);
  });

  it('downloads a file named after the portal and the day', async () => {
    const { preview } = await openExport('csv');
    const blobs: Blob[] = [];
    const createObjectURL = jest.fn((b: Blob) => (blobs.push(b), 'blob:cookie-charter'));
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('cookie-charter-data.example.test-2027-01-15.csv');
      expect(this.href).toBe('blob:cookie-charter');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(click).toHaveBeenCalledTimes(1);
    const file = await readBlob(blobs[0]!);
    expect(file.startsWith('status,flags,cookie,')).toBe(true);
    expect(file).toContain('\r\n'); // RFC 4180 line ends; a textarea shows them as \n
    expect(file.replace(/\r\n/g, '\n')).toBe(preview.value);
    expect(screen.getByText('Download started: cookie-charter-data.example.test-2027-01-15.csv')).toBeTruthy();
    click.mockRestore();
  });

  it('copies to the clipboard with a visible confirmation, or says plainly that it could not', async () => {
    const { preview } = await openExport('md');
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await screen.findByText('Copied to the clipboard');
    expect(writeText).toHaveBeenCalledWith(preview.value);
    writeText.mockRejectedValueOnce(new Error('Document is not focused.'));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await screen.findByText('Could not copy: select the text below and copy it by hand.');
    expect(preview.hidden).toBe(false); // the text is there to copy by hand
    warn.mockRestore();
  });
});
