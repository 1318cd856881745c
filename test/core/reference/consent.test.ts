import { consentClassOf } from '../../../src/core/consent/classify';
import { knownConsent } from '../../../src/core/consent/known-consent';
import { describeReference, referenceConsentClass, referenceLookup } from '../../../src/core/reference/consent';
import type { ReferenceCategory } from '../../../src/core/reference/types';
import { shippedIndex } from './shipped';

describe('referenceConsentClass', () => {
  it.each<[string, ReferenceCategory, string]>([
    ['Django', 'functional', 'exempt'],
    ['Microsoft', 'security', 'exempt'],
    ['Facebook', 'marketing', 'needs-consent'],
    ['Salesforce', 'personalization', 'unknown'],
    ['Matomo', 'analytics', 'exemptable'],
    ['AT Internet', 'analytics', 'exemptable'],
    ['AT Internet / Piano', 'analytics', 'exemptable'],
    ['Eulerian', 'analytics', 'exemptable'],
    ['Piwik', 'analytics', 'exemptable'],
    ['Google Analytics', 'analytics', 'needs-consent'],
    ['Hotjar', 'analytics', 'needs-consent'],
    ['Piano', 'analytics', 'needs-consent'],
    ['', 'analytics', 'needs-consent'],
    ['Matomo', 'marketing', 'needs-consent'],
  ])('%s / %s → %s', (platform, category, expected) => {
    expect(referenceConsentClass({ platform, category })).toBe(expected);
  });
});

describe('referenceLookup in consentClassOf', () => {
  const reference = referenceLookup(shippedIndex());
  const classify = (name: string, domain?: string) =>
    consentClassOf(domain === undefined ? { declared: null, name } : { declared: null, name, domain }, reference);

  // Names the known-tracker table does not know, so the reference decides.
  it.each([
    ['_clck', { class: 'needs-consent', basis: 'reference', detail: 'Microsoft' }],
    ['cX_P', { class: 'needs-consent', basis: 'reference', detail: 'Piano' }],
    ['wp_woocommerce_session_0a1b', { class: 'exempt', basis: 'reference', detail: 'WooCommerce' }],
    ['XSRF-TOKEN', { class: 'exempt', basis: 'reference' }],
    ['matomo_sessid', { class: 'exemptable', basis: 'reference', detail: 'Matomo' }],
    ['stg_last_interaction', { class: 'exemptable', basis: 'reference', detail: 'Piwik' }],
    ['pa_privacy', { class: 'exempt', basis: 'reference', detail: 'AT Internet / Piano' }],
  ])('%s', (name, expected) => {
    expect(knownConsent(name)).toBeUndefined();
    expect(classify(name)).toEqual(expected);
  });

  it('stays unknown for a personalization cookie and for a name nobody knows', () => {
    expect(reference('sidebarPinned')).toEqual({ class: 'unknown', detail: 'Salesforce' });
    expect(classify('sidebarPinned')).toEqual({ class: 'unknown', basis: 'none' });
    expect(classify('no-such-cookie')).toEqual({ class: 'unknown', basis: 'none' });
  });

  it('comes after the known-tracker table', () => {
    expect(classify('_ga')).toEqual({ class: 'needs-consent', basis: 'known-tracker', detail: 'Google Analytics' });
  });

  it('passes the cookie domain through', () => {
    expect(reference('token', '.adnxs.com')).toEqual({ class: 'exempt', detail: 'Xandr' });
    expect(reference('token')).toEqual({ class: 'needs-consent', detail: 'Adform' });
  });
});

describe('describeReference', () => {
  const index = shippedIndex();

  it('gives the popup structured facts, not a sentence', () => {
    expect(describeReference(index, '_ga')).toEqual({
      platform: 'Google Analytics',
      category: 'analytics',
      consentClass: 'needs-consent',
      retention: { text: '2 years', seconds: 63_115_200 },
      source: 'open-cookie-database',
      match: 'exact',
      key: '_ga',
    });
    expect(describeReference(index, 'eu-consent')).toEqual({
      platform: 'Orejime',
      category: 'functional',
      consentClass: 'exempt',
      retention: { text: '120 days', seconds: 120 * 86_400 },
      source: 'supplement',
      match: 'exact',
      key: 'eu-consent',
    });
  });

  it('names the prefix a wildcard row matched, and gives a copy the caller may change', () => {
    const note = describeReference(index, '_ga_XYZ');
    expect(note).toMatchObject({ match: 'prefix', key: '_ga_' });
    if (note?.retention) note.retention.text = 'changed';
    expect(describeReference(index, '_ga_XYZ')?.retention?.text).not.toBe('changed');
  });

  it('is undefined for an unknown name', () => {
    expect(describeReference(index, 'no-such-cookie')).toBeUndefined();
  });
});
