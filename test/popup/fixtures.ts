/** Reports for the popup tests, built by the real core from a charter like the demo portal's. */
import { compareDeclaration } from '../../src/core/compare/compare';
import { MONTH_SECONDS } from '../../src/core/time';
import type { TabView } from '../../src/core/findings';
import type { ObservedCookie, Report } from '../../src/core/types';
import { cookie, declaration, entry, NOW, PAGE } from '../core/compare/helpers';

const DAY = 86_400;
const NEEDED = 'Cookies nécessaires au bon fonctionnement de la plateforme';
const AUDIENCE = "Cookies de mesure d'audience";

export const CHARTER_URL = 'https://data.example.test/terms/cookies-policy/';

export const DEMO_DECLARATION = declaration([
  entry(['sessionid'], {
    provider: 'Huwise',
    purpose: 'Remembers the signed-in user.',
    durationText: '2 weeks by default',
    maxAgeSeconds: 14 * DAY,
    section: NEEDED,
  }),
  entry(['csrftoken'], {
    provider: 'Huwise',
    purpose: 'Protects API calls.',
    durationText: 'Up to 12 months',
    maxAgeSeconds: 12 * MONTH_SECONDS,
    section: NEEDED,
  }),
  entry(['cookies_preferences'], {
    provider: 'Huwise',
    purpose: "Remembers the visitor's choice.",
    durationText: '6 months',
    maxAgeSeconds: 6 * MONTH_SECONDS,
    section: NEEDED,
  }),
  entry(['django_language'], {
    provider: 'Huwise',
    purpose: "Remembers the visitor's language.",
    durationText: '12 months',
    maxAgeSeconds: 12 * MONTH_SECONDS,
    conditional: true,
    condition: 'activated only if the portal is available in multiple languages',
    section: NEEDED,
  }),
  entry(['_pk_id.*'], {
    provider: 'Matomo',
    purpose: 'Distinguer les visiteurs uniques.',
    durationText: '13 mois',
    maxAgeSeconds: 13 * MONTH_SECONDS,
    section: AUDIENCE,
    category: 'statistics',
  }),
  entry(['_pk_ses.*'], {
    provider: 'Matomo',
    purpose: "Regrouper les pages vues d'une visite.",
    durationText: '30 minutes',
    maxAgeSeconds: 1800,
    section: AUDIENCE,
    category: 'statistics',
  }),
  entry([], {
    provider: 'AT Internet',
    purpose: "Mesure d'audience (front et back office)",
    durationText: '13 mois',
    maxAgeSeconds: 13 * MONTH_SECONDS,
    section: AUDIENCE,
    category: 'statistics',
  }),
  entry([], {
    provider: 'Hotjar',
    service: 'Heatmaps',
    purpose: 'Cartes de chaleur (expérience de navigation)',
    section: 'Expérience utilisateur',
    category: 'experience',
  }),
]);

const parent = { domain: '.example.test', hostOnly: false };

export const DEMO_COOKIES: ObservedCookie[] = [
  cookie('sessionid', 14 * DAY, { httpOnly: true, valueLength: 32 }),
  cookie('csrftoken', 364 * DAY, { valueLength: 64, readableByPage: true }),
  cookie('cookies_preferences', 365 * DAY, { valueLength: 8 }),
  cookie('_pk_id.1.a1b2', 400 * DAY, { ...parent, valueLength: 28 }),
  cookie('_pk_ses.1.a1b2', 1800, { ...parent, valueLength: 1 }),
  cookie('atuserid', 390 * DAY, { ...parent, valueLength: 28 }),
  cookie('atidvisitor', 30 * DAY, { ...parent, valueLength: 40 }),
  cookie('ab_test_variant', 30 * DAY, { valueLength: 1 }),
  cookie('tp_uid', 180 * DAY, {
    domain: '.tracker.other.test',
    hostOnly: false,
    sameSite: 'no_restriction',
    valueLength: 24,
    readableByPage: false,
    partitionKey: { topLevelSite: 'https://example.test' },
  }),
];

export function demoReport(cookies: readonly ObservedCookie[] = DEMO_COOKIES, now = NOW): Report {
  return compareDeclaration(DEMO_DECLARATION, cookies, { pageUrl: PAGE, charterUrl: CHARTER_URL, now });
}

export const SOURCE = { url: CHARTER_URL, fetchedAt: '2027-01-15T10:00:00.000Z', sha256: 'ab'.repeat(32) };

export function reportView(report: Report = demoReport()): Extract<TabView, { kind: 'report' }> {
  return { kind: 'report', pageUrl: PAGE, portalName: 'Demo Open Data', source: SOURCE, report };
}

/** A portal with `n` cookies, most undeclared, for the "hundreds of rows" checks. */
export function bigReport(n: number): Report {
  const cookies = Array.from({ length: n }, (_, i) => cookie(i % 10 === 0 ? `_pk_id.${i}.x` : `c${String(i).padStart(4, '0')}`, (i % 500) * DAY + 60));
  return demoReport([...DEMO_COOKIES, ...cookies]);
}

export { NOW, PAGE };
