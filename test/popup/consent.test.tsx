/** @jest-environment jsdom */
/**
 * Consent in the popup, in English and French: the state line under the verdict for every state,
 * each row's consent class (badge, reason, `data-consent-class`) and its consent flags.
 */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import type { ConsentState, ReferenceLookup } from '../../src/core/consent/types';
import { withConsent } from '../../src/core/view';
import { cookie } from '../core/compare/helpers';
import { DEMO_COOKIES, demoReport, reportView } from './fixtures';
import { renderPopup, rowFor, rowsOf } from './render';

jest.useFakeTimers();

const DAY = 86_400;
const parent = { domain: '.example.test', hostOnly: false };
const GA = [cookie('_ga', 400 * DAY, parent), cookie('_gid', DAY, parent)];
const refusedOn: ConsentState = { cmp: 'opendatasoft', decided: true, choice: 'refused', categories: { ga: false }, decidedAt: '2027-01-03T12:00:00.000Z' };
const reference: ReferenceLookup = (name) => (name === 'ab_test_variant' ? { class: 'needs-consent', detail: 'Optimizely' } : undefined);

/** The view the background sends: rows classified, flags from `consent`. */
function view(consent: ConsentState | undefined, extra = GA) {
  const v = reportView(withConsent(demoReport([...DEMO_COOKIES, ...extra]), consent, reference));
  return consent ? { ...v, consent } : v;
}

async function stateLine(consent: ConsentState | undefined, lang: 'en' | 'fr', extra = GA) {
  const { container } = renderPopup(view(consent, extra), lang);
  await screen.findByRole('table');
  return container.querySelector<HTMLElement>('[data-consent-state]');
}

describe('the consent state line', () => {
  it.each<[string, ConsentState | undefined, typeof GA, string, string, string]>([
    [
      'a dated refusal',
      refusedOn,
      GA,
      'refused',
      'You refused on Jan 3; 3 cookies that need consent are present.',
      'Vous avez refusé le 3 janv. ; 3 cookies soumis à consentement sont présents.',
    ],
    [
      'a refusal with one such cookie',
      { ...refusedOn, decidedAt: undefined } as ConsentState,
      [],
      'refused',
      'You refused; 1 cookie that needs consent is present.',
      'Vous avez refusé ; 1 cookie soumis à consentement est présent.',
    ],
    [
      'an undated tarteaucitron refusal',
      { cmp: 'tarteaucitron', decided: true, choice: 'refused' },
      [],
      'refused',
      'You refused; 1 cookie that needs consent is present.',
      'Vous avez refusé ; 1 cookie soumis à consentement est présent.',
    ],
    [
      'no consent cookie',
      undefined,
      GA,
      'no-choice',
      'No choice recorded yet; 3 cookies that need consent are already present.',
      "Aucun choix enregistré pour l'instant ; 3 cookies soumis à consentement sont déjà présents.",
    ],
    [
      'an undecided banner',
      { cmp: 'axeptio', decided: false, choice: 'unknown' },
      [],
      'no-choice',
      'No choice recorded yet; 1 cookie that needs consent is already present.',
      "Aucun choix enregistré pour l'instant ; 1 cookie soumis à consentement est déjà présent.",
    ],
    ['an acceptance', { ...refusedOn, choice: 'accepted' }, GA, 'accepted', 'You accepted on Jan 3.', 'Le 3 janv., vous avez accepté.'],
    [
      'a partial choice',
      { cmp: 'klaro', decided: true, choice: 'partial' },
      GA,
      'partial',
      'You accepted some cookies and refused others.',
      "Vous avez accepté certains cookies et refusé d'autres.",
    ],
    [
      'an unreadable choice',
      { cmp: 'tarteaucitron', decided: true, choice: 'unknown' },
      GA,
      'unknown',
      'A choice was recorded (tarteaucitron); its content could not be read.',
      "Un choix a été enregistré (tarteaucitron) ; son contenu n'a pas pu être lu.",
    ],
  ])('%s', async (_, consent, extra, state, en, fr) => {
    for (const [lang, text] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const line = await stateLine(consent, lang, extra);
      expect([lang, line?.dataset.consentState, line?.lastElementChild?.textContent]).toEqual([lang, state, text]);
      cleanup();
    }
  });

  it('says nothing needs consent when nothing that needs it is present after a refusal', async () => {
    const { container } = renderPopup({ ...reportView(withConsent(demoReport(), refusedOn)), consent: refusedOn }, 'en');
    await screen.findByRole('table');
    expect(container.querySelector('[data-consent-state]')?.lastElementChild?.textContent).toBe(
      'You refused on Jan 3; no cookie that needs consent is present.',
    );
  });

  it('is absent when there is no consent cookie and nothing that needs one', async () => {
    const { container } = renderPopup(reportView(withConsent(demoReport(), undefined)), 'en');
    await screen.findByRole('table');
    expect(container.querySelector('[data-consent-state]')).toBeNull();
  });
});

describe('the consent class of each row', () => {
  it('is on every row element, with a badge and its reason, in English', async () => {
    const { container } = renderPopup(view(refusedOn), 'en');
    await screen.findByRole('table');
    const rows = rowsOf(container);
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(r.el.dataset.consentClass).toMatch(/^(exempt|exemptable|needs-consent|unknown)$/);
    const ga = rowFor(container, '_ga');
    expect(ga.el.dataset.consentClass).toBe('needs-consent');
    expect(ga.flags).toContain('set-after-refusal');
    const badge = ga.el.querySelector<HTMLElement>('[data-consent]');
    expect(badge?.textContent).toBe('⚑ Needs consent');
    expect(badge?.title).toBe('Needs consent — Google Analytics (known tracker)');
    expect(ga.el.querySelector('[data-flag="set-after-refusal"]')?.textContent).toBe('✕ Despite refusal');
    const session = rowFor(container, 'sessionid').el;
    expect(session.dataset.consentClass).toBe('exempt');
    expect(session.querySelector<HTMLElement>('[data-consent]')?.title).toBe(
      'Exempt — section “Cookies nécessaires au bon fonctionnement de la plateforme” of the charter',
    );
    expect(rowFor(container, 'ab_test_variant').el.querySelector<HTMLElement>('[data-consent]')?.title).toBe(
      'Needs consent — Optimizely, from the Open Cookie Database',
    );
    const pk = rowFor(container, '_pk_id.1.a1b2');
    expect([pk.el.dataset.consentClass, pk.flags.includes('needs-check')]).toEqual(['exemptable', true]);
    expect(rowFor(container, 'cookies_preferences').flags).toContain('choice-over-6-months');
    fireEvent.click(ga.el.querySelector('button.badge') as HTMLElement);
    expect(container.querySelector('.details .consent-reason')?.textContent).toBe('Needs consent — Google Analytics (known tracker)');
    expect(container.querySelector('.details')?.textContent).toContain('Needs consent, yet present although the visitor refused.');
  });

  it('speaks French', async () => {
    const { container } = renderPopup(view(undefined), 'fr');
    await screen.findByRole('table');
    const ga = rowFor(container, '_ga');
    expect(ga.flags).toContain('set-before-choice');
    expect(ga.el.querySelector<HTMLElement>('[data-consent]')?.title).toBe('Soumis à consentement — Google Analytics (traceur connu)');
    expect(ga.el.querySelector('[data-flag="set-before-choice"]')?.textContent).toBe('✕ Avant tout choix');
    expect(rowFor(container, 'sessionid').el.querySelector<HTMLElement>('[data-consent]')?.title).toBe(
      'Exempté — section « Cookies nécessaires au bon fonctionnement de la plateforme » de la charte',
    );
    expect(rowFor(container, 'ab_test_variant').el.querySelector<HTMLElement>('[data-consent]')?.title).toBe(
      "Soumis à consentement — Optimizely, d'après l'Open Cookie Database",
    );
    expect(rowFor(container, 'tp_uid').el.querySelector<HTMLElement>('[data-consent]')?.textContent).toBe('? Consentement inconnu');
  });

  it('makes a row flagged for consent a problem', async () => {
    renderPopup(view(refusedOn), 'en');
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('radio', { name: /Problems/ }));
    expect(rowsOf(document.body).map((r) => r.cookie)).toEqual(expect.arrayContaining(['_ga', '_gid']));
  });
});
