/** @jest-environment jsdom */
/** A cookie value is masked; "Show" reads it locally on demand; it never reaches an export. */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '../fakes/browser';
import { reportView } from './fixtures';
import { renderPopup, rowFor } from './render';

// Jest's fake clock for every timer the popup sets (deadlines, polling, the row stream, Preact's
// after-paint effects); waitFor and findBy advance it, so no test waits in real time.
jest.useFakeTimers();

const SECRET = 'S3CR3T-session-value-0123456789ab';

async function showReport() {
  const r = renderPopup(reportView());
  await screen.findByText('Declared cookies');
  fakeBrowser.browser.cookies.get.mockImplementation(async (d: unknown) => {
    const { name, url } = d as { name: string; url: string };
    return name === 'sessionid' ? { name, value: SECRET, domain: 'data.example.test', path: '/', url } : null;
  });
  return r;
}

describe('revealing a cookie value', () => {
  afterEach(() => fakeBrowser.browser.cookies.get.mockReset());

  it('masks values with their length, and shows one only after its button is pressed', async () => {
    const { container } = await showReport();
    expect(container.textContent).not.toContain(SECRET);
    const row = rowFor(container, 'sessionid').el;
    expect(row.textContent).toContain('•••• (32 chars)');
    fireEvent.click(within(row).getByRole('button', { name: 'Show the value of sessionid' }));
    await within(row).findByText(SECRET);
    expect(fakeBrowser.browser.cookies.get).toHaveBeenCalledWith({ name: 'sessionid', storeId: '0', url: 'https://data.example.test/' });
    expect(container.textContent?.split(SECRET)).toHaveLength(2); // in this row only
    fireEvent.click(within(row).getByRole('button', { name: 'Hide' }));
    expect(container.textContent).not.toContain(SECRET);
  });

  it('never puts a revealed value in an export, a message or the live region', async () => {
    const { container } = await showReport();
    const row = rowFor(container, 'sessionid').el;
    fireEvent.click(within(row).getByRole('button', { name: /Show the value/ }));
    await within(row).findByText(SECRET);
    const details = container.querySelector('details.export') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const preview = screen.getByTestId('export-preview') as HTMLTextAreaElement;
    for (const format of ['json', 'csv', 'md']) {
      fireEvent.click(container.querySelector(`input[name="format"][value="${format}"]`)!);
      await waitFor(() => expect(preview.value.length).toBeGreaterThan(100));
      expect(preview.value).toContain('sessionid');
      expect(preview.value).not.toContain(SECRET);
    }
    const sent = fakeBrowser.browser.runtime.sendMessage.mock.calls.map((c) => JSON.stringify(c));
    expect(sent.join()).not.toContain(SECRET);
    expect(container.querySelector('[aria-live]')?.textContent).not.toContain(SECRET);
  });

  it('says so when the cookie is gone, or cannot be read', async () => {
    const { container } = await showReport();
    const row = rowFor(container, 'csrftoken').el;
    fireEvent.click(within(row).getByRole('button', { name: /Show the value/ }));
    await within(row).findByText('no longer set');
    fireEvent.click(within(row).getByRole('button', { name: 'Hide' }));
    fakeBrowser.browser.cookies.get.mockRejectedValueOnce(new Error('No host permission'));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    fireEvent.click(within(row).getByRole('button', { name: /Show the value/ }));
    await within(row).findByText('could not be read');
    expect(warn).toHaveBeenCalledWith('[ext] reading a cookie value failed', 'No host permission');
    expect(row.textContent).not.toContain('•••• (64 chars)');
    warn.mockRestore();
  });
});
