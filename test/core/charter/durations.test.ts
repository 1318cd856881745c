import { parseDuration } from '../../../src/core/charter/durations';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const WEEK = 7 * DAY;
const MONTH = 2_629_800;
const YEAR = 31_557_600;

describe('parseDuration', () => {
  it.each<[string, number]>([
    ['2 weeks by default', 2 * WEEK],
    ['Token randomly reset between two requests or two sessions. Up to 12 months', 12 * MONTH],
    ['Jeton réinitialisé aléatoirement entre deux requêtes ou deux sessions. Jusqu’à 12 mois', 12 * MONTH],
    ['Up to 12 months', 12 * MONTH],
    ['6 months', 6 * MONTH],
    ['12 months', YEAR],
    ['13 mois', 13 * MONTH],
    ['13 months maximum', 13 * MONTH],
    ['6 mois maximum', 6 * MONTH],
    ['1 an', YEAR],
    ['2 ans', 2 * YEAR],
    ['1 year', YEAR],
    ['2 years', 2 * YEAR],
    ['30 minutes', 30 * MINUTE],
    ['1 minute', MINUTE],
    ['24 heures', 24 * HOUR],
    ['24h', 24 * HOUR],
    ['12 hours', 12 * HOUR],
    ['30 jours', 30 * DAY],
    ['390 days', 390 * DAY],
    ['1 day', DAY],
    ['2 semaines par défaut', 2 * WEEK],
    ['3 semaines', 3 * WEEK],
    ['30 secondes', 30],
    ['10 seconds', 10],
    ['one year', YEAR],
    ['a year', YEAR],
    ['un an', YEAR],
    ['deux ans', 2 * YEAR],
    ['treize mois', 13 * MONTH],
    ['six months', 6 * MONTH],
    ['twenty-four hours', 24 * HOUR],
    ['une semaine', WEEK],
    ['1,5 an', 1.5 * YEAR],
    ['1 an et 6 mois', 1.5 * YEAR],
    ['1 year and 1 month', YEAR + MONTH],
    ['between 1 and 13 months', 13 * MONTH],
    ['de 6 à 13 mois', 13 * MONTH],
    ['30 minutes (session) ou 13 mois', 13 * MONTH],
    ['Session or 13 months', 13 * MONTH],
    ['13 MOIS', 13 * MONTH],
    ['13\u00a0mois', 13 * MONTH],
    ['  2 ans  ', 2 * YEAR],
  ])('reads %j as %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toEqual({ maxAgeSeconds: seconds, session: false });
  });

  it.each([
    'session',
    'Session',
    'Durée de la session',
    'durée de la session',
    'Fin de la session de navigation',
    'until the browser is closed',
    'Session cookie',
    'À la fermeture du navigateur',
  ])('reads %j as a session cookie', (text) => {
    expect(parseDuration(text)).toEqual({ maxAgeSeconds: null, session: true });
  });

  it.each(['', 'N/A', '-', 'persistent', 'Variable', 'two sessions', 'an API call', 'a s', '12', 'Defined by the browser'])(
    'gives nothing for unreadable %j',
    (text) => {
      expect(parseDuration(text)).toEqual({ maxAgeSeconds: null, session: false });
    },
  );

  it('never throws on hostile input and stays finite', () => {
    for (const text of ['9'.repeat(400) + ' years', '1'.repeat(100_000), 'a'.repeat(100_000) + ' 2 ans', undefined as unknown as string]) {
      const result = parseDuration(text);
      expect(result.maxAgeSeconds === null || Number.isFinite(result.maxAgeSeconds)).toBe(true);
    }
  });
});
