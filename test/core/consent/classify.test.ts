import { consentClassOf, consentClassOfRow } from '../../../src/core/consent/classify';
import { underConsent } from '../../../src/core/consent/consent-words';
import { knownConsent } from '../../../src/core/consent/known-consent';
import type { ReferenceLookup } from '../../../src/core/consent/types';
import type { Category, ReportRow } from '../../../src/core/types';
import { cookie, entry } from '../compare/helpers';

describe('underConsent: charter phrases that put a cookie under consent', () => {
  it.each([
    'Ce cookie est déposé après votre consentement.',
    'Cookies soumis à votre consentement',
    'Soumis à consentement',
    'Déposé uniquement si vous acceptez les cookies de mesure d’audience.',
    'Avec votre accord, nous mesurons l’audience.',
    'Sous réserve de votre consentement',
    "Ce cookie n'est déposé qu'après votre consentement",
    'Set after consent.',
    'Set only after your consent.',
    'Only if you accept analytics cookies.',
    'This cookie requires your consent.',
    'Stored once you have accepted.',
  ])('%s', (text) => {
    expect(underConsent([text])).toBe(text);
  });

  it.each([
    'Exemptés de consentement',
    'Ces cookies ne sont pas soumis à votre consentement.',
    'Ne nécessitent pas votre consentement',
    'Set without consent: strictly necessary.',
    'These cookies do not require your consent.',
    'Not subject to consent.',
    'Mesure d’audience (front et back office)',
    'This cookie is activated only if the portal is available in multiple languages.',
    '',
  ])('not: %s', (text) => {
    expect(underConsent([text])).toBeUndefined();
  });

  it('returns the first text that says so, trimmed, and skips nulls', () => {
    expect(underConsent([null, 'Audience', '  Après  votre consentement ', 'Soumis à consentement'])).toBe('Après votre consentement');
  });

  it('reads a bounded prefix of a huge cell', () => {
    const huge = `${'x'.repeat(1_000_000)} après votre consentement`;
    expect(underConsent([huge])).toBeUndefined();
  });
});

describe('knownConsent: the known-tracker table', () => {
  it.each([
    ['_pk_id.1.abcd', 'exemptable', 'Matomo'],
    ['_pk_ses.1.abcd', 'exemptable', 'Matomo'],
    ['mtm_consent', 'exempt', 'Matomo'],
    ['mtm_consent_removed', 'exempt', 'Matomo'],
    ['_ga', 'needs-consent', 'Google Analytics'],
    ['_ga_ABC123', 'needs-consent', 'Google Analytics'],
    ['_gid', 'needs-consent', 'Google Analytics'],
    ['_gat_UA-1-1', 'needs-consent', 'Google Analytics'],
    ['atuserid', 'exemptable', 'AT Internet / Piano'],
    ['atidvisitor', 'exemptable', 'AT Internet / Piano'],
    ['_pcid', 'exemptable', 'AT Internet / Piano'],
    ['_pctx', 'exemptable', 'AT Internet / Piano'],
    ['pa_vid', 'exemptable', 'AT Internet / Piano'],
    ['xtvrn', 'exemptable', 'XiTi'],
    ['xtan123', 'exemptable', 'XiTi'],
    ['etuix', 'exemptable', 'Eulerian'],
    ['_hjSessionUser_123', 'needs-consent', 'Hotjar'],
    ['__hstc', 'needs-consent', 'HubSpot'],
    ['hubspotutk', 'needs-consent', 'HubSpot'],
    ['_fbp', 'needs-consent', 'Facebook'],
    ['li_gc', 'needs-consent', 'LinkedIn'],
    ['bcookie', 'needs-consent', 'LinkedIn'],
    ['lidc', 'needs-consent', 'LinkedIn'],
    ['UserMatchHistory', 'needs-consent', 'LinkedIn'],
    ['VISITOR_INFO1_LIVE', 'needs-consent', 'YouTube'],
    ['YSC', 'needs-consent', 'YouTube'],
    ['sessionid', 'exempt', 'Opendatasoft'],
    ['csrftoken', 'exempt', 'Opendatasoft'],
    ['django_language', 'exempt', 'Opendatasoft'],
    ['cookies_preferences', 'exempt', 'Opendatasoft'],
    ['AWSALB', 'exempt', 'load balancer'],
    ['tarteaucitron', 'exempt', 'tarteaucitron'],
    ['CookieConsent', 'exempt', 'cookiebot'],
    ['OptanonConsent', 'exempt', 'onetrust'],
    ['euconsent-v2', 'exempt', 'tcf'],
  ])('%s → %s (%s)', (name, cls, vendor) => {
    expect(knownConsent(name)).toEqual({ class: cls, vendor });
  });

  it.each([
    ['fr', '.facebook.com', 'needs-consent'],
    ['fr', '.laregion.fr', undefined],
    ['fr', undefined, undefined],
    ['guest_id', '.x.com', 'needs-consent'],
    ['personalization_id', '.twitter.com', 'needs-consent'],
    ['guest_id', 'data.example.test', undefined],
  ])('generic name %s on %s → %s', (name, domain, cls) => {
    expect(knownConsent(name, domain)?.class).toBe(cls);
  });

  it('knows nothing of other names, prototype keys included', () => {
    for (const name of ['my_cookie', '__proto__', 'constructor', '', 'GA', 'SESSIONID']) expect(knownConsent(name)).toBeUndefined();
  });
});

describe('consentClassOf: the charter section', () => {
  it.each<[Category, string]>([
    ['necessary', 'exempt'],
    ['functional', 'exempt'],
    ['statistics', 'exemptable'],
    ['marketing', 'needs-consent'],
    ['third-party', 'needs-consent'],
  ])('%s → %s', (category, cls) => {
    const declared = entry(['my_cookie'], { category, section: 'Heading' });
    expect(consentClassOf({ declared, name: 'my_cookie' })).toEqual({ class: cls, basis: 'charter-section', detail: 'Heading' });
  });

  it.each<Category>(['experience', 'unknown'])('%s says nothing: the next rule decides', (category) => {
    expect(consentClassOf({ declared: entry(['my_cookie'], { category }), name: 'my_cookie' })).toEqual({ class: 'unknown', basis: 'none' });
    expect(consentClassOf({ declared: entry(['_hj*'], { category }), name: '_hjid' }).basis).toBe('known-tracker');
  });
});

describe('consentClassOf: order of precedence', () => {
  const statistics = (extra = {}) => entry(['_pk_id.*'], { category: 'statistics', section: 'Mesure d’audience', ...extra });

  it('an audience cookie not put under consent is exemptable (charter section)', () => {
    expect(consentClassOf({ declared: statistics(), name: '_pk_id.1.ab' })).toMatchObject({ class: 'exemptable', basis: 'charter-section' });
  });

  it('a charter condition "after consent" beats the section and the tracker table', () => {
    const declared = statistics({ conditional: true, condition: 'Déposé après votre consentement.' });
    expect(consentClassOf({ declared, name: '_pk_id.1.ab' })).toEqual({
      class: 'needs-consent',
      basis: 'charter-condition',
      detail: 'Déposé après votre consentement.',
    });
  });

  it('a consent section heading puts its rows under consent', () => {
    const declared = entry(['my_cookie'], { category: 'necessary', section: 'Cookies soumis à votre consentement' });
    expect(consentClassOf({ declared, name: 'my_cookie' }).basis).toBe('charter-condition');
  });

  it('the charter may make a cookie stricter than the table', () => {
    const declared = entry(['sessionid'], { category: 'marketing' });
    expect(consentClassOf({ declared, name: 'sessionid' })).toMatchObject({ class: 'needs-consent', basis: 'charter-section' });
  });

  it('never laxer: Google Analytics under "Statistiques" stays needs-consent', () => {
    const declared = entry(['_ga'], { category: 'statistics' });
    expect(consentClassOf({ declared, name: '_ga' })).toEqual({ class: 'needs-consent', basis: 'known-tracker', detail: 'Google Analytics' });
  });

  it('never laxer: Matomo declared "necessary" is exemptable', () => {
    const declared = entry(['_pk_id.*'], { category: 'necessary' });
    expect(consentClassOf({ declared, name: '_pk_id.1.ab' })).toMatchObject({ class: 'exemptable', basis: 'known-tracker' });
  });

  it('the table decides an undeclared cookie, before the reference database', () => {
    const reference: ReferenceLookup = jest.fn(() => ({ class: 'exempt' as const, detail: 'db' }));
    expect(consentClassOf({ declared: null, name: '_hjid' }, reference)).toMatchObject({ class: 'needs-consent', basis: 'known-tracker' });
    expect(reference).not.toHaveBeenCalled();
  });

  it('the reference database decides what nothing else knows', () => {
    const reference: ReferenceLookup = (name, domain) => (name === 'x_ads' ? { class: 'needs-consent', detail: `Acme on ${domain}` } : undefined);
    expect(consentClassOf({ declared: null, name: 'x_ads', domain: 'a.test' }, reference)).toEqual({
      class: 'needs-consent',
      basis: 'reference',
      detail: 'Acme on a.test',
    });
    expect(consentClassOf({ declared: null, name: 'other' }, reference)).toEqual({ class: 'unknown', basis: 'none' });
    expect(consentClassOf({ declared: null, name: 'other' }, () => ({ class: 'unknown' }))).toEqual({ class: 'unknown', basis: 'none' });
  });
});

describe('consentClassOfRow', () => {
  const row = (extra: Partial<ReportRow>): ReportRow => ({ status: 'undeclared', flags: [], declared: null, declaredName: null, observed: null, ...extra });

  it('uses the observed name and domain', () => {
    const observed = { ...cookie('fr'), domain: '.facebook.com', thirdParty: true, lifetimeSeconds: 10 };
    expect(consentClassOfRow(row({ observed })).class).toBe('needs-consent');
  });

  it('falls back to the declared pattern of an absent row, and to nothing for an unnamed one', () => {
    const declared = entry(['_ga_<container-id>'], { category: 'statistics' });
    expect(consentClassOfRow(row({ status: 'absent', declared, declaredName: '_ga_<container-id>' })).class).toBe('needs-consent');
    const unnamed = entry([], { category: 'statistics', section: 'Mesure d’audience' });
    expect(consentClassOfRow(row({ status: 'unnamed', declared: unnamed }))).toMatchObject({ class: 'exemptable', basis: 'charter-section' });
  });
});
