/** @jest-environment jsdom */
/** The audit view's states, its public data-* contract, the confirm prompt, the answers and live updates. */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '../fakes/browser';
import { done, idle, PLAN, recording, TAB } from './fixtures';
import { notifyAuditChanged, renderAudit, stateOf } from './render';

const rowsOf = (c: Element) =>
  [...c.querySelectorAll<HTMLElement>('tr[data-cookie]')].map((el) => ({
    cookie: el.dataset.cookie,
    status: el.dataset.status,
    flags: el.dataset.flags,
    consentClass: el.dataset.consentClass,
    phase: el.getAttribute('data-phase'),
  }));

describe('audit view', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => (warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)));
  afterEach(() => warn.mockRestore());

  it('idle: says what the audit does; start asks first, saying what is removed, from which store, and that it comes back', async () => {
    const { container, background } = renderAudit(idle());
    await waitFor(() => expect(stateOf(container)).toBe('idle'));
    expect(background.requests[0]).toEqual({ type: 'audit-get', payload: { tabId: TAB } });
    expect(container.textContent).toContain('The audit records what this site writes in your browser before you choose');
    expect(container.querySelector('[data-action="confirm"]')).toBeNull();
    fireEvent.click(container.querySelector('[data-action="start-audit"]')!);
    const prompt = await screen.findByTestId('confirm-prompt');
    expect(prompt.textContent).toContain("15 cookie(s) will be removed from your browser's cookies and kept in memory");
    expect([...prompt.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['example.test: 12 cookies', 'tracker.other.test: 3 cookies']);
    expect(prompt.textContent).toContain('They all come back when the audit ends');
    // Focus moves to the answer, for keyboard users.
    expect(document.activeElement).toBe(prompt.querySelector('[data-action="confirm"]'));
    expect(background.requests.filter((r) => r.type === 'audit-start')).toHaveLength(0);
  });

  it('names a private window and a container in the prompt; cancel starts nothing', async () => {
    const { container, background } = renderAudit(idle({ plan: { ...PLAN, storeId: 'firefox-container-2', incognito: false } }));
    await waitFor(() => expect(stateOf(container)).toBe('idle'));
    fireEvent.click(container.querySelector('[data-action="start-audit"]')!);
    expect((await screen.findByTestId('confirm-prompt')).textContent).toContain('the cookies of this container (firefox-container-2)');
    fireEvent.click(container.querySelector('[data-action="cancel"]')!);
    expect(screen.queryByTestId('confirm-prompt')).toBeNull();
    expect(background.requests.map((r) => r.type)).toEqual(['audit-get']);
  });

  it('says "this private window" in French too', async () => {
    const { container } = renderAudit(idle({ plan: { ...PLAN, incognito: true, storeId: '1' } }), 'fr');
    await waitFor(() => expect(stateOf(container)).toBe('idle'));
    fireEvent.click(container.querySelector('[data-action="start-audit"]')!);
    expect((await screen.findByTestId('confirm-prompt')).textContent).toContain('les cookies de cette fenêtre privée');
  });

  it('confirm starts the audit and shows the recording: verdict, counts per phase, phase and consent now', async () => {
    const { container, background } = renderAudit(idle());
    background.next['audit-start'] = () => recording();
    await waitFor(() => expect(stateOf(container)).toBe('idle'));
    fireEvent.click(container.querySelector('[data-action="start-audit"]')!);
    fireEvent.click(await screen.findByText('Remove and start'));
    await waitFor(() => expect(stateOf(container)).toBe('recording'));
    expect(background.requests.find((r) => r.type === 'audit-start')?.payload).toEqual({ tabId: TAB });
    const verdict = container.querySelector('[data-verdict]')!;
    expect(verdict.getAttribute('data-verdict')).toBe('violation');
    expect(verdict.textContent).toBe(
      '1 cookie that needs consent was written before you chose; 2 cookies that need consent were written after you refused; 1 audience cookie to check.',
    );
    expect(container.querySelector('[data-phase-count="before-choice"]')?.textContent).toContain('3 write(s)');
    expect(container.querySelector('[data-phase-count="after-refusal"]')?.textContent).toContain('3 write(s)');
    expect(container.querySelector('[data-current-phase]')?.getAttribute('data-current-phase')).toBe('after-refusal');
    expect(container.querySelector('[data-consent-state]')?.textContent).toBe('Opendatasoft records: refused');
    // A readable consent cookie: no need to ask the user.
    expect(container.querySelector('[data-answer]')).toBeNull();
  });

  it('rows carry data-cookie, data-status, data-flags, data-consent-class and data-phase (absent when never written)', async () => {
    const snap = recording();
    snap.rows.push({
      cookie: 'gone',
      domain: '.example.test',
      path: '/',
      status: 'undeclared',
      flags: [],
      consentClass: 'unknown',
      phase: null,
      severity: null,
    });
    const { container } = renderAudit(snap);
    await waitFor(() => expect(stateOf(container)).toBe('recording'));
    const rows = rowsOf(container);
    expect(rows.find((r) => r.cookie === '_ga')).toEqual({
      cookie: '_ga',
      status: 'undeclared',
      flags: 'set-before-choice set-after-refusal',
      consentClass: 'needs-consent',
      phase: 'before-choice',
    });
    expect(rows.find((r) => r.cookie === '_fbp')).toMatchObject({ flags: 'set-after-refusal', phase: 'after-refusal' });
    expect(rows.find((r) => r.cookie === '_pk_id.1.abcd')).toMatchObject({ flags: 'needs-check', consentClass: 'exemptable' });
    expect(rows.find((r) => r.cookie === 'JSESSIONID')).toMatchObject({ flags: '', consentClass: 'exempt' });
    expect(rows.find((r) => r.cookie === 'gone')?.phase).toBeNull();
  });

  it('asks the user when the consent cookie is unreadable, and sends the answer', async () => {
    const { container, background } = renderAudit(recording({ needsAnswer: true, consent: { cmp: 'opendatasoft', decided: true, choice: 'unknown' } }));
    background.next['audit-answer'] = () => recording({ consent: { cmp: 'opendatasoft', decided: true, choice: 'unknown' } });
    await waitFor(() => expect(stateOf(container)).toBe('recording'));
    expect(container.textContent).toContain('says nothing readable: which choice did you make?');
    expect([...container.querySelectorAll('[data-answer]')].map((b) => b.textContent)).toEqual(['I refused', 'I accepted', 'I withdrew']);
    fireEvent.click(container.querySelector('[data-answer="refused"]')!);
    await waitFor(() => expect(background.requests.find((r) => r.type === 'audit-answer')?.payload).toEqual({ tabId: TAB, answer: 'refused' }));
    await waitFor(() => expect(container.querySelector('[data-answer]')).toBeNull());
  });

  it('asks too when no consent cookie exists at all', async () => {
    const { container } = renderAudit(recording({ consent: null }));
    await waitFor(() => expect(stateOf(container)).toBe('recording'));
    expect(container.textContent).toContain('No consent cookie has been written');
    expect(container.querySelectorAll('[data-answer]')).toHaveLength(3);
    expect(container.querySelector('[data-consent-state]')?.textContent).toBe('No consent cookie yet');
  });

  it('"Refuse for me" runs autoconsent; its failure says no rule knows the banner, with the reason', async () => {
    const { container, background } = renderAudit(recording());
    background.next['audit-autoconsent'] = () => ({ ok: false, reason: 'no rule matched this banner' });
    await waitFor(() => expect(stateOf(container)).toBe('recording'));
    fireEvent.click(container.querySelector('[data-action="opt-out"]')!);
    await waitFor(() =>
      expect(screen.getByTestId('audit-note').textContent).toBe('No rule knows this banner: click it yourself (no rule matched this banner)'),
    );
    // Another failure is not blamed on a missing rule.
    background.next['audit-autoconsent'] = () => ({ ok: false, reason: 'the banner did not answer' });
    fireEvent.click(container.querySelector('[data-action="opt-out"]')!);
    await waitFor(() =>
      expect(screen.getByTestId('audit-note').textContent).toBe("The site's own control could not be used: click it yourself (the banner did not answer)"),
    );
    expect(background.requests.find((r) => r.type === 'audit-autoconsent')?.payload).toEqual({ tabId: TAB, action: 'optOut' });
    background.next['audit-autoconsent'] = () => ({ ok: true, cmp: 'tarteaucitron' });
    fireEvent.click(container.querySelector('[data-action="opt-in"]')!);
    await waitFor(() => expect(screen.getByTestId('audit-note').textContent).toContain('(tarteaucitron)'));
  });

  it('stop sends keep: true when "keep what the site wrote" is ticked; done shows the restore result', async () => {
    const { container, background } = renderAudit(recording());
    background.next['audit-stop'] = () => done();
    await waitFor(() => expect(stateOf(container)).toBe('recording'));
    fireEvent.click(screen.getByTestId('keep-written'));
    fireEvent.click(container.querySelector('[data-action="stop-audit"]')!);
    await waitFor(() => expect(stateOf(container)).toBe('done'));
    expect(background.requests.find((r) => r.type === 'audit-stop')?.payload).toEqual({ tabId: TAB, keep: true });
    const restored = container.querySelector('[data-restored]')!;
    expect(restored.textContent).toContain('148 cookies put back; 1 could not: old_pref (expired meanwhile).');
    expect(restored.textContent).toContain('4 cookie(s) the site wrote during the audit were removed.');
    expect(container.textContent).toContain('You stopped the audit.');
    expect(container.querySelector('[data-action="stop-audit"]')).toBeNull();
    expect(container.querySelector('[data-action="export"]')).not.toBeNull();
  });

  it('findings: each flag with its severity, its rule in plain words and its CNIL links, in English and French', async () => {
    for (const [lang, severity, words] of [
      ['en', 'Violation', 'may not be written before the visitor has chosen'],
      ['fr', 'Manquement', 'ne peut pas être déposé avant que le visiteur ait fait son choix'],
    ] as const) {
      const { container, unmount } = renderAudit(done(), lang);
      await waitFor(() => expect(stateOf(container)).toBe('done'));
      const before = container.querySelector('[data-finding="set-before-choice"]')!;
      expect(before.getAttribute('data-severity')).toBe('violation');
      expect(before.textContent).toContain(severity);
      expect(before.textContent).toContain(words);
      expect([...before.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(
        'https://www.cnil.fr/en/cookies-penalty-50000-euros-against-societe-du-figaro',
      );
      expect(container.querySelector('[data-finding="needs-check"]')?.getAttribute('data-severity')).toBe('to-check');
      expect(container.querySelector('[data-finding="choice-over-6-months"]')).toBeNull();
      unmount();
    }
  });

  it('re-reads on audit-changed for its tab, not for another tab', async () => {
    const { container, background } = renderAudit(recording());
    await waitFor(() => expect(stateOf(container)).toBe('recording'));
    const asked = () => background.requests.filter((r) => r.type === 'audit-get').length;
    expect(asked()).toBe(1);
    await notifyAuditChanged(TAB + 1);
    expect(asked()).toBe(1);
    background.snapshot = done();
    await notifyAuditChanged();
    await waitFor(() => expect(stateOf(container)).toBe('done'));
    expect(asked()).toBe(2);
  });

  it('a burst of notices costs at most one read in flight and one after it', async () => {
    const { container, background } = renderAudit(recording());
    await waitFor(() => expect(stateOf(container)).toBe('recording'));
    await Promise.all(Array.from({ length: 50 }, () => notifyAuditChanged()));
    await waitFor(() => expect(background.requests.filter((r) => r.type === 'audit-get').length).toBeLessThanOrEqual(3));
  });

  it('without ?tab follows the active tab of its window', async () => {
    const activated: ((info: { tabId: number; windowId: number }) => void)[] = [];
    const b = fakeBrowser.browser as unknown as Record<string, unknown> & { tabs: Record<string, unknown> };
    b.windows = { getCurrent: jest.fn(async () => ({ id: 1 })) };
    b.tabs.onActivated = { addListener: jest.fn((fn: (typeof activated)[number]) => activated.push(fn)), removeListener: jest.fn() };
    b.tabs.onUpdated = { addListener: jest.fn(), removeListener: jest.fn() };
    (fakeBrowser.browser.tabs.query as jest.Mock).mockImplementation(async () => [{ id: 3 }]);
    const { container, background } = renderAudit(idle(), 'en', '');
    await waitFor(() => expect(stateOf(container)).toBe('idle'));
    expect(background.requests[0]?.payload).toEqual({ tabId: 3 });
    await waitFor(() => expect(activated).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 0)); // windows.getCurrent answered
    activated[0]!({ tabId: 9, windowId: 2 }); // another window: ignored
    activated[0]!({ tabId: 4, windowId: 1 });
    await waitFor(() => expect(background.requests.at(-1)?.payload).toEqual({ tabId: 4 }));
    expect(background.requests.some((r) => (r.payload as { tabId: number }).tabId === 9)).toBe(false);
    (fakeBrowser.browser.tabs.query as jest.Mock).mockReset();
  });

  it('says so when the background fails, and retries', async () => {
    const { container, background } = renderAudit(idle());
    background.next['audit-get'] = () => Promise.reject(new Error('boom'));
    await waitFor(() => expect(container.textContent).toContain('The audit could not be read: boom'));
    expect(stateOf(container)).toBeUndefined();
    background.next['audit-get'] = undefined;
    fireEvent.click(screen.getByText('Try again'));
    await waitFor(() => expect(stateOf(container)).toBe('idle'));
  });
});
