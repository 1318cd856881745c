/** @jest-environment jsdom */
/** The popup follows the browser's language: French throughout, as a French DPO would read it. */
import { fireEvent, screen, within } from '@testing-library/preact';
import type { TabView } from '../../src/core/findings';
import { CHARTER_URL, PAGE, reportView, SOURCE } from './fixtures';
import { renderPopup, rowFor, sideText } from './render';

// Jest's fake clock for every timer the popup sets (deadlines, polling, the row stream, Preact's
// after-paint effects); waitFor and findBy advance it, so no test waits in real time.
jest.useFakeTimers();

describe('popup in French', () => {
  it('shows the report in French: headers, statuses, verdict, counts, values, explanations', async () => {
    const { container } = renderPopup(reportView(), 'fr');
    await screen.findByText('Cookies déclarés');
    expect(screen.getByText('Cookies observés')).toBeTruthy();
    expect(screen.getByText('2 cookies ne sont pas déclarés dans la charte')).toBeTruthy();
    expect(container.querySelector('[data-count="undeclared"]')?.textContent).toBe('2 non déclarés');
    expect(container.querySelector('[data-count="absent"]')?.textContent).toBe('1 absent');
    expect(container.querySelector('[data-count="unnamed"]')?.textContent).toBe('1 sans nom');
    const undeclared = rowFor(container, 'ab_test_variant').el;
    expect(within(undeclared).getByRole('button', { name: /Non déclaré/ })).toBeTruthy();
    expect(sideText(undeclared, 'declared')).toBe('Absent de la charte');
    const session = rowFor(container, 'sessionid').el;
    expect(sideText(session, 'observed')).toContain('dans 14 jours');
    expect(sideText(session, 'observed')).toContain('•••• (32 car.)');
    expect(within(session).getByRole('button', { name: 'Afficher la valeur de sessionid' })).toBeTruthy();
    const pk = within(rowFor(container, '_pk_id.1.a1b2').el).getByRole('button', { name: /Concordant/ });
    expect(pk.getAttribute('title')).toContain("Cookie de mesure d'audience qui vit 13,1 mois");
    fireEvent.click(within(rowFor(container, 'cookies_preferences').el).getByRole('button', { name: /Concordant/ }));
    expect(container.textContent).toContain('Vit 12 mois, alors que la charte indique 6 mois.');
    expect(screen.getByRole('radio', { name: 'Problèmes (7)' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: /Trier par/ })).toBeTruthy();
    expect(container.textContent).toContain('lue le 15 janv. 2027');
    expect(screen.getByText('Exporter', { exact: false })).toBeTruthy();
  });

  it.each<[string, TabView, string]>([
    ['loading', { kind: 'loading', pageUrl: PAGE }, 'Lecture de la charte cookies du portail…'],
    ['not-portal', { kind: 'not-portal', pageUrl: null }, "Cette page n'est pas un portail Opendatasoft"],
    ['no-charter', { kind: 'no-charter', pageUrl: PAGE, tried: [CHARTER_URL], message: '' }, 'La charte cookies du portail est introuvable'],
    ['no-table', { kind: 'no-table', pageUrl: PAGE, source: SOURCE, title: 'Charte' }, 'La charte ne contient aucun tableau de cookies'],
    ['error', { kind: 'error', pageUrl: PAGE, url: CHARTER_URL, tried: [], message: 'HTTP 500' }, "La charte n'a pas pu être lue"],
  ])('shows the %s state in French', async (_kind, view, title) => {
    const { container } = renderPopup(view, 'fr');
    await screen.findByText(title);
    expect(container.querySelector('[data-state]')?.getAttribute('data-state')).toBe(view.kind);
    if (view.kind === 'no-charter') expect(container.textContent).toContain('Ouvrez la page de la charte dans cet onglet, puis rouvrez cette fenêtre');
    if (view.kind === 'error') expect(screen.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
  });
});
