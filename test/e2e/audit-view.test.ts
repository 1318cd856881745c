/**
 * The audit view in real browsers (Chromium and Firefox ESR), against the demo consent portals:
 * audit.html?tab=<id> goes idle → recording → done; on the misbehaving portal the rows carry the
 * flags and phases of what it wrote before the choice and after the refusal, and the verdict says
 * so; the view closed and reopened mid-audit loses nothing; on a portal whose consent cookie
 * cannot be read, the user's answer sets the phase; the JSON export reads back.
 */
import type { Page } from 'puppeteer-core';
import { demoPortal, launchWithExtension, openExtensionPage, openWebPage, tabIdOf, type Demo, type ExtensionSession, type Target } from './harness';

jest.setTimeout(180_000);

interface Row {
  cookie: string;
  status: string;
  flags: string[];
  consentClass: string;
  phase: string | null;
}

function auditRows(view: Page): Promise<Row[]> {
  return view.$$eval('tr[data-cookie]', (els) =>
    els.map((el) => ({
      cookie: el.getAttribute('data-cookie') ?? '',
      status: el.getAttribute('data-status') ?? '',
      flags: (el.getAttribute('data-flags') ?? '').split(' ').filter(Boolean),
      consentClass: el.getAttribute('data-consent-class') ?? '',
      phase: el.getAttribute('data-phase'),
    })),
  );
}

/**
 * Clicks a control of the view. The view is brought to the front first: the demo page was, and
 * puppeteer's click waits for animation frames, which a background tab does not run.
 */
async function press(view: Page, selector: string): Promise<void> {
  await view.bringToFront();
  await view.waitForSelector(selector, { timeout: 20_000 });
  await view.$eval(selector, (el) => (el as HTMLElement).click());
}

const state = (view: Page, word: string) => view.waitForSelector(`[data-audit-state="${word}"]`, { timeout: 20_000 });

/** Waits until a row for `cookie` matches `check` (the view re-reads on each audit-changed). */
async function rowWhen(view: Page, cookie: string, check: (r: Row) => boolean, timeout = 20_000): Promise<Row> {
  const end = Date.now() + timeout;
  let last: Row[] = [];
  while (Date.now() < end) {
    last = await auditRows(view).catch(() => []);
    const row = last.find((r) => r.cookie === cookie);
    if (row && check(row)) return row;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no matching row for ${cookie}: ${JSON.stringify(last)}`);
}

describe.each<Target>(['chrome', 'firefox'])('audit view, %s', (target) => {
  let demo: Demo;
  let s: ExtensionSession;

  beforeAll(async () => {
    demo = await demoPortal();
    s = await launchWithExtension(target);
  });
  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  async function startAudit(host: string): Promise<{ page: Page; view: Page; tabId: number }> {
    const page = await openWebPage(s, demo.url(host, '/'));
    const tabId = await tabIdOf(s, demo.url(host, '/'));
    const view = await openExtensionPage(s, `audit.html?tab=${tabId}`);
    await state(view, 'idle');
    await press(view, '[data-action="start-audit"]');
    const prompt = await view.$eval('[data-testid="confirm-prompt"]', (el) => el.textContent ?? '');
    expect(prompt).toContain('They all come back when the audit ends');
    await press(view, '[data-action="confirm"]');
    await state(view, 'recording');
    return { page, view, tabId };
  }

  it('records the misbehaving portal: before the choice, after the refusal; closing the view loses nothing; stop restores; the export reads back', async () => {
    const host = 'leaky.example.test';
    const { page, view, tabId } = await startAudit(host);
    // Written before any choice: Google Analytics (needs consent) and Matomo (exemptable).
    const ga = await rowWhen(view, '_ga', (r) => r.flags.includes('set-before-choice'));
    expect(ga).toMatchObject({ consentClass: 'needs-consent', phase: 'before-choice' });
    expect(await view.$eval('[data-verdict]', (el) => el.textContent)).toMatch(/cookies? that need consent (was|were) written before you chose/);

    // Close the view mid-audit and open it again: the audit ran on in the background.
    await view.close();
    const again = await openExtensionPage(s, `audit.html?tab=${tabId}`);
    await state(again, 'recording');
    await rowWhen(again, '_ga', (r) => r.flags.includes('set-before-choice'));

    // Refuse with the site's own banner (switches off, "Sauvegarder mes choix"), then browse on.
    await page.bringToFront();
    await page.waitForSelector('.ods-cookies-banner__save', { visible: true, timeout: 10_000 });
    await page.click('.ods-cookies-banner__save');
    await again.waitForSelector('[data-current-phase="after-refusal"]', { timeout: 20_000 });
    await page.goto(demo.url(host, '/explore/'), { waitUntil: 'load' });
    const after = await rowWhen(again, '_ga', (r) => r.flags.includes('set-after-refusal'));
    expect(after.phase).toBe('before-choice'); // the phase of its first write
    expect(await again.$eval('[data-verdict]', (el) => el.getAttribute('data-verdict'))).toBe('violation');
    expect(await again.$eval('[data-finding="set-after-refusal"]', (el) => el.getAttribute('data-severity'))).toBe('violation');

    await press(again, '[data-action="stop-audit"]');
    await state(again, 'done');
    const restored = await again.$eval('[data-restored]', (el) => ({ count: Number(el.getAttribute('data-restored')), text: el.textContent ?? '' }));
    expect(restored.text).toMatch(/put back/);

    // The JSON export, read back from the view.
    await press(again, '[data-action="export"]');
    await again.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('[data-testid="audit-export-preview"]')?.value ?? '').startsWith('{'), {
      timeout: 10_000,
    });
    const json = JSON.parse(await again.$eval('[data-testid="audit-export-preview"]', (el) => (el as HTMLTextAreaElement).value));
    expect(Object.keys(json.audit)).toEqual(['startedAt', 'endedAt', 'phases', 'timeline', 'restored']);
    expect(json.audit.phases.map((p: { phase: string }) => p.phase)).toEqual(expect.arrayContaining(['before-choice', 'after-refusal']));
    expect(json.audit.timeline.some((e: { name: string; event: string }) => e.name === '_ga' && e.event === 'set')).toBe(true);
    expect(json.audit.startedAt).toMatch(/T\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d$/);
    expect(json.audit.restored.count).toBe(restored.count);
    expect(json.rows.find((r: { cookie: string }) => r.cookie === '_ga').flags).toEqual(expect.arrayContaining(['set-before-choice', 'set-after-refusal']));
    await again.close();
    await page.close();
  });

  it('the well-behaved portal: nothing that needs consent before the choice', async () => {
    const { page, view } = await startAudit('consent.example.test');
    await page.bringToFront();
    await page.waitForSelector('.ods-cookies-banner__save', { visible: true, timeout: 10_000 });
    await page.click('.ods-cookies-banner__save');
    await view.waitForSelector('[data-current-phase="after-refusal"]', { timeout: 20_000 });
    await page.goto(demo.url('consent.example.test', '/explore/'), { waitUntil: 'load' });
    const rows = await auditRows(view);
    expect(rows.filter((r) => r.flags.includes('set-before-choice') || r.flags.includes('set-after-refusal'))).toEqual([]);
    expect(await view.$eval('[data-verdict]', (el) => el.getAttribute('data-verdict'))).not.toBe('violation');
    await press(view, '[data-action="stop-audit"]');
    await state(view, 'done');
    await view.close();
    await page.close();
  });

  it('a consent cookie that cannot be read: the user says which choice, and the phase follows the answer', async () => {
    const { page, view } = await startAudit('unreadable.example.test');
    await page.bringToFront();
    await page.waitForSelector('.ods-cookies-banner__save', { visible: true, timeout: 10_000 });
    await page.click('.ods-cookies-banner__save');
    await view.waitForSelector('[data-answer="refused"]', { timeout: 20_000 });
    await press(view, '[data-answer="refused"]');
    await view.waitForSelector('[data-current-phase="after-refusal"]', { timeout: 20_000 });
    await press(view, '[data-action="stop-audit"]');
    await state(view, 'done');
    await view.close();
    await page.close();
  });
});
