/** @jest-environment jsdom */
/** Every state of the popup has its own screen, with its public data-state and what to do. */
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import type { TabView } from '../../src/core/findings';
import { LOADING_POLL_MS } from '../../src/popup/App';
import { CHARTER_URL, PAGE, reportView, SOURCE } from './fixtures';
import { renderPopup, TAB_ID } from './render';

// Jest's fake clock for every timer the popup sets (deadlines, polling, the row stream, Preact's
// after-paint effects); waitFor and findBy advance it, so no test waits in real time.
jest.useFakeTimers();

const stateOf = (container: Element) => container.querySelector('[data-state]')?.getAttribute('data-state');
const never = () => new Promise<TabView>(() => undefined);

describe('popup states', () => {
  // Failures are logged with the [ext] prefix (never swallowed); keep the test output quiet.
  let warn: jest.SpyInstance;
  beforeEach(() => (warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)));
  afterEach(() => warn.mockRestore());

  it('shows loading until the background answers, then the answer', async () => {
    let release: (v: TabView) => void = () => undefined;
    const { container, background } = renderPopup(() => new Promise<TabView>((r) => (release = r)));
    expect(stateOf(container)).toBe('loading');
    await waitFor(() => expect(background.requests).toHaveLength(1));
    release({ kind: 'loading', pageUrl: PAGE });
    await screen.findByText(PAGE, { exact: false });
    expect(stateOf(container)).toBe('loading');
    expect(screen.getByRole('heading').textContent).toContain("Reading the portal's cookie charter");
  });

  it('asks again while the tab is loading: a page that is no portal sends no change notice', async () => {
    let view: TabView = { kind: 'loading', pageUrl: PAGE };
    const { container, background } = renderPopup(() => view);
    await waitFor(() => expect(background.requests).toHaveLength(1));
    view = { kind: 'not-portal', pageUrl: PAGE };
    await waitFor(() => expect(stateOf(container)).toBe('not-portal'), { timeout: 3 * LOADING_POLL_MS });
    const asked = background.requests.length;
    expect(asked).toBeGreaterThan(1); // it did poll while loading
    await act(() => jest.advanceTimersByTime(3 * LOADING_POLL_MS));
    expect(background.requests).toHaveLength(asked); // settled: no more polling
  });

  it('explains a page that is not a portal and what to do', async () => {
    const { container } = renderPopup({ kind: 'not-portal', pageUrl: 'https://example.org/' });
    await screen.findByText('This page is not an Opendatasoft portal');
    expect(stateOf(container)).toBe('not-portal');
    expect(container.textContent).toContain('Open a page of the portal');
    expect(container.querySelectorAll('[data-state]')).toHaveLength(1);
    // Its icon is drawn, not the ⓘ character that Debian's default fonts lack (an empty box).
    expect(container.querySelector('.screen-icon svg')).not.toBeNull();
    expect(container.textContent).not.toContain('ⓘ');
  });

  it('says when the page was too busy to be checked, and asks again on "Try again"', async () => {
    let view: TabView = { kind: 'not-portal', pageUrl: PAGE, unanswered: true };
    const { container, background } = renderPopup(() => view);
    await screen.findByText(/did not answer in time/);
    expect(stateOf(container)).toBe('not-portal');
    view = { kind: 'not-portal', pageUrl: PAGE };
    const asked = background.requests.length;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(background.requests.length).toBeGreaterThan(asked));
    await waitFor(() => expect(container.textContent).not.toContain('did not answer'));
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('lists the charter addresses tried, as links, and how to point the extension at the charter', async () => {
    const tried = ['https://data.example.test/terms/cookies-policy/', 'https://data.example.test/terms/cookies-information'];
    const { container } = renderPopup({ kind: 'no-charter', pageUrl: PAGE, tried, message: 'HTTP 404' });
    await screen.findByText("The portal's cookie charter could not be found");
    expect(stateOf(container)).toBe('no-charter');
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(tried);
    for (const a of links) expect(a).toHaveProperty('target', '_blank');
    expect(container.textContent).toContain('open the charter page in this tab and reopen this popup'.replace(/^o/, 'O'));
    expect(container.textContent).toContain('reads a page holding the cookie table directly');
  });

  it('says when the charter holds no cookie table, with its link', async () => {
    const { container } = renderPopup({ kind: 'no-table', pageUrl: PAGE, source: SOURCE, title: 'Mentions légales' });
    await screen.findByText('The charter holds no cookie table');
    expect(stateOf(container)).toBe('no-table');
    expect(screen.getByRole('link', { name: /Mentions légales/ }).getAttribute('href')).toBe(CHARTER_URL);
  });

  it('shows a network or HTTP error; Retry asks the background to read the charter again', async () => {
    let view: TabView = { kind: 'error', pageUrl: PAGE, url: CHARTER_URL, tried: [CHARTER_URL], message: 'HTTP 500' };
    const { container, background } = renderPopup(() => view);
    await screen.findByText('The charter could not be read');
    expect(stateOf(container)).toBe('error');
    expect(container.textContent).toContain('HTTP 500');
    view = reportView();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(stateOf(container)).toBe('report'));
    expect(background.requests.map((r) => r.type)).toEqual(['get-tab-view', 'refresh-charter', 'get-tab-view']);
    expect(background.requests[1]!.payload).toEqual({ tabId: TAB_ID });
  });

  it('shows an error screen when the background refuses, with the reason', async () => {
    const { container } = renderPopup(() => Promise.reject(new Error('refused: not an extension page')));
    await screen.findByText('The charter could not be read');
    expect(stateOf(container)).toBe('error');
    expect(container.textContent).toContain('refused: not an extension page');
    expect(warn).toHaveBeenCalledWith('[ext] get-tab-view failed', expect.any(Error));
  });

  it('says the background is not responding after the deadline, and Retry tries again', async () => {
    let answer: () => TabView | Promise<TabView> = never;
    const { container, background } = renderPopup(() => answer());
    await screen.findByText('The extension is not responding', undefined, { timeout: 4000 });
    expect(stateOf(container)).toBe('no-response');
    answer = () => ({ kind: 'not-portal', pageUrl: null });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(stateOf(container)).toBe('not-portal'));
    // Only asked again: a refresh request to a background that does not answer would hang the button.
    expect(background.requests.map((r) => r.type)).toEqual(['get-tab-view', 'get-tab-view']);
  });

  it('turns a refused connection (no background at all) into the no-response screen', async () => {
    const { container } = renderPopup(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    await waitFor(() => expect(stateOf(container)).toBe('no-response'));
  });
});
