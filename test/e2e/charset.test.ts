/**
 * Charters saved in windows-1252, in real browsers: one served with `charset=iso-8859-1` in its
 * Content-Type, one whose only label is a `<meta charset="windows-1252">`. Read as UTF-8 (as
 * before core/charset.ts), "Durée" became "Dur\uFFFDe": the duration column was not found and
 * the section names were garbled.
 */
import type { Page } from 'puppeteer-core';
import {
  demoPortal,
  launchWithExtension,
  openPopup,
  openWebPage,
  settledView,
  tabIdOf,
  type Demo,
  type ExtensionSession,
  type Target,
  type TabViewLike,
} from './harness';

jest.setTimeout(90_000);

const NECESSARY = 'Cookies nécessaires au bon fonctionnement de la plateforme';
const AUDIENCE = 'Cookies de mesure d’audience (statistiques)';
/** Declared name → what the charter says of it, as the bytes mean it. */
const EXPECTED: Record<string, { durationText: string; maxAgeSeconds: number; section: string; purpose: string }> = {
  sessionid: { durationText: '2 semaines', maxAgeSeconds: 14 * 86_400, section: NECESSARY, purpose: 'Mémorise l’utilisateur connecté d’une page à l’autre.' },
  csrftoken: {
    durationText: '12 mois',
    maxAgeSeconds: 31_557_600,
    section: NECESSARY,
    purpose: 'Protège les appels à l’API contre la falsification de requêtes.',
  },
  '_pk_id.*': {
    durationText: '13 mois',
    maxAgeSeconds: 34_187_400,
    section: AUDIENCE,
    purpose: 'Distinguer les visiteurs uniques ; aucune donnée n’est cédée à des tiers.',
  },
  '_pk_ses.*': { durationText: '30 minutes', maxAgeSeconds: 1800, section: AUDIENCE, purpose: 'Regrouper les pages vues d’une même visite.' },
};

interface DeclaredLike {
  durationText: string;
  maxAgeSeconds: number | null;
  section: string;
  purpose: string;
  category: string;
}
type Row = NonNullable<TabViewLike['report']>['rows'][number] & { declared: DeclaredLike | null };

/** The popup's declared cells, by the row's data-cookie. */
function declaredText(popup: Page): Promise<Record<string, string>> {
  return popup.$$eval('[data-status]', (els) =>
    Object.fromEntries(
      els.map((el) => [el.getAttribute('data-cookie') ?? '', [...el.querySelectorAll('[data-side="declared"]')].map((c) => c.textContent ?? '').join(' | ')]),
    ),
  );
}

describe.each<Target>(['chrome', 'firefox'])('windows-1252 charters in %s', (target) => {
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

  it.each([
    ['latin1.example.test', 'Content-Type: text/html; charset=iso-8859-1'],
    ['latin1meta.example.test', '<meta charset="windows-1252"> only'],
  ])('%s (%s): durations, purposes and accented sections are read', async (host) => {
    await openWebPage(s, demo.url(host, '/'));
    const tabId = await tabIdOf(s, demo.url(host, '/'));
    const view = await settledView(s, tabId);
    expect(view.kind).toBe('report');
    const declared = new Map((view.report!.rows as Row[]).map((r) => [r.declaredName, r.declared]));
    for (const [name, expected] of Object.entries(EXPECTED)) expect(declared.get(name)).toMatchObject(expected);
    expect(declared.get('_pk_id.*')?.category).toBe('statistics');
    expect(JSON.stringify(view.report)).not.toContain('\uFFFD');

    const popup = await openPopup(s, tabId, '[data-state="report"]');
    const cells = await declaredText(popup);
    for (const [name, expected] of Object.entries(EXPECTED)) {
      expect(cells[name]).toContain(expected.durationText);
      expect(cells[name]).toContain(expected.section);
    }
    expect(await popup.$eval('body', (b) => b.textContent ?? '')).not.toContain('\uFFFD');
    await popup.close();
  });
});
