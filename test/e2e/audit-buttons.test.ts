/**
 * The audit view's "Refuse for me" / "Accept for me" in real browsers (Chromium and Firefox ESR):
 * on each demo consent platform (the Opendatasoft-like banner, tarteaucitron, Orejime, Klaro) the
 * button runs the site's own control, the view's phase and consent line follow the cookie it
 * wrote, and the stopped audit's export keeps the choice. A page with no banner shows the
 * "no rule" note and stays before the choice.
 */
import type { Page } from 'puppeteer-core';
import { demoPortal, launchWithExtension, openExtensionPage, openWebPage, tabIdOf, type Demo, type ExtensionSession, type Target } from './harness';

jest.setTimeout(60_000);

/** Each platform, its name on the consent line, and what its acceptance reads as. */
const PLATFORMS = [
  // The Opendatasoft banner offers switches for Matomo and GA only: accepting all it offers is partial.
  { host: 'consent.example.test', cmp: 'opendatasoft', name: 'Opendatasoft', accepted: 'partial', acceptedText: 'partly accepted' },
  { host: 'tac.example.test', cmp: 'tarteaucitron', name: 'tarteaucitron', accepted: 'accepted', acceptedText: 'accepted' },
  { host: 'orejime.example.test', cmp: 'orejime', name: 'Orejime', accepted: 'accepted', acceptedText: 'accepted' },
  { host: 'klaro.example.test', cmp: 'klaro', name: 'Klaro', accepted: 'accepted', acceptedText: 'accepted' },
];

/** Clicks a control of the view with element.click(): puppeteer's click waits for frames a background tab never runs. */
async function press(view: Page, selector: string): Promise<void> {
  await view.bringToFront();
  await view.waitForSelector(`${selector}:not([disabled])`, { timeout: 20_000 });
  await view.$eval(selector, (el) => (el as HTMLElement).click());
}

const state = (view: Page, word: string) => view.waitForSelector(`[data-audit-state="${word}"]`, { timeout: 20_000 });

/** Polls `fn` (errors count as not yet: a page being swapped in may fail an evaluation). */
async function until<T>(fn: () => Promise<T | null | false>, what: string, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const value = await fn().catch(() => null);
    if (value) return value;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The view's note after a request (empty until the answer came). */
const noteOf = (view: Page) => view.$eval('[data-testid="audit-note"]', (el) => ({ text: el.textContent ?? '', bad: el.classList.contains('tone-bad') }));

/** The recording panel's phase and consent line. */
const nowLine = (view: Page) =>
  view.$eval('[data-current-phase]', (el) => {
    const consent = el.querySelector('[data-consent-state]');
    return { phase: el.getAttribute('data-current-phase'), consent: consent?.getAttribute('data-consent-state'), text: consent?.textContent ?? '' };
  });

describe.each<Target>(['chrome', 'firefox'])('audit view buttons, %s', (target) => {
  let demo: Demo;
  let s: ExtensionSession;

  beforeAll(async () => {
    demo = await demoPortal();
    s = await launchWithExtension(target);
  }, 60_000);
  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  /** Opens `host` in a new tab and its audit view, starts a fresh audit, and waits until the tab reloaded. */
  async function startAudit(host: string): Promise<{ page: Page; view: Page }> {
    const url = demo.url(host, '/');
    const page = await openWebPage(s, url);
    const tabId = await tabIdOf(s, url);
    const view = await openExtensionPage(s, `audit.html?tab=${tabId}`);
    await state(view, 'idle');
    await page.evaluate(() => Object.assign(window, { ccBeforeFreshStart: true }));
    await press(view, '[data-action="start-audit"]');
    await press(view, '[data-action="confirm"]');
    await state(view, 'recording');
    // The fresh start reloads the tab: the button must act on the reloaded page, not the old one.
    await until(() => page.evaluate(() => !('ccBeforeFreshStart' in window) && document.readyState === 'complete'), `${host} to reload after the fresh start`);
    return { page, view };
  }

  /** Presses a button and waits for the view's note saying how it went. */
  async function pressAndNote(view: Page, selector: string): Promise<{ text: string; bad: boolean }> {
    await press(view, selector);
    return until(async () => {
      const note = await noteOf(view);
      return note.text.trim() !== '' ? note : null;
    }, `a note after ${selector}`);
  }

  /** Stops the audit (keeping what the site wrote, or not) and returns the last phase its JSON export recorded. */
  async function stopAndLastPhase(view: Page, keep = false): Promise<{ phase: string; consent: { cmp: string; decided: boolean; choice: string } }> {
    if (keep) await press(view, '[data-testid="keep-written"]');
    expect(await view.$eval('[data-testid="keep-written"]', (el) => (el as HTMLInputElement).checked)).toBe(keep);
    await press(view, '[data-action="stop-audit"]');
    await state(view, 'done');
    await press(view, '[data-action="export"]');
    const json = await until(async () => {
      const text = await view.$eval('[data-testid="audit-export-preview"]', (el) => (el as HTMLTextAreaElement).value);
      return text.startsWith('{') ? text : null;
    }, 'the JSON export');
    return JSON.parse(json).audit.phases.at(-1);
  }

  it.each(PLATFORMS)('"Refuse for me" on $host: after-refusal, the consent line says refused, the export keeps it', async ({ host, cmp, name }) => {
    const { page, view } = await startAudit(host);
    expect((await nowLine(view)).phase).toBe('before-choice');
    const note = await pressAndNote(view, '[data-action="opt-out"]');
    expect(note).toMatchObject({ bad: false, text: expect.stringContaining("The site's own control was used") });
    await view.waitForSelector('[data-current-phase="after-refusal"]', { timeout: 20_000 });
    expect(await nowLine(view)).toEqual({ phase: 'after-refusal', consent: 'refused', text: `${name} records: refused` });
    // Kept: the refusal cookie stays in the browser, for the next case's fresh start to remove.
    expect(await stopAndLastPhase(view, true)).toMatchObject({ phase: 'after-refusal', consent: { cmp, decided: true, choice: 'refused' } });
    await view.close();
    await page.close();
  });

  it.each(PLATFORMS)(
    '"Accept for me" on $host in a fresh audit: after-acceptance, the consent line says $acceptedText',
    async ({ host, cmp, name, accepted, acceptedText }) => {
      const { page, view } = await startAudit(host);
      // The refusal the previous case kept is gone with the fresh start: no choice yet, and the banner
      // shows again. (tarteaucitron may already have written its undecided `!gtag=wait`: `unknown`.)
      const fresh = await nowLine(view);
      expect(fresh.phase).toBe('before-choice');
      expect(['none', 'unknown']).toContain(fresh.consent);
      const note = await pressAndNote(view, '[data-action="opt-in"]');
      expect(note).toMatchObject({ bad: false, text: expect.stringContaining("The site's own control was used") });
      await view.waitForSelector('[data-current-phase="after-acceptance"]', { timeout: 20_000 });
      expect(await nowLine(view)).toEqual({ phase: 'after-acceptance', consent: accepted, text: `${name} records: ${acceptedText}` });
      expect(await stopAndLastPhase(view)).toMatchObject({ phase: 'after-acceptance', consent: { cmp, decided: true, choice: accepted } });
      await view.close();
      await page.close();
    },
  );

  it('"Refuse for me" on a page with no banner: the "no rule" note, and the phase stays before-choice', async () => {
    const { page, view } = await startAudit('data.example.test');
    const note = await pressAndNote(view, '[data-action="opt-out"]');
    expect(note).toEqual({ bad: true, text: 'No rule knows this banner: click it yourself (no rule matched this banner)' });
    // The portal's own `cookies_preferences=accepted` (set by its server, not a value the banner
    // writes) reads decided but unreadable: the view asks for an answer and opens no phase.
    expect(await nowLine(view)).toEqual({
      phase: 'before-choice',
      consent: 'unknown',
      text: 'Opendatasoft records: a choice, whose content could not be read',
    });
    expect(await view.$$eval('[data-answer]', (els) => els.length)).toBe(3);
    expect(await stopAndLastPhase(view)).toMatchObject({ phase: 'before-choice' });
    await view.close();
    await page.close();
  });
});
