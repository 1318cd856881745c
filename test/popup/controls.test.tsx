/** @jest-environment jsdom */
/** Filter (all / problems), search, sort, and hundreds of rows. */
import { fireEvent, screen } from '@testing-library/preact';
import { ROW_LIMIT } from '../../src/popup/components/ReportTable';
import { bigReport, demoReport, reportView } from './fixtures';
import { renderPopup, rowsOf } from './render';

async function showReport(report = demoReport()) {
  const r = renderPopup(reportView(report));
  await screen.findByText('Declared cookies');
  return r;
}

const names = (container: Element) => rowsOf(container).map((r) => r.cookie);

describe('popup filters, search and sort', () => {
  it('"Problems only" hides matched and unnamed rows without a problem flag', async () => {
    const { container } = await showReport();
    fireEvent.click(screen.getByRole('radio', { name: 'Problems only (7)' }));
    const rows = rowsOf(container);
    expect(rows.map((r) => r.status).sort()).toEqual(['absent', 'matched', 'matched', 'undeclared', 'undeclared', 'vague', 'vague']);
    for (const r of rows.filter((row) => row.status === 'matched')) {
      expect(r.flags.some((f) => ['expiry-exceeds-declared', 'session-mismatch', 'over-13-months'].includes(f))).toBe(true);
    }
    expect(names(container)).not.toContain('sessionid');
    expect(screen.getByText('Showing 7 of 11')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'All (11)' }));
    expect(rowsOf(container)).toHaveLength(11);
  });

  it('searches names, providers, purposes and domains, ignoring case and accents', async () => {
    const { container } = await showReport();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.input(search, { target: { value: 'MATOMO' } });
    expect(names(container)).toEqual(['_pk_id.1.a1b2', '_pk_ses.1.a1b2']);
    fireEvent.input(search, { target: { value: 'tracker.other' } });
    expect(names(container)).toEqual(['tp_uid']);
    fireEvent.input(search, { target: { value: 'visiteurs uniques' } });
    expect(names(container)).toEqual(['_pk_id.1.a1b2']);
    fireEvent.input(search, { target: { value: 'EXPERIENCE hotjar' } });
    expect(rowsOf(container).map((r) => r.status)).toEqual(['unnamed']);
    fireEvent.input(search, { target: { value: 'no such cookie' } });
    expect(rowsOf(container)).toHaveLength(0);
    expect(screen.getByText('No row matches these filters.')).toBeTruthy();
  });

  it('sorts by charter order, by status (problems first) or by name', async () => {
    const report = demoReport();
    const { container } = await showReport(report);
    const sort = screen.getByRole('combobox', { name: /Sort by/ });
    expect(names(container)).toEqual(report.rows.map((r) => r.observed?.name ?? r.declaredName ?? ''));
    fireEvent.change(sort, { target: { value: 'status' } });
    const statuses = rowsOf(container).map((r) => r.status);
    expect(statuses).toEqual(['undeclared', 'undeclared', 'vague', 'vague', 'absent', 'matched', 'matched', 'matched', 'matched', 'matched', 'unnamed']);
    fireEvent.change(sort, { target: { value: 'name' } });
    const sorted = names(container);
    expect(sorted.slice(0, 4)).toEqual(['_pk_id.1.a1b2', '_pk_ses.1.a1b2', 'ab_test_variant', 'atidvisitor']);
    expect(sorted.at(-1)).toBe(''); // the nameless declaration sorts last
  });

  it('renders the first rows of a very large report at once, and all of them on request', async () => {
    const report = bigReport(1200);
    const started = performance.now();
    const { container } = await showReport(report);
    const firstRender = performance.now() - started;
    expect(rowsOf(container)).toHaveLength(ROW_LIMIT);
    const more = screen.getByRole('button', { name: `Show all ${report.rows.length} rows` });
    const typed = performance.now();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'c01' } });
    const searchTime = performance.now() - typed;
    expect(rowsOf(container)).toHaveLength(90); // c0100…c0199 but the tenths, named _pk_id.<n>.x
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.click(more);
    expect(rowsOf(container)).toHaveLength(report.rows.length);
    // Generous bounds for a slow CI machine under jsdom: the point is no per-row blow-up.
    expect(firstRender).toBeLessThan(3000);
    expect(searchTime).toBeLessThan(1000);
  });
});
