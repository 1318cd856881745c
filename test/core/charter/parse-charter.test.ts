import { parseCharter, type ParseResult } from '../../../src/core/charter/parse-charter';
import type { Declaration, DeclaredEntry } from '../../../src/core/types';
import { DAY, entry, MONTH, odsFrenchRows, SAINT_NAZAIRE_AUDIENCE, YEAR } from './expected';
import { loadFixture } from './load';

const URL_ = 'https://data.example.fr/terms/cookies-policy/';

function declarationOf(result: ParseResult): Declaration {
  if (result.kind !== 'declaration') throw new Error(`expected a declaration, got ${result.kind}`);
  return result.declaration;
}
const parseFixture = (name: string): ParseResult => parseCharter(loadFixture(`charters/${name}`, URL_), URL_);

describe('parseCharter on the five real charters', () => {
  it.each<[string, DeclaredEntry[]]>([
    ['data.bourgesplus.fr.html', odsFrenchRows()],
    ['data.laregion.fr.html', odsFrenchRows()],
    ['data.ofgl.fr.html', odsFrenchRows()],
    ['data.saintnazaireagglo.fr.html', [...odsFrenchRows(), SAINT_NAZAIRE_AUDIENCE]],
    ['opendata.cc-lacqorthez.fr.html', odsFrenchRows('Permet de se souvenir du choix opéré par le visiteur concernant les cookies')],
  ])('%s', (name, entries) => {
    const result = parseFixture(name);
    expect(result).toEqual({ kind: 'declaration', tables: 1, declaration: { title: 'Charte cookies', url: URL_, entries } });
  });
});

describe('parseCharter on the newer template', () => {
  it('reads the English template (Supplier name / Cookie name / Duration / Function)', () => {
    const section = 'Necessary cookies';
    const row = (names: string[], durationText: string, maxAgeSeconds: number, purpose: string): DeclaredEntry =>
      entry({ names, provider: 'Huwise', durationText, maxAgeSeconds, purpose, section, category: 'necessary' });
    const language = row(
      ['django_language'],
      '12 months',
      YEAR,
      "Remembers the visitor's language. This cookie is activated only if the portal is available in multiple languages.",
    );
    expect(parseFixture('template-new-en.html')).toEqual({
      kind: 'declaration',
      tables: 1,
      declaration: {
        title: 'Cookies policy',
        url: URL_,
        entries: [
          row(['sessionid'], '2 weeks by default', 14 * DAY, 'Keeps a signed-in user signed in from one page to another.'),
          row(
            ['csrftoken'],
            'Token randomly reset between two requests or two sessions. Up to 12 months',
            YEAR,
            'Protects forms and API calls against cross-site request forgery.',
          ),
          row(['cookies_preferences'], '6 months', 6 * MONTH, "Remembers the visitor's choices about cookies."),
          { ...language, conditional: true, condition: 'This cookie is activated only if the portal is available in multiple languages.' },
        ],
      },
    });
  });

  it('reads the French template (Nom du fournisseur / Nom du cookie / Durée / Fonction, in <thead>)', () => {
    const section = 'Cookies nécessaires';
    const row = (names: string[], durationText: string, maxAgeSeconds: number, purpose: string, condition: string | null = null): DeclaredEntry =>
      entry({ names, provider: 'Huwise', durationText, maxAgeSeconds, purpose, section, category: 'necessary', conditional: condition !== null, condition });
    expect(declarationOf(parseFixture('template-new-fr.html')).entries).toEqual([
      row(
        ['sessionid'],
        '2 semaines par défaut',
        14 * DAY,
        "Se souvenir de l'utilisateur d'une page à une autre. Déposé seulement pour les utilisateurs connectés.",
        'Déposé seulement pour les utilisateurs connectés.',
      ),
      row(
        ['csrftoken'],
        "Jeton réinitialisé aléatoirement entre deux requêtes ou deux sessions. Jusqu'à 12 mois",
        YEAR,
        'Protéger les formulaires et les appels API.',
      ),
      row(['cookies_preferences'], '6 mois', 6 * MONTH, 'Se souvenir des choix du visiteur concernant les cookies.'),
      row(
        ['django_language'],
        '12 mois',
        YEAR,
        'Se souvenir de la langue du visiteur. Ce cookie est activé uniquement si le portail est disponible en plusieurs langues.',
        'Ce cookie est activé uniquement si le portail est disponible en plusieurs langues.',
      ),
    ]);
  });
});

describe('parseCharter on the older English templates', () => {
  const necessary = (section: string, rows: [string, string, string][]): DeclaredEntry[] =>
    rows.map(([name, service, purpose]) => entry({ names: [name], provider: 'Opendatasoft', service, purpose, section, category: 'necessary' }));

  it("reads Service provider's name / Function and location / Cookie name(s) / Purposes", () => {
    const section = 'Cookies necessary for the platform to function properly/functionality cookies';
    const result = parseFixture('template-old-en-function-location.html');
    expect(result.kind === 'declaration' && result.tables).toBe(2);
    expect(declarationOf(result)).toEqual({
      title: 'Cookies policy',
      url: URL_,
      entries: [
        ...necessary(section, [
          ['sessionid', 'Authentication (front and back office)', 'To remember the user from one page to another'],
          ['django_language', 'Language selection (front and back office)', "To remember the visitor's language"],
          ['csrftoken', 'API (CSRF) (front and back office)', 'To retrieve data through API calls'],
          ['cookies_preferences', 'Choice regarding your cookie preferences', "To remember the visitor's choice regarding cookies"],
        ]),
        entry({
          names: ['_pk_id.*', '_pk_ses.*'],
          provider: 'Matomo',
          service: 'Audience measurement (front office)',
          purpose: 'To distinguish unique users and count visits',
          section: 'Web analytics cookies',
          category: 'statistics',
        }),
      ],
    });
  });

  it('reads Provider / Service and location / Cookie name / Purpose in <thead><th>', () => {
    const section = 'Cookies necessary for the proper functioning of the platform / functional cookies';
    expect(declarationOf(parseFixture('template-old-en-service-location.html'))).toEqual({
      title: 'Cookie Policy',
      url: URL_,
      entries: [
        ...necessary(section, [
          ['sessionid', 'Authentication (front and back office)', 'Remembering the user from one page to another.'],
          ['django_language', 'Language selection (front and back office)', "Remembering the visitor's language."],
          ['csrftoken', 'API (CSRF) (front and back office)', 'Retrieving data via API calls.'],
          ['cookies_preferences', 'Choice regarding your cookie preferences', "Remembering the visitor's choice regarding cookies."],
        ]),
        entry({
          names: ['_ga', '_ga_<container-id>'],
          provider: 'Google',
          service: 'Audience measurement (front office)',
          purpose: 'Distinguishing unique users. Only after consent.',
          conditional: true,
          condition: 'Only after consent.',
          section,
          category: 'statistics',
        }),
      ],
    });
  });
});

describe('parseCharter on layout variants', () => {
  it('finds columns by keyword whatever their order, past a title row', () => {
    const section = "Cookies de mesure d'audience";
    const row = (name: string, durationText: string, maxAgeSeconds: number, purpose: string): DeclaredEntry =>
      entry({ names: [name], provider: 'Matomo', durationText, maxAgeSeconds, purpose, section, category: 'statistics' });
    expect(declarationOf(parseFixture('columns-reordered.html'))).toEqual({
      title: 'Politique de cookies',
      url: URL_,
      entries: [
        row('_pk_id.*', '13 mois', 13 * MONTH, 'Distinguer les visiteurs'),
        row('_pk_ses.*', '30 minutes', 1800, 'Regrouper les pages vues en visites'),
        row('_pk_ref.*', '6 mois maximum', 6 * MONTH, 'Attribuer la visite à un site référent'),
      ],
    });
  });

  it('gives each table under its own heading its own section and category', () => {
    const result = parseFixture('multi-section.html');
    expect(result.kind === 'declaration' && result.tables).toBe(5);
    const stats = "Cookies de mesure d'audience";
    const row = (
      provider: string,
      name: string,
      durationText: string,
      maxAgeSeconds: number | null,
      purpose: string,
      section: string,
      category: DeclaredEntry['category'],
    ): DeclaredEntry => entry({ names: [name], provider, durationText, maxAgeSeconds, purpose, section, category });
    expect(declarationOf(result)).toEqual({
      title: 'Charte de gestion des cookies',
      url: URL_,
      entries: [
        {
          ...row(
            'Opendatasoft',
            'sessionid',
            'Durée de la session',
            null,
            "Authentifier l'utilisateur. Uniquement pour les utilisateurs connectés.",
            'Cookies strictement nécessaires',
            'necessary',
          ),
          session: true,
          conditional: true,
          condition: 'Uniquement pour les utilisateurs connectés.',
        },
        row('Opendatasoft', 'csrftoken', '1 an', YEAR, 'Sécuriser les appels API', 'Cookies strictement nécessaires', 'necessary'),
        row('Matomo', '_pk_id.*', '13 mois', 13 * MONTH, 'Distinguer les visiteurs', stats, 'statistics'),
        row('Matomo', '_pk_ses.*', '30 minutes', 1800, 'Regrouper les pages vues en visites', stats, 'statistics'),
        row('Google Analytics', '_ga', '2 ans', 2 * YEAR, 'Distinguer les utilisateurs', stats, 'statistics'),
        row('Google Analytics', '_ga_<container-id>', '2 ans', 2 * YEAR, "Conserver l'état de la session", stats, 'statistics'),
        row('Google Analytics', '_gid', '24 heures', DAY, 'Distinguer les utilisateurs', stats, 'statistics'),
        row('AT Internet', 'atuserid', '13 mois maximum', 13 * MONTH, "Mesure d'audience exemptée de consentement", stats, 'statistics'),
        row('YouTube', 'VISITOR_INFO1_LIVE', '6 mois', 6 * MONTH, 'Estimer la bande passante des vidéos intégrées', 'Cookies tiers', 'third-party'),
        {
          ...row('YouTube', 'YSC', 'Fin de la session de navigation', null, 'Compter les vues des vidéos intégrées', 'Cookies tiers', 'third-party'),
          session: true,
        },
        row('Hotjar', '_hjSessionUser_*', '1 an', YEAR, 'Analyser les parcours sur le portail', "Cookies d'expérience utilisateur", 'experience'),
        {
          ...row('Meta', '_fbp', '3 mois', 3 * MONTH, 'Mesurer les campagnes publicitaires, avec votre consentement.', 'Cookies marketing', 'marketing'),
          conditional: true,
          condition: 'Mesurer les campagnes publicitaires, avec votre consentement.',
        },
      ],
    });
  });

  it('reads names written every way', () => {
    const entries = declarationOf(parseFixture('names-forms.html')).entries;
    expect(entries.map((e) => e.names)).toEqual([
      ['_ga', '_gid'],
      ['_pk_id.*', '_pk_ses.*', '_pk_ref.*'],
      ['sessionid', 'csrftoken'],
      ['atuserid', 'atidvisitor'],
      ['Any cookie starting with “_hs”'],
      ['tout cookie commençant par _pk'],
      ['_ga_<container-id>', '_gat'],
      ['_pcid', '_pctx'],
      ['mtm_consent', '_pk_id#'],
      [],
      [],
    ]);
    expect(entries.map((e) => [e.provider, e.durationText, e.maxAgeSeconds, e.session, e.condition])).toEqual([
      ['Google Analytics', '2 years', 2 * YEAR, false, null],
      ['Matomo', '13 months', 13 * MONTH, false, null],
      ['Opendatasoft', 'Session', null, true, 'Only if you are logged in.'],
      ['AT Internet', '13 mois', 13 * MONTH, false, null],
      ['Hubspot', '6 months', 6 * MONTH, false, 'Chat widget, only after consent'],
      ['Matomo', '13 mois', 13 * MONTH, false, "Mesure d'audience, si vous acceptez"],
      ['Google Analytics', '1 minute', 60, false, null],
      ['Piano', '13 months', 13 * MONTH, false, null],
      ['Matomo', '30 days', 30 * DAY, false, null],
      ['Eulerian', 'N/A', null, false, null],
      ['Unknown', '', null, false, 'Analytics, if you accept'],
    ]);
    expect(new Set(entries.map((e) => `${e.section}|${e.category}`))).toEqual(new Set(['Statistics and audience measurement|statistics']));
  });

  it('ignores layout and unrelated tables and reads the cookie table inside a layout cell', () => {
    const result = parseFixture('ignored-tables.html');
    const section = 'Cookies nécessaires';
    expect(result).toEqual({
      kind: 'declaration',
      tables: 1,
      declaration: {
        title: 'Charte cookies',
        url: URL_,
        entries: [
          entry({
            names: ['sessionid'],
            provider: 'Opendatasoft',
            purpose: "Se souvenir de l'utilisateur d'une page à une autre.",
            section,
            category: 'necessary',
          }),
          entry({ names: ['csrftoken'], provider: 'Opendatasoft', purpose: 'Récupérer des données via des appels API', section, category: 'necessary' }),
        ],
      },
    });
  });

  it('carries rowspans, spreads colspans, reads sub-heading and footnote rows, ignores a nested table', () => {
    const necessary = 'Cookies nécessaires';
    const audience = "Cookies de mesure d'audience";
    const base = { provider: 'Opendatasoft', section: necessary, category: 'necessary' as const };
    expect(declarationOf(parseFixture('rowspan-colspan.html')).entries).toEqual([
      entry({
        ...base,
        names: ['sessionid'],
        service: 'Authentification',
        purpose: "Se souvenir de l'utilisateur",
        durationText: '2 semaines',
        maxAgeSeconds: 14 * DAY,
        conditional: true,
        condition: "Ce cookie n'est déposé que pour les utilisateurs connectés.",
      }),
      entry({ ...base, names: ['csrftoken'], service: 'API (CSRF)', purpose: 'Sécuriser les appels API', durationText: '1 an', maxAgeSeconds: YEAR }),
      entry({
        ...base,
        names: ['cookies_preferences'],
        service: 'Préférences cookies',
        purpose: 'Se souvenir du choix du visiteur, 6 mois',
        durationText: 'Se souvenir du choix du visiteur, 6 mois',
        maxAgeSeconds: 6 * MONTH,
      }),
      entry({
        names: ['_pk_id.*'],
        provider: 'Matomo',
        service: "Mesure d'audience",
        purpose: 'Distinguer les visiteurs Nom Valeur inner_cookie x',
        durationText: '13 mois',
        maxAgeSeconds: 13 * MONTH,
        section: audience,
        category: 'statistics',
      }),
      entry({
        names: ['_pk_ses.*'],
        provider: 'Matomo',
        service: "Mesure d'audience",
        purpose: 'Regrouper les pages vues',
        durationText: '13 mois',
        maxAgeSeconds: 13 * MONTH,
        section: audience,
        category: 'statistics',
      }),
    ]);
  });

  it('returns a declaration with no entries for a cookie table with a header only', () => {
    expect(parseFixture('header-only.html')).toEqual({ kind: 'declaration', tables: 1, declaration: { title: 'Charte cookies', url: URL_, entries: [] } });
  });

  it("returns 'no-table' for a charter without a cookie table", () => {
    expect(parseFixture('no-cookie-table.html')).toEqual({ kind: 'no-table', title: 'Charte cookies' });
  });

  it('parses a cookie table on a site that is not a portal', () => {
    const entries = declarationOf(parseFixture('not-a-portal.html')).entries;
    expect(entries).toEqual([
      entry({
        names: ['_pk_id.1.a1b2'],
        durationText: '13 mois',
        maxAgeSeconds: 13 * MONTH,
        purpose: 'Statistiques de visite',
        section: "Cookies de mesure d'audience",
        category: 'statistics',
      }),
      entry({
        names: ['_pk_ses.1.a1b2'],
        durationText: '30 minutes',
        maxAgeSeconds: 1800,
        purpose: 'Statistiques de visite',
        section: "Cookies de mesure d'audience",
        category: 'statistics',
      }),
    ]);
  });

  it('never takes the "Download as PDF" link for the title or a section', () => {
    for (const name of ['data.bourgesplus.fr.html', 'template-new-en.html', 'no-cookie-table.html']) {
      const result = parseFixture(name);
      const texts = result.kind === 'declaration' ? [result.declaration.title, ...result.declaration.entries.map((e) => e.section)] : [result.title];
      expect(texts.join('|')).not.toMatch(/PDF/i);
    }
  });
});
