/** shareRepeats keeps a report's content and gives its repeated parts one copy each. */
import type { TabView } from '../../src/core/findings';
import { shareRepeats } from '../../src/popup/share-repeats';
import { bigReport, reportView } from './fixtures';

/** A view as it arrives from the background: structured-cloned, every row with its own copies. */
const arrived = (view: TabView): TabView => structuredClone(view);

describe('shareRepeats', () => {
  it('keeps every row as it was', () => {
    const view = arrived(reportView(bigReport(170)));
    const before = structuredClone(view);
    expect(shareRepeats(view)).toEqual(before);
  });

  it('gives equal flag lists and consent reasons one object', () => {
    const view = arrived(reportView(bigReport(170)));
    if (view.kind !== 'report') throw new Error('a report view');
    for (const row of view.report.rows) row.consentReason = { basis: 'known-tracker', detail: 'Matomo' };
    const rows = (shareRepeats(view) as typeof view).report.rows;
    const byFlags = new Map<string, unknown>();
    for (const row of rows) {
      const key = row.flags.join(' ');
      if (byFlags.has(key)) expect(row.flags).toBe(byFlags.get(key));
      else byFlags.set(key, row.flags);
    }
    expect(new Set(rows.map((r) => r.consentReason)).size).toBe(1);
    expect(byFlags.size).toBeLessThan(rows.length);
  });

  it('leaves other views alone', () => {
    const view: TabView = { kind: 'not-portal', pageUrl: null };
    expect(shareRepeats(view)).toBe(view);
  });
});
