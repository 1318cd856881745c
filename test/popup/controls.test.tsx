/** @jest-environment jsdom */
/** Filter (all / problems), search, sort, and hundreds of rows. */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { WHOLE_ROWS } from '../../src/popup/stream-rows';
import { bigReport, demoReport, DEMO_COOKIES, reportView } from './fixtures';
import { renderPopup, rowsOf } from './render';

// Jest's fake clock for every timer the popup sets (deadlines, polling, the row stream, Preact's
// after-paint effects); waitFor and findBy advance it, so no test waits in real time.
jest.useFakeTimers();

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

  it('finds the same rows for a typographic and a plain apostrophe, as the charter matcher folds them', async () => {
    const { container } = await showReport();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.input(search, { target: { value: "mesure d'audience" } });
    const plain = names(container);
    expect(plain.length).toBeGreaterThan(0);
    fireEvent.input(search, { target: { value: 'MESURE D’AUDIENCE' } });
    expect(names(container)).toEqual(plain);
    fireEvent.input(search, { target: { value: 'd‘audience' } });
    expect(names(container)).toEqual(plain);
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

  it('renders a small report whole in the first render, its table marked complete', async () => {
    const report = bigReport(WHOLE_ROWS - DEMO_COOKIES.length - 2);
    expect(report.rows.length).toBeLessThanOrEqual(WHOLE_ROWS);
    const { container } = await showReport(report);
    expect(rowsOf(container)).toHaveLength(report.rows.length);
    expect(screen.getByRole('table').getAttribute('data-rows-complete')).toBe('true');
  });

  it('keeps an expanded row as it is while the rest streams in', async () => {
    const report = bigReport(300);
    const { container } = await showReport(report);
    const first = rowsOf(container)[0]!.el;
    fireEvent.click(within(first).getByRole('button', { name: /Matched|Undeclared|Not found/ }));
    expect(first.nextElementSibling?.classList.contains('details')).toBe(true);
    await waitFor(() => expect(screen.getByRole('table').getAttribute('data-rows-complete')).toBe('true'));
    expect(rowsOf(container)[0]!.el).toBe(first);
    expect(first.nextElementSibling?.classList.contains('details')).toBe(true);
    expect(rowsOf(container)).toHaveLength(report.rows.length);
  });
});
