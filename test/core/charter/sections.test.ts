import { categorize } from '../../../src/core/charter/sections';

describe('categorize', () => {
  it.each([
    ['Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels', 'necessary'],
    ['Cookies necessary for the platform to function properly/functionality cookies', 'necessary'],
    ['Cookies strictement nécessaires', 'necessary'],
    ['Strictly necessary cookies', 'necessary'],
    ['Essential cookies', 'necessary'],
    ['Cookies fonctionnels', 'necessary'],
    ['Functional cookies', 'functional'],
    ['Cookies de préférences', 'functional'],
    ['Cookies statistiques', 'statistics'],
    ["Cookies de mesure d'audience", 'statistics'],
    ['Cookies de mesure d’audience', 'statistics'],
    ['Analytics and stats', 'statistics'],
    ['Audience measurement', 'statistics'],
    ['Statistics', 'statistics'],
    ['Cookies tiers', 'third-party'],
    ['Third-party cookies', 'third-party'],
    ["Cookies d'expérience utilisateur", 'experience'],
    ['User experience', 'experience'],
    ['Cookies marketing', 'marketing'],
    ['Cookies publicitaires', 'marketing'],
    ['Advertising cookies', 'marketing'],
    ['A quoi servent les cookies sur la plateforme', 'unknown'],
    ['', 'unknown'],
  ])('maps the heading %j to %s', (heading, category) => {
    expect(categorize(heading)).toBe(category);
  });

  it('lets an audience-measurement row override a generic heading', () => {
    const heading = 'Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels';
    expect(categorize(heading, '', 'Distinguer les utilisateurs uniques', "Mesure d'audience (front et back office)")).toBe('statistics');
    expect(categorize('Cookies nécessaires', '', "Mesure d'audience (front et back office)")).toBe('statistics');
    expect(categorize(heading, 'Matomo', 'Distinguer les visiteurs')).toBe('statistics');
  });

  it('reads the row under an unknown heading', () => {
    expect(categorize('', '', "Mesure d'audience")).toBe('statistics');
    expect(categorize('Liste des cookies', 'Google Analytics')).toBe('statistics');
    expect(categorize('', 'Meta', 'Publicité ciblée')).toBe('marketing');
    expect(categorize('', 'Opendatasoft', 'Se souvenir de la langue')).toBe('unknown');
  });

  it('keeps a specific heading and a necessary row as they are', () => {
    expect(categorize('Cookies tiers', 'Google Analytics', 'Statistiques')).toBe('third-party');
    expect(categorize('Cookies nécessaires', 'Opendatasoft', 'Se souvenir du choix du visiteur sur les cookies analytics')).toBe('necessary');
    expect(categorize('Cookies nécessaires', 'Opendatasoft', 'Se souvenir de la langue du visiteur', 'Sélection de la langue')).toBe('necessary');
  });
});
