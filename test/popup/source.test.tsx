/** @jest-environment jsdom */
/**
 * The popup on a site that is not a portal: the source line ("Declared by …", `[data-source-kind]`),
 * "no machine-readable declaration", the notes, and the user's two actions on the policy page.
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import type { AnySite, TabView } from '../../src/core/findings';
import { fakeBrowser } from '../fakes/browser';
import { PAGE, reportView, SOURCE } from './fixtures';
import { renderPopup, TAB_ID } from './render';

const POLICY = 'https://www.mairie.test/cookies/';
const anySite = (extra: Partial<AnySite> = {}): AnySite => ({
  sources: [
    { kind: 'cookie-table', url: POLICY },
    { kind: 'tarteaucitron', url: PAGE },
  ],
  pointed: null,
  globals: 'read',
  ...extra,
});

/** The actions the popup sent to the background, as { type, payload } (after renderPopup, which resets the fake). */
function recordActions() {
  const sent: { type: string; payload: unknown }[] = [];
  fakeBrowser.browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type: string; payload: unknown };
    if (m.type !== 'source-point' && m.type !== 'source-forget') return undefined;
    sent.push(m);
    return Promise.resolve({ ok: true });
  });
  return sent;
}

beforeEach(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));

describe('the source line of a site that is not a portal', () => {
  it('names every source, in order, with its kind for tools', async () => {
    const { container } = renderPopup({ ...reportView(), anySite: anySite() });
    await waitFor(() => expect(container.querySelector('[data-source-kind]')).not.toBeNull());
    const line = container.querySelector('[data-source-kind]')!;
    expect(line.getAttribute('data-source-kind')).toBe('cookie-table tarteaucitron');
    expect(line.textContent).toMatch(
      /^Declared by the cookie policy at https:\/\/www\.mairie\.test\/cookies\/.* and tarteaucitron's configuration on this page/,
    );
    expect(line.querySelector('a')?.getAttribute('href')).toBe(POLICY);
  });

  it('keeps the charter line on a portal', async () => {
    const { container } = renderPopup(reportView());
    await waitFor(() => expect(container.querySelector('[data-state="report"]')).not.toBeNull());
    expect(container.querySelector('[data-source-kind]')).toBeNull();
    expect(container.querySelector('[data-action="source-point"]')).toBeNull();
  });

  it('says when the declarations disagree and when the platform could not be read', async () => {
    const disagreements = [
      {
        finding: 'declaration-disagreement' as const,
        name: '_ga',
        about: 'duration' as const,
        first: { source: anySite().sources[0]!, says: '13 months' },
        second: { source: anySite().sources[1]!, says: '2 years' },
      },
    ];
    const { container } = renderPopup({ ...reportView(), anySite: anySite({ disagreements, unreadable: ['klaro'] }) });
    await waitFor(() => expect(container.querySelector('[data-note="disagreements"]')?.textContent).toContain('_ga'));
    expect(container.querySelector('[data-note="globals-unreadable"]')).not.toBeNull();
  });
});

describe('the states of a site that is not a portal', () => {
  it('says "no machine-readable declaration" for a prose-only policy', async () => {
    const view: TabView = { kind: 'no-table', pageUrl: PAGE, title: 'Cookies', source: SOURCE, anySite: anySite({ sources: [] }) };
    const { container } = renderPopup(view);
    await waitFor(() => expect(container.querySelector('[data-state="no-table"] h1')?.textContent).toContain('No machine-readable declaration'));
  });

  it('says nothing was found, with the addresses tried, and offers to point at the policy', async () => {
    const view: TabView = { kind: 'not-portal', pageUrl: PAGE, anySite: anySite({ sources: [], globals: 'none', tried: [`${PAGE}cookie-policy/`] }) };
    const { container } = renderPopup(view);
    const sent = recordActions();
    await screen.findByText('No cookie declaration found for this site', { exact: false });
    expect(container.textContent).toContain(`${PAGE}cookie-policy/`);
    fireEvent.click(container.querySelector('[data-action="source-point"]')!);
    await waitFor(() => expect(sent).toEqual([{ type: 'source-point', payload: { tabId: TAB_ID } }]));
  });

  it('shows the page pointed at and forgets it on request; no "point" on that very page', async () => {
    const view: TabView = { ...reportView(), pageUrl: POLICY, anySite: anySite({ pointed: POLICY }) };
    const { container } = renderPopup(view);
    const sent = recordActions();
    await waitFor(() => expect(container.querySelector(`[data-pointed="${POLICY}"]`)).not.toBeNull());
    expect(container.querySelector('[data-action="source-point"]')).toBeNull();
    fireEvent.click(container.querySelector('[data-action="source-forget"]')!);
    await waitFor(() => expect(sent).toEqual([{ type: 'source-forget', payload: { tabId: TAB_ID } }]));
  });

  it('says the page did not answer rather than "nothing found"', async () => {
    const view: TabView = { kind: 'not-portal', pageUrl: PAGE, unanswered: true, anySite: anySite({ sources: [], globals: 'no-answer' }) };
    const { container } = renderPopup(view);
    await waitFor(() => expect(container.querySelector('[data-note="globals-no-answer"]')).not.toBeNull());
    expect(container.querySelector('h1')?.textContent).not.toContain('No cookie declaration found');
  });
});
