/**
 * Cookie policy pages of other sites and platforms (test/fixtures/policies/): each parses to the
 * entries the page declares, and a page without a cookie table to the no-table result.
 */
import { parseCharter, type ParseResult } from '../../../src/core/charter/parse-charter';
import type { Category } from '../../../src/core/types';
import { DAY, MONTH, YEAR } from './expected';
import { loadFixture } from './load';

const URL_ = 'https://www.example.test/cookie-policy/';
const MINUTE = 60;
type Row = [names: string[], maxAgeSeconds: number | null, session: boolean, category: Category, section: string, provider?: string, service?: string];

function rowsOf(result: ParseResult): Row[] {
  if (result.kind !== 'declaration') throw new Error(`expected a declaration, got ${result.kind}`);
  for (const entry of result.declaration.entries) expect(entry.conditional).toBe(false);
  return result.declaration.entries.map((e) => [e.names, e.maxAgeSeconds, e.session, e.category, e.section, e.provider, e.service]);
}
const parse = (name: string): ParseResult => parseCharter(loadFixture(`policies/${name}`, URL_), URL_);
const titleOf = (result: ParseResult): string => (result.kind === 'declaration' ? result.declaration.title : result.title);
const kinds = (rows: [string[], number | null, boolean, Category, string][], provider = '', service = ''): Row[] =>
  rows.map((row) => [...row, provider, service]);

describe('consent-platform renderings', () => {
  it('Complianz: one <details> per service, a label/value grid of Name / Expiration / Function', () => {
    const result = parse('complianz.html');
    expect(titleOf(result)).toBe('Cookie Policy (EU)');
    expect(result.kind === 'declaration' && result.tables).toBe(3);
    expect(rowsOf(result)).toEqual([
      ...kinds(
        [
          [['wordpress_test_cookie'], null, true, 'functional', 'Functional'],
          [['wp-settings-*'], null, false, 'functional', 'Functional'],
          [['wordpress_logged_in_*'], null, false, 'functional', 'Functional'],
        ],
        '',
        'WordPress',
      ),
      ...kinds(
        [
          [['_ga'], 2 * YEAR, false, 'statistics', 'Statistics'],
          [['_ga_*'], YEAR, false, 'statistics', 'Statistics'],
          [['_gid'], DAY, false, 'statistics', 'Statistics'],
        ],
        '',
        'Google Analytics',
      ),
      ...kinds(
        [
          [['cmplz_banner-status'], 365 * DAY, false, 'functional', 'Functional'],
          [['cmplz_policy_id'], 365 * DAY, false, 'functional', 'Functional'],
        ],
        '',
        'Complianz',
      ),
    ]);
  });

  it('Complianz premium: each cookie in its own row wrapper, "Retention" instead of "Expiration"', () => {
    expect(rowsOf(parse('complianz-premium-rows.html'))).toEqual(
      kinds(
        [
          [['_pk_id.*'], 13 * MONTH, false, 'statistics', 'Statistics'],
          [['_pk_ses.*'], 30 * MINUTE, false, 'statistics', 'Statistics'],
        ],
        '',
        'Matomo',
      ),
    );
  });

  it('Cookiebot: one CookieDeclarationTable per category under its CookieDeclarationTypeHeader', () => {
    const local = 'northwind-outdoor.test';
    expect(rowsOf(parse('cookiebot.html'))).toEqual([
      [['__cf_bm'], DAY, false, 'necessary', 'Necessary (3)', `${local} cdn.${local}`, ''],
      [['CookieConsent'], YEAR, false, 'necessary', 'Necessary (3)', 'Cookiebot', ''],
      [['PHPSESSID'], null, true, 'necessary', 'Necessary (3)', local, ''],
      [['lang'], null, false, 'functional', 'Preferences (1)', local, ''],
      [['_ga'], 2 * YEAR, false, 'statistics', 'Statistics (3)', 'Google', ''],
      [['_ga_#'], 2 * YEAR, false, 'statistics', 'Statistics (3)', 'Google', ''],
      [['_gid'], DAY, false, 'statistics', 'Statistics (3)', 'Google', ''],
      [['_fbp'], 3 * MONTH, false, 'marketing', 'Marketing (2)', 'Meta Platforms, Inc.', ''],
      [['IDE'], 400 * DAY, false, 'marketing', 'Marketing (2)', 'Google', ''],
      [['nw_region'], null, true, 'unknown', 'Unclassified (1)', local, ''],
    ]);
  });

  it('Cookiebot in French: Nom / Fournisseur / But / Date d’expiration / Type', () => {
    const local = 'librairie-du-port.test';
    expect(rowsOf(parse('cookiebot-fr.html'))).toEqual([
      [['CookieConsent'], YEAR, false, 'necessary', 'Nécessaires (2)', 'Cookiebot', ''],
      [['wc_cart_hash_#'], null, false, 'necessary', 'Nécessaires (2)', local, ''],
      [['pll_language'], YEAR, false, 'functional', 'Préférences (1)', local, ''],
      [['_pk_id#'], YEAR, false, 'statistics', 'Statistiques (2)', local, ''],
      [['_pk_ses#'], DAY, false, 'statistics', 'Statistiques (2)', local, ''],
      [['ldp_recent'], null, true, 'unknown', 'Non classés (1)', local, ''],
    ]);
  });

  it('OneTrust: Cookie Subgroup (a host, skipped) / Cookies / Cookies used / Lifespan, one lifespan per name', () => {
    const result = parse('onetrust.html');
    expect(titleOf(result)).toBe('Cookie Notice');
    expect(rowsOf(result)).toEqual(
      kinds([
        [['OptanonConsent', 'OptanonAlertBoxClosed'], 364 * DAY, false, 'necessary', 'Strictly Necessary Cookies'],
        [['JSESSIONID'], null, true, 'necessary', 'Strictly Necessary Cookies'],
        [['_ga', '_gid', '_gat_UA-'], 729 * DAY, false, 'statistics', 'Performance Cookies'],
        [['VISITOR_INFO1_LIVE', 'YSC'], 179 * DAY, false, 'functional', 'Functional Cookies'],
        [['IDE', 'test_cookie'], 389 * DAY, false, 'marketing', 'Targeting Cookies'],
      ]),
    );
  });

  it('CookieYes: cky-cookie-audit-table per category, Cookie / Duration / Description', () => {
    expect(rowsOf(parse('cookieyes.html'))).toEqual(
      kinds([
        [['cookieyes-consent'], YEAR, false, 'necessary', 'Necessary'],
        [['wpEmojiSettingsSupports'], null, true, 'necessary', 'Necessary'],
        [['yt-remote-device-id'], null, false, 'functional', 'Functional'],
        [['_ga'], YEAR + MONTH + 4 * DAY, false, 'statistics', 'Analytics'],
        [['_ga_*'], YEAR + MONTH + 4 * DAY, false, 'statistics', 'Analytics'],
        [['test_cookie'], 15 * MINUTE, false, 'marketing', 'Advertisement'],
        [['_gcl_au'], 3 * MONTH, false, 'marketing', 'Advertisement'],
      ]),
    );
  });
});

describe('hand-written policies', () => {
  it('German Datenschutzerklärung: Cookie-Name / Anbieter / Zweck / Speicherdauer, Laufzeit, Ablauf', () => {
    const result = parse('de-datenschutz.html');
    expect(titleOf(result)).toBe('Datenschutzerklärung');
    const sw = 'Stadtwerke Musterstadt';
    expect(rowsOf(result)).toEqual([
      [['fe_typo_user'], null, true, 'necessary', '3.1 Notwendige Cookies', sw, ''],
      [['cookie_consent'], YEAR, false, 'necessary', '3.1 Notwendige Cookies', sw, ''],
      [['__cf_bm'], 30 * MINUTE, false, 'necessary', '3.1 Notwendige Cookies', 'Cloudflare Inc.', ''],
      [['_pk_id.*'], 13 * MONTH, false, 'statistics', '3.2 Statistik', 'Matomo (selbst gehostet)', ''],
      [['_pk_ses.*'], 30 * MINUTE, false, 'statistics', '3.2 Statistik', 'Matomo (selbst gehostet)', ''],
      [['_gcl_au'], 3 * MONTH, false, 'marketing', '3.3 Marketing', 'Google Ireland Limited', ''],
      [['IDE'], YEAR + MONTH, false, 'marketing', '3.3 Marketing', 'Google Ireland Limited', ''],
      [['sw_lang'], 2 * YEAR, false, 'functional', '3.4 Präferenzen', sw, ''],
      [['sw_tarifrechner'], 30 * DAY, false, 'functional', '3.4 Präferenzen', sw, ''],
    ]);
  });

  it('Spanish Política de cookies: bold first-row headers, Duración / Caducidad, bold-paragraph sections', () => {
    const v = 'villaverde.test';
    expect(rowsOf(parse('es-politica-cookies.html'))).toEqual([
      [['JSESSIONID'], null, true, 'necessary', 'Cookies técnicas (estrictamente necesarias)', v, ''],
      [['cookies_aceptadas'], YEAR, false, 'necessary', 'Cookies técnicas (estrictamente necesarias)', v, ''],
      [['_ga'], 2 * YEAR, false, 'statistics', 'Cookies analíticas', 'Google', ''],
      [['_gid'], DAY, false, 'statistics', 'Cookies analíticas', 'Google', ''],
      [['_fbp'], 90 * DAY, false, 'marketing', 'Cookies de publicidad', 'Meta Platforms Ireland', ''],
      [['idioma'], YEAR, false, 'functional', 'Cookies de preferencias', v, ''],
      [['tamano_letra'], null, false, 'functional', 'Cookies de preferencias', v, ''],
    ]);
  });

  it('Italian informativa: Nome / Fornitore / Finalità or Scopo / Durata or Scadenza', () => {
    const m = 'museoborgonuovo.test';
    expect(rowsOf(parse('it-cookie-policy.html'))).toEqual([
      [['PHPSESSID'], null, true, 'necessary', 'Cookie tecnici necessari', m, ''],
      [['cookie_consent_level'], 6 * MONTH, false, 'necessary', 'Cookie tecnici necessari', m, ''],
      [['_pk_id.*'], YEAR, false, 'statistics', 'Cookie analitici', 'Matomo (Web Analytics Italia)', ''],
      [['_pk_ses.*'], 30 * MINUTE, false, 'statistics', 'Cookie analitici', 'Matomo (Web Analytics Italia)', ''],
      [['VISITOR_INFO1_LIVE'], 180 * DAY, false, 'marketing', 'Cookie di profilazione', 'YouTube (Google)', ''],
      [['NID'], YEAR, false, 'marketing', 'Cookie di profilazione', 'Google', ''],
      [['lingua'], YEAR, false, 'functional', 'Cookie di preferenze', m, ''],
    ]);
  });

  it('Dutch cookieverklaring: Naam / Aanbieder or Leverancier / Doel / Bewaartermijn, Looptijd, Vervaldatum, Duur', () => {
    const g = 'Gemeente Waterdorp';
    expect(rowsOf(parse('nl-cookieverklaring.html'))).toEqual([
      [['ASP.NET_SessionId'], null, true, 'necessary', 'Functionele cookies', g, ''],
      [['cookieconsent_status'], YEAR, false, 'necessary', 'Functionele cookies', g, ''],
      [['nmstat'], 1000 * DAY, false, 'statistics', 'Analytische cookies', 'Siteimprove', ''],
      [['siteimproveses'], null, true, 'statistics', 'Analytische cookies', 'Siteimprove', ''],
      [['YSC'], null, true, 'marketing', 'Marketingcookies', 'YouTube', ''],
      [['VISITOR_INFO1_LIVE'], 6 * MONTH, false, 'marketing', 'Marketingcookies', 'YouTube', ''],
      [['wd_lettergrootte'], YEAR, false, 'functional', 'Voorkeuren', g, ''],
      [['wd_taal'], 2 * YEAR, false, 'functional', 'Voorkeuren', g, ''],
    ]);
  });

  it('a prose-only policy gives the no-table result, never invented entries', () => {
    expect(parse('prose-only.html')).toEqual({ kind: 'no-table', title: 'Cookie policy' });
  });
});
