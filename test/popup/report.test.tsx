/** @jest-environment jsdom */
/** The report: one row element per report row, declared and observed side by side, explained. */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { demoReport, DEMO_COOKIES, reportView } from './fixtures';
import { notifyTabChanged, renderPopup, rowFor, rowsOf, sideText } from './render';
import { cookie } from '../core/compare/helpers';

// Jest's fake clock for every timer the popup sets (deadlines, polling, the row stream, Preact's
// after-paint effects); waitFor and findBy advance it, so no test waits in real time.
jest.useFakeTimers();

async function showReport(report = demoReport()) {
  const view = { current: reportView(report) };
  const r = renderPopup(() => view.current);
  await screen.findByText('Declared cookies');
  return { ...r, view };
}

describe('popup report', () => {
  it('renders exactly one row element per report row, with the public data-* contract', async () => {
    const report = demoReport();
    const { container } = await showReport(report);
    const rows = rowsOf(container);
    expect(rows.map((r) => [r.status, r.cookie, r.flags.join(' ')])).toEqual(
      report.rows.map((row) => [row.status, row.observed?.name ?? row.declaredName ?? '', row.flags.join(' ')]),
    );
    expect(container.querySelectorAll('[data-state="report"]')).toHaveLength(1);
  });

  it('aligns a match on one line, declared on the left and observed on the right', async () => {
    const { container } = await showReport();
    const row = rowFor(container, 'sessionid').el;
    expect(sideText(row, 'declared')).toContain('2 weeks by default');
    expect(sideText(row, 'declared')).toContain('Huwise');
    expect(sideText(row, 'declared')).toContain('Cookies nécessaires');
    const observed = sideText(row, 'observed');
    expect(observed).toContain('HttpOnly');
    expect(observed).toContain('data.example.test/');
    expect(observed).toContain('in 14 days');
    expect(observed).toContain('•••• (32 chars)');
    expect(observed).toContain('1st party');
  });

  it('leaves the observed side empty for an absent declaration and the declared side for an undeclared cookie', async () => {
    const { container } = await showReport();
    const absent = rowFor(container, 'django_language');
    expect(absent.status).toBe('absent');
    expect(sideText(absent.el, 'observed')).toBe('Not in the browser');
    expect(sideText(absent.el, 'declared')).toContain('12 months');
    const undeclared = rowFor(container, 'ab_test_variant');
    expect(undeclared.status).toBe('undeclared');
    expect(sideText(undeclared.el, 'declared')).toBe('Not in the charter');
    expect(sideText(undeclared.el, 'observed')).toContain('ab_test_variant');
  });

  it('groups vague cookies under the unnamed declaration that may cover them', async () => {
    const { container } = await showReport();
    const [first, second] = ['atidvisitor', 'atuserid'].map((name) => rowFor(container, name));
    expect(first!.status).toBe('vague');
    expect(sideText(first!.el, 'declared')).toContain('(no cookie name)');
    expect(sideText(first!.el, 'declared')).toContain('AT Internet');
    expect(first!.el.nextElementSibling).toBe(second!.el);
    expect(sideText(second!.el, 'declared')).toBe('↳ same declaration as above');
    expect(rowFor(container, 'ab_test_variant').el.classList.contains('cont')).toBe(false);
  });

  it('shows the summary counts and a one-line verdict', async () => {
    const report = demoReport();
    const { container } = await showReport(report);
    const count = (field: string) => Number(container.querySelector(`[data-count="${field}"] b`)?.textContent);
    for (const field of ['declared', 'observed', 'matched', 'undeclared', 'absent', 'vague', 'unnamed'] as const) {
      expect(count(field)).toBe(report.summary[field]);
    }
    expect(count('undeclared')).toBe(rowsOf(container).filter((r) => r.status === 'undeclared').length);
    expect(screen.getByText('2 cookies are not declared in the charter')).toBeTruthy();
  });

  it('says every cookie is declared when it is, and hides zero vague/unnamed counts', async () => {
    const declaredOnly = DEMO_COOKIES.filter((c) => ['sessionid', '_pk_ses.1.a1b2'].includes(c.name));
    const { container } = await showReport(demoReport(declaredOnly));
    expect(screen.getByText('Every cookie observed is declared in the charter')).toBeTruthy();
    expect(container.querySelector('.verdict')?.className).toContain('tone-ok');
    expect(container.querySelector('[data-count="vague"]')).toBeNull();
  });

  it('explains each status and flag in a tooltip and in an expandable details line', async () => {
    const { container } = await showReport();
    const row = rowFor(container, 'cookies_preferences').el;
    const button = within(row).getByRole('button', { name: /Matched/ });
    expect(button.getAttribute('title')).toContain('Lives 12 months, the charter says 6 months.');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const details = row.nextElementSibling as HTMLElement;
    expect(details.id).toBe(button.getAttribute('aria-controls'));
    expect(details.hasAttribute('data-status')).toBe(false);
    expect(details.textContent).toContain('Declared in the charter as “cookies_preferences” and present in the browser.');
    expect(details.textContent).toContain('Lives 12 months, the charter says 6 months.');
    const pk = within(rowFor(container, '_pk_id.1.a1b2').el).getByRole('button', { name: /Matched/ });
    expect(pk.getAttribute('title')).toContain('An audience-measurement cookie living 13.1 months');
    const chip = rowFor(container, '_pk_id.1.a1b2').el.querySelector('[data-flag="over-13-months"]');
    expect(chip?.textContent).toContain('⚠');
  });

  it('uses real table semantics: caption, grouped Declared/Observed headers with scope', async () => {
    const { container } = await showReport();
    const table = screen.getByRole('table');
    expect(table.querySelector('caption')?.textContent).toContain('side by side');
    const groups = [...table.querySelectorAll('th[scope="colgroup"]')].map((th) => th.textContent);
    expect(groups).toEqual(['Declared cookies', 'Observed cookies']);
    expect(table.querySelectorAll('thead th[scope="col"]').length).toBe(6);
    expect(container.querySelectorAll('colgroup')).toHaveLength(3);
  });

  it("keeps a row's details open and the keyboard focus on its button through a toggle and a live update", async () => {
    const { container, view } = await showReport();
    const button = within(rowFor(container, 'sessionid').el).getByRole('button', { name: /Matched/ });
    button.focus();
    fireEvent.click(button);
    expect(document.activeElement).toBe(button); // toggled in place, not rebuilt
    view.current = reportView(demoReport([...DEMO_COOKIES, cookie('late_cookie', 600)]));
    await notifyTabChanged();
    await waitFor(() => expect(rowsOf(container).map((r) => r.cookie)).toContain('late_cookie'));
    const row = rowFor(container, 'sessionid').el;
    const again = within(row).getByRole('button', { name: /Matched/ });
    expect(document.activeElement).toBe(again);
    expect(again.getAttribute('aria-expanded')).toBe('true');
    expect(row.nextElementSibling?.classList.contains('details')).toBe(true);
  });

  it('updates live when the tab changes, keeping filter, search and sort, and announces it', async () => {
    const { container, view } = await showReport();
    fireEvent.click(screen.getByRole('radio', { name: /Problems only/ }));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'a' } });
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'name' } });
    const before = rowsOf(container).map((r) => r.cookie);
    view.current = reportView(demoReport([...DEMO_COOKIES, cookie('late_cookie', 600)]));
    await notifyTabChanged();
    await waitFor(() => expect(rowsOf(container).map((r) => r.cookie)).toContain('late_cookie'));
    expect(rowsOf(container).map((r) => r.cookie)).toEqual([...before, 'late_cookie'].sort((a, b) => a.localeCompare(b)));
    expect((screen.getByRole('radio', { name: /Problems only/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('a');
    expect((screen.getByRole('combobox') as HTMLSelectElement).value).toBe('name');
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toBe('Report updated. Cookies observed: 10, undeclared: 3.');
  });
});
