/**
 * Consent-platform declarations read from a page-globals dump: each platform's real data shape
 * (tarteaucitron's and Klaro's own files run in a vm and copied as the page-world function does;
 * Orejime's README example; Cookiebot's, CookieYes' and OneTrust's documented globals), mapped to
 * entries with their source and a category the consent classes understand.
 */
import { consentClassOf } from '../../../src/core/consent/classify';
import { readPageGlobals } from '../../../src/core/declaration/page-globals';
import type { Declaration, DeclaredEntry } from '../../../src/core/types';
import { runLibrary, walk } from './walk';

const URL_ = 'https://www.example.test/';
const DAY = 86_400;
type Row = [names: string[], service: string, section: string, category: string, maxAgeSeconds: number | null];

function only(dump: unknown): Declaration {
  const { declarations, notes } = readPageGlobals(dump, URL_);
  expect(notes.map((n) => n.state)).toEqual(['ok']);
  expect(declarations).toHaveLength(1);
  return declarations[0]!;
}
const rows = (d: Declaration): Row[] => d.entries.map((e) => [e.names, e.service || e.provider, e.section, e.category, e.maxAgeSeconds]);
const classOf = (entry: DeclaredEntry, name = entry.names[0]!) => consentClassOf({ declared: entry, name }).class;

describe('tarteaucitron: job + services[key].cookies (tarteaucitron.services.js, run for real)', () => {
  const library = runLibrary('node_modules/tarteaucitronjs/tarteaucitron.services.js', {
    tarteaucitron: { services: {}, user: { gtagUa: 'G-TEST1' }, lang: {} },
  });
  const tac = library.tarteaucitron as { services: unknown };
  const dump = {
    tarteaucitron: walk({ job: ['gtag', 'youtube', 'matomo', 'not-a-service', 'gtag'], services: tac.services, parameters: { cookieName: 'tac_consent' } }),
  };

  it('one entry per service of the job, in job order, then its own consent cookie', () => {
    const declaration = only(dump);
    expect(declaration.source).toEqual({ kind: 'tarteaucitron', url: URL_ });
    expect(rows(declaration)).toEqual([
      [
        ['_ga', '_gat', '_gid', '__utma', '__utmb', '__utmc', '__utmt', '__utmz', '_gat_gtag_G_TEST1', '_ga_TEST1', '_gcl_au'],
        'Google Analytics (GA4)',
        'analytic',
        'statistics',
        null,
      ],
      [['VISITOR_INFO1_LIVE', 'YSC', 'PREF'], 'YouTube', 'video', 'third-party', null],
      [['_pk_ref', '_pk_cvar', '_pk_id', '_pk_ses', '_pk_hsr', 'piwik_ignore', '_pk_uid'], 'Matomo (privacy by design)', 'analytic', 'statistics', null],
      [['tac_consent'], 'tarteaucitron', 'tarteaucitron', 'necessary', null],
    ]);
    for (const entry of declaration.entries) expect(entry.source).toEqual({ kind: 'tarteaucitron', url: URL_ });
  });

  it('consent classes: Google Analytics needs consent, YouTube needs consent, the consent cookie is exempt', () => {
    const [ga, youtube, matomo, own] = only(dump).entries;
    expect(classOf(ga!)).toBe('needs-consent');
    expect(classOf(youtube!, 'YSC')).toBe('needs-consent');
    expect(classOf(matomo!, '_pk_id')).toBe('exemptable');
    expect(classOf(own!)).toBe('exempt');
  });
});

describe('Klaro: services[].cookies with RegExp triples (klaro/dist/config.js, run for real)', () => {
  const config = runLibrary('node_modules/klaro/dist/config.js', {}, 'this.config = klaroConfig;').config;

  it('regexps become globs, purposes the category, and its own cookie lasts cookieExpiresAfterDays', () => {
    expect(rows(only({ klaro: walk(config) }))).toEqual([
      [['_pk_*', 'piwik_ignore'], 'Matomo/Piwik', 'analytics', 'statistics', null],
      [['inline-tracker'], 'Inline Tracker', 'analytics', 'statistics', null],
      [['external-tracker'], 'External Tracker', 'analytics, security', 'statistics', null],
      [['klaro'], 'Klaro', 'klaro', 'necessary', 365 * DAY],
    ]);
  });

  it('no consent cookie when Klaro keeps the choice in localStorage', () => {
    const names = only({ klaro: walk({ ...(config as object), storageMethod: 'localStorage' }) }).entries.map((e) => e.names[0]);
    expect(names).not.toContain('klaro');
  });
});

describe('Orejime 3: purposes (grouped one level), regexps as strings and objects, isMandatory', () => {
  const config = {
    privacyPolicyUrl: '/privacy',
    cookieName: 'orejime_choice',
    cookieExpiresAfterDays: 180,
    purposes: [
      { id: 'google-tag-manager', title: 'Google Tag Manager', cookies: ['_ga', '/^_gat_.+$/i', /^_gid$/, ['_pk_id', '/blog', '.example.test']] },
      { id: 'session', title: 'Session', cookies: ['PHPSESSID'], isMandatory: true },
      {
        id: 'advertising',
        title: 'Advertising',
        purposes: [
          { id: 'foo', title: 'Foo', cookies: ['foo_uid'] },
          { id: 'bar', title: 'Bar', cookies: [] },
        ],
      },
    ],
  };

  it('reads each purpose with its source, the nested ones under their group', () => {
    expect(rows(only({ orejime: walk(config) }))).toEqual([
      [['_ga', '_gat_*', '_gid', '_pk_id'], 'Google Tag Manager', '', 'unknown', null],
      [['PHPSESSID'], 'Session', '', 'necessary', null],
      [['foo_uid'], 'Foo', 'advertising Advertising', 'marketing', null],
      [['orejime_choice'], 'Orejime', 'orejime', 'necessary', 180 * DAY],
    ]);
  });
});

describe('Cookiebot: CookieConsentDialog.cookieTable* rows [name, host, purpose, expiry, type]', () => {
  const dialog = {
    cookieTableNecessary: [['CookieConsent', 'shop.example.test', 'Stores the user’s cookie consent state for the current domain', '1 year', 'HTTP']],
    cookieTablePreference: [['lang', 'shop.example.test', 'Remembers the language', 'Session', 'HTTP']],
    cookieTableStatistics: [
      ['_ga', 'Google', 'Registers a unique ID', '2 years', 'HTTP'],
      ['_ga_#', 'Google', 'Used by Google Analytics', '2 years', 'HTTP'],
    ],
    cookieTableAdvertising: [['IDE', 'Google', 'Used by Google DoubleClick', '400 days', 'HTTP']],
    cookieTableUnclassified: '',
  };

  it('one entry per row, the table deciding the category, the expiry text the lifetime', () => {
    const declaration = only({ cookiebot: dialog });
    expect(declaration.entries.map((e) => [e.names, e.provider, e.section, e.category, e.maxAgeSeconds, e.session])).toEqual([
      [['CookieConsent'], 'shop.example.test', 'Necessary', 'necessary', expect.any(Number), false],
      [['lang'], 'shop.example.test', 'Preferences', 'functional', null, true],
      [['_ga'], 'Google', 'Statistics', 'statistics', expect.any(Number), false],
      [['_ga_#'], 'Google', 'Statistics', 'statistics', expect.any(Number), false],
      [['IDE'], 'Google', 'Marketing', 'marketing', 400 * DAY, false],
    ]);
    expect(declaration.entries[2]!.maxAgeSeconds).toBeGreaterThan(729 * DAY);
    expect(classOf(declaration.entries[4]!)).toBe('needs-consent');
  });
});

describe('CookieYes: _ckyConfig._categories with localised texts', () => {
  const config = {
    _categories: [
      {
        name: { en: 'Necessary', fr: 'Nécessaires' },
        slug: 'necessary',
        isNecessary: true,
        cookies: [{ cookieID: 'cookieyes-consent', domain: 'blog.example.test', duration: { en: '1 year' }, description: { en: 'Remembers consent' } }],
      },
      {
        name: 'Analytics',
        slug: 'analytics',
        isNecessary: false,
        cookies: [{ cookieID: '_ga', domain: '.example.test', duration: '1 year 1 month 4 days', description: 'Google Analytics' }],
      },
      {
        name: { en: 'Advertisement' },
        slug: 'advertisement',
        cookies: [{ cookieID: 'test_cookie', domain: '.doubleclick.net', duration: { en: '15 minutes' } }],
      },
      { name: 'Partners', slug: 'partners', cookies: [{ cookieID: 'partner_id', duration: 'session' }] },
    ],
  };

  it('the slug decides the category, and unknown slugs go through the heading rules', () => {
    const declaration = only({ cookieyes: config });
    expect(declaration.entries.map((e) => [e.names, e.provider, e.section, e.category, e.durationText, e.session])).toEqual([
      [['cookieyes-consent'], 'blog.example.test', 'Necessary', 'necessary', '1 year', false],
      [['_ga'], '.example.test', 'Analytics', 'statistics', '1 year 1 month 4 days', false],
      [['test_cookie'], '.doubleclick.net', 'Advertisement', 'marketing', '15 minutes', false],
      [['partner_id'], '', 'Partners', 'unknown', 'session', true],
    ]);
    expect(declaration.entries[2]!.maxAgeSeconds).toBe(15 * 60);
  });
});

describe('OneTrust: GetDomainData().Groups with first-party Cookies and Hosts[].Cookies', () => {
  const data = {
    Groups: [
      {
        CustomGroupId: 'C0001',
        GroupName: 'Strictly Necessary Cookies',
        Cookies: [{ Name: 'OptanonConsent', Host: 'www.example.test', IsSession: false, Length: '364' }],
        Hosts: [],
      },
      {
        CustomGroupId: 'C0002',
        GroupName: 'Performance Cookies',
        Cookies: [{ Name: '_ga', Host: 'example.test', IsSession: false, Length: '729' }],
        Hosts: [{ HostName: 'hotjar.com', Cookies: [{ Name: '_hjid', IsSession: false, Length: '365' }] }],
      },
      { CustomGroupId: 'C0004', GroupName: 'Targeting Cookies', FirstPartyCookies: [{ Name: 'ttcsid', Host: 'example.test', IsSession: true, Length: '0' }] },
      { CustomGroupId: 'CUSTOM9', GroupName: 'Social Media Cookies', Cookies: [{ Name: 'li_gc', Length: 'soon' }] },
    ],
  };

  it('group ids decide the category; Length is days; IsSession a session cookie', () => {
    const declaration = only({ onetrust: data });
    expect(declaration.entries.map((e) => [e.names, e.provider, e.category, e.maxAgeSeconds, e.session])).toEqual([
      [['OptanonConsent'], 'www.example.test', 'necessary', 364 * DAY, false],
      [['_ga'], 'example.test', 'statistics', 729 * DAY, false],
      [['_hjid'], 'hotjar.com', 'statistics', 365 * DAY, false],
      [['ttcsid'], 'example.test', 'marketing', null, true],
      [['li_gc'], '', 'marketing', null, false],
    ]);
  });
});

describe('several platforms in one dump', () => {
  it('one declaration per platform, in dump order, each with its own source kind', () => {
    const { declarations } = readPageGlobals(
      {
        onetrust: { Groups: [] },
        klaro: { services: [{ name: 'x', cookies: ['x_id'] }] },
        tarteaucitron: { job: ['youtube'], services: { youtube: { type: 'video', cookies: ['YSC'] } } },
      },
      URL_,
    );
    expect(declarations.map((d) => d.source?.kind)).toEqual(['tarteaucitron', 'klaro', 'onetrust']);
  });
});
