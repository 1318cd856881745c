import { findCondition } from '../../../src/core/charter/conditions';

describe('findCondition', () => {
  it.each<[string, string]>([
    [
      "Remembers the visitor's language. This cookie is activated only if the portal is available in multiple languages.",
      'This cookie is activated only if the portal is available in multiple languages.',
    ],
    [
      'This cookie is activated only if the portal is available in multiple languages',
      'This cookie is activated only if the portal is available in multiple languages',
    ],
    [
      'Se souvenir de la langue.\nCe cookie est activé uniquement si le portail est multilingue',
      'Ce cookie est activé uniquement si le portail est multilingue',
    ],
    ['Déposé seulement si vous vous connectez.', 'Déposé seulement si vous vous connectez.'],
    ["Ce cookie n'est déposé que si le portail est multilingue.", "Ce cookie n'est déposé que si le portail est multilingue."],
    ['Keeps you signed in. Only for signed-in users.', 'Only for signed-in users.'],
    ['Set only if you are logged in', 'Set only if you are logged in'],
    ['Authentifier. Pour les utilisateurs connectés.', 'Pour les utilisateurs connectés.'],
    ['Set after consent.', 'Set after consent.'],
    ['Dépôt après consentement', 'Dépôt après consentement'],
    ['Mesure des campagnes, avec votre consentement.', 'Mesure des campagnes, avec votre consentement.'],
    ['Chat. Set if you accept marketing cookies.', 'Set if you accept marketing cookies.'],
    ['Statistiques, si vous acceptez les cookies', 'Statistiques, si vous acceptez les cookies'],
    ['Analytics; only when you agree', 'only when you agree'],
  ])('finds the condition in %j', (text, condition) => {
    expect(findCondition(text)).toBe(condition);
  });

  it.each([
    '',
    "Se souvenir de l'utilisateur d'une page à une autre.",
    'Token randomly reset between two requests or two sessions. Up to 12 months',
    "Mesure d'audience exemptée de consentement",
    'Does not require consent.',
    'Keeps a signed-in user signed in from one page to another.',
    "Se souvenir de l'utilisateur connecté",
    '13 mois',
  ])('finds none in %j', (text) => {
    expect(findCondition(text)).toBeNull();
  });
});
