/** @jest-environment jsdom */
/**
 * The popup with more rows than it shows at once (AUTO_ROWS): streaming, "Show all", and search
 * over all of them. 1,200 rows take several seconds in jsdom, so this runs in the `slow` jest
 * project (npm test), not in npm run check.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { FIRST_ROWS } from '../../src/popup/stream-rows';
import { AUTO_ROWS } from '../../src/popup/components/ReportTable';
import { bigReport, reportView } from './fixtures';
import { renderPopup, rowsOf } from './render';

// Jest's fake clock for every timer the popup sets; waitFor advances it, so no test waits in real time.
jest.useFakeTimers();

/** The popup's first render of a report, before the fake clock lets later frames stream more rows in. */
async function firstRender(report: ReturnType<typeof bigReport>) {
  const r = renderPopup(reportView(report));
  for (let i = 0; i < 50 && !screen.queryByRole('table'); i++) await act(() => Promise.resolve());
  return r;
}

const names = (container: Element) => rowsOf(container).map((r) => r.cookie);

describe('a report larger than the popup shows at once', () => {
  it('has more rows than AUTO_ROWS in this test', () => expect(1200).toBeGreaterThan(AUTO_ROWS));

  it('streams a large report in: its first rows at once, the rest after the paint, then "Show all"', async () => {
    const report = bigReport(1200);
    const { container } = await firstRender(report);
    const table = screen.getByRole('table');
    expect(rowsOf(container)).toHaveLength(FIRST_ROWS);
    expect(table.getAttribute('data-rows-complete')).toBe('false');
    // Each row element is the report's row at that place, while streaming and after.
    const expected = report.rows.map((row) => row.observed?.name ?? row.declaredName ?? '');
    expect(names(container)).toEqual(expected.slice(0, FIRST_ROWS));
    await waitFor(() => expect(table.getAttribute('data-rows-complete')).toBe('true'));
    expect(names(container)).toEqual(expected.slice(0, AUTO_ROWS));
    fireEvent.click(screen.getByRole('button', { name: `Show all ${report.rows.length} rows` }));
    await waitFor(() => expect(table.getAttribute('data-rows-complete')).toBe('true'));
    expect(names(container)).toEqual(expected);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'c01' } });
    expect(rowsOf(container)).toHaveLength(90); // c0100…c0199 but the tenths, named _pk_id.<n>.x
    expect(table.getAttribute('data-rows-complete')).toBe('true');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    // Rows new to the DOM come a few screenfuls at a time, after the 90 already there.
    expect(rowsOf(container).length).toBeLessThanOrEqual(90 + FIRST_ROWS);
    expect(table.getAttribute('data-rows-complete')).toBe('false');
    // Speed is measured by `npm run bench` (popup open → table painted), not here.
  });
});
