/** @jest-environment jsdom */
/**
 * A large audit streams in (src/audit/chunked.ts): the first screenful of rows and finding names
 * in the first render, every one of them afterwards in order; a new snapshot while streaming
 * neither doubles nor loses a row; `beforeprint` renders everything before it returns (printing
 * lays the page out right after it). Only counts and order are asserted: speed is `npm run bench`.
 */
import { render, waitFor } from '@testing-library/preact';
import type { AuditRow } from '../../src/contracts/audit';
import { FIRST_ITEMS, nextChunk, WHOLE_ITEMS } from '../../src/audit/chunked';
import { AuditRows } from '../../src/audit/components/AuditRows';
import { Findings } from '../../src/audit/components/Findings';
import { forgetMessages } from '../../src/popup/i18n';
import { fakeBrowser } from '../fakes/browser';
import { large } from './fixtures';

const names = (c: Element) => [...c.querySelectorAll<HTMLElement>('tr[data-cookie]')].map((el) => el.dataset.cookie);
const busy = (c: Element) => c.querySelector('table')!.getAttribute('aria-busy');
/** The cookie names listed under each finding, by flag. */
const listed = (c: Element) =>
  Object.fromEntries(
    [...c.querySelectorAll<HTMLElement>('[data-finding]')].map((el) => [
      el.dataset.finding,
      [...el.querySelectorAll('.cookies code')].map((n) => n.textContent),
    ]),
  );

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.setLocale('en');
  forgetMessages();
});

describe('a large audit streams in', () => {
  const snap = large(500, 1000);
  const expected = snap.rows.map((r) => r.cookie);

  it('renders a small audit whole at once', () => {
    const small = large(WHOLE_ITEMS, WHOLE_ITEMS * 2);
    const { container } = render(<AuditRows rows={small.rows} />);
    expect(names(container)).toEqual(small.rows.map((r) => r.cookie));
    expect(busy(container)).toBeNull();
  });

  it('shows the first screenful of rows at once, then every row in order, with its data-* attributes', async () => {
    const { container } = render(<AuditRows rows={snap.rows} />);
    expect(names(container)).toEqual(expected.slice(0, FIRST_ITEMS));
    expect(busy(container)).toBe('true');
    // The heading counts every row, not the rendered ones.
    expect(container.querySelector('h2')!.textContent).toContain('500');
    await waitFor(() => expect(names(container)).toHaveLength(500), { timeout: 5000 });
    expect(names(container)).toEqual(expected);
    expect(busy(container)).toBeNull();
    const last = container.querySelector<HTMLElement>('tr[data-cookie="c499"]')!;
    const row = snap.rows[499]!;
    expect(last.dataset).toMatchObject({ status: row.status, flags: row.flags.join(' '), consentClass: row.consentClass, phase: row.phase });
  });

  it('a new snapshot while streaming: the new rows, in their new order, none doubled or lost', async () => {
    const { container, rerender } = render(<AuditRows rows={snap.rows} />);
    // Wait for a chunk past the first render, not for the end.
    await waitFor(() => expect(names(container).length).toBeGreaterThan(FIRST_ITEMS));
    expect(names(container).length).toBeLessThan(500);
    const shown = names(container).length;
    // The next read: c3 is gone, a new cookie comes first, the rest reversed.
    const added: AuditRow = { ...snap.rows[0]!, cookie: 'fresh_one' };
    const next = [added, ...snap.rows.filter((r) => r.cookie !== 'c3').toReversed()];
    rerender(<AuditRows rows={next} />);
    const now = names(container);
    // What was rendered stays rendered (as many rows, no fewer), as a prefix of the new order.
    expect(now.length).toBeGreaterThanOrEqual(shown);
    expect(now).toEqual(next.slice(0, now.length).map((r) => r.cookie));
    await waitFor(() => expect(names(container)).toHaveLength(next.length), { timeout: 5000 });
    expect(names(container)).toEqual(next.map((r) => r.cookie));
    expect(new Set(names(container)).size).toBe(next.length);
  });

  it('streams the cookies listed under each finding too, all of them in the end', async () => {
    const { container } = render(<Findings findings={snap.findings} />);
    const full = Object.fromEntries(
      ['set-before-choice', 'set-after-refusal', 'needs-check'].map((flag) => [
        flag,
        snap.findings.filter((f) => f.flags.includes(flag as never)).map((f) => f.name),
      ]),
    );
    const first = listed(container);
    expect(Object.keys(first).length).toBeGreaterThan(0);
    for (const [flag, cookies] of Object.entries(first)) expect(cookies).toEqual(full[flag]!.slice(0, FIRST_ITEMS));
    await waitFor(() => expect(listed(container)).toEqual(Object.fromEntries(Object.keys(first).map((flag) => [flag, full[flag]]))), { timeout: 5000 });
  });

  it('beforeprint renders every row and finding before it returns', () => {
    const { container } = render(
      <>
        <Findings findings={snap.findings} />
        <AuditRows rows={snap.rows} />
      </>,
    );
    expect(names(container)).toHaveLength(FIRST_ITEMS);
    // A plain dispatch, not testing-library's fireEvent (which wraps it in act() and flushes).
    window.dispatchEvent(new Event('beforeprint'));
    expect(names(container)).toEqual(expected);
    for (const [flag, cookies] of Object.entries(listed(container)))
      expect(cookies).toHaveLength(snap.findings.filter((f) => f.flags.includes(flag as never)).length);
    expect(busy(container)).toBeNull();
    // And it stays whole after printing (no timer takes rows away).
    window.dispatchEvent(new Event('afterprint'));
    expect(names(container)).toHaveLength(500);
  });

  it('doubles what is rendered at each chunk: 500 rows come in three chunks after the first render', () => {
    const steps = [FIRST_ITEMS];
    while (steps.at(-1)! < 500) steps.push(nextChunk(steps.at(-1)!));
    expect(steps).toEqual([40, 140, 280, 560]);
  });
});
