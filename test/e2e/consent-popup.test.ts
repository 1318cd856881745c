/**
 * Consent in the popup, outside an audit, in real browsers on the demo portal: the background
 * reads the portal's `cookies_preferences` (set through the cookies API in the hinted JSON form,
 * everything refused), and the popup says so; each row carries its consent class, the trackers
 * present despite the refusal are flagged. Then the unreadable `accepted` the demo itself sets:
 * a choice was recorded, its content is unknown, and nothing is flagged as a refusal.
 */
import type { Page } from 'puppeteer-core';
import {
  demoPortal,
  extensionEval,
  launchWithExtension,
  openExtensionPage,
  openPopup,
  openWebPage,
  readRows,
  rowFor,
  tabIdOf,
  type Demo,
  type ExtensionSession,
  type Target,
} from './harness';

jest.setTimeout(90_000);

const COMPLETE = '[data-state="report"] table[data-rows-complete="true"]';
const REFUSAL_FLAGS = ['set-after-refusal', 'set-before-choice', 'needs-check'];

/** Each row's consent class and the title of its consent badge, by cookie name. */
function consentOf(page: Page): Promise<Record<string, { consentClass: string; reason: string }>> {
  return page.$$eval('[data-status]', (els) =>
    Object.fromEntries(
      els.map((el) => [
        el.getAttribute('data-cookie') ?? '',
        { consentClass: el.getAttribute('data-consent-class') ?? '', reason: el.querySelector('[data-consent]')?.getAttribute('title') ?? '' },
      ]),
    ),
  );
}

/** The consent state line: its state and text, or null. */
function stateLine(page: Page): Promise<{ state: string; text: string } | null> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-consent-state]');
    return el ? { state: el.getAttribute('data-consent-state') ?? '', text: el.textContent ?? '' } : null;
  });
}

describe.each<Target>(['chrome', 'firefox'])('Consent in the popup, %s', (target) => {
  let demo: Demo;
  let s: ExtensionSession;
  let tabId: number;

  /** Sets cookies on the portal through the cookies API, as a visitor's browser would hold them. */
  async function setCookies(cookies: { name: string; value: string; domain?: string }[]): Promise<void> {
    const page = await openExtensionPage(s, 'popup.html?tab=-1');
    const url = demo.url();
    const expiry = Math.floor(Date.now() / 1000) + 180 * 86_400;
    for (const c of cookies) {
      const details = { url, name: c.name, value: c.value, path: '/', expirationDate: expiry, ...(c.domain ? { domain: c.domain } : {}) };
      await extensionEval(page, `(api) => api.cookies.set(${JSON.stringify(details)})`);
    }
    await page.close();
  }

  beforeAll(async () => {
    demo = await demoPortal();
    s = await launchWithExtension(target);
    await openWebPage(s, demo.url());
    tabId = await tabIdOf(s, demo.url());
  });

  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  it('reads a refusal in the hinted JSON form: the line says so, trackers present are flagged, necessary cookies are exempt', async () => {
    const refusal = encodeURIComponent(JSON.stringify({ ga: false, matomo: false, functional_cookies: true, timestamp: Date.now() - 86_400_000 }));
    await setCookies([
      { name: 'cookies_preferences', value: refusal },
      { name: '_ga', value: 'GA1.1.123456789.1732320000', domain: 'example.test' },
      // Known to the Open Cookie Database only (Google, Marketing): proves reference.json loads.
      { name: '_gcl_au', value: '1.1.987654321.1732320000', domain: 'example.test' },
    ]);
    const popup = await openPopup(s, tabId, COMPLETE);
    const line = await stateLine(popup);
    const rows = await readRows(popup);
    const consent = await consentOf(popup);
    expect(line?.state).toBe('refused');
    const present = rows.filter((r) => consent[r.cookie]?.consentClass === 'needs-consent' && r.status !== 'absent' && r.status !== 'unnamed');
    expect(present.length).toBeGreaterThanOrEqual(2);
    expect(line?.text).toContain(String(present.length));
    expect(consent._ga?.consentClass).toBe('needs-consent');
    expect(consent._ga?.reason).toContain('Google Analytics');
    expect(rowFor(rows, '_ga').flags).toContain('set-after-refusal');
    expect(consent._gcl_au).toEqual({ consentClass: 'needs-consent', reason: expect.stringContaining('Open Cookie Database') });
    expect(rowFor(rows, '_gcl_au').flags).toContain('set-after-refusal');
    expect(consent.sessionid?.consentClass).toBe('exempt');
    expect(consent.csrftoken?.consentClass).toBe('exempt');
    for (const r of rows) expect(consent[r.cookie]?.consentClass).toMatch(/^(exempt|exemptable|needs-consent|unknown)$/);
    // Matomo is exemptable: present after a refusal, a human must check its configuration.
    expect(rowFor(rows, '_pk_id.1.a1b2').flags).toContain('needs-check');
    // The value of the consent cookie never reaches the popup.
    expect(await popup.evaluate(() => document.body.innerHTML)).not.toContain('functional_cookies');
    await popup.close();
  });

  it('reads the demo\'s own unreadable "accepted": a choice was recorded, its content unknown, no refusal flag', async () => {
    await setCookies([{ name: 'cookies_preferences', value: 'accepted' }]);
    const popup = await openPopup(s, tabId, COMPLETE);
    const line = await stateLine(popup);
    expect(line?.state).toBe('unknown');
    expect(line?.text).toContain('Opendatasoft');
    const rows = await readRows(popup);
    expect((await consentOf(popup))._ga?.consentClass).toBe('needs-consent');
    for (const r of rows) expect([r.cookie, r.flags.filter((f) => REFUSAL_FLAGS.includes(f))]).toEqual([r.cookie, []]);
    await popup.close();
  });
});
