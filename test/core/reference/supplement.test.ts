/**
 * Every supplement entry must be needed: computed from the shipped CSV, the Open Cookie Database
 * alone must give nothing for its name, or a different platform, category or retention. An entry
 * the OCD already covers the same way fails here and should be deleted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONSENT_COOKIE_NAMES } from '../../../src/core/consent/consent-cookie-names';
import { knownConsent } from '../../../src/core/consent/known-consent';
import { referenceConsentClass } from '../../../src/core/reference/consent';
import { lookupReference } from '../../../src/core/reference/lookup';
import type { ReferenceCategory, ReferenceHit } from '../../../src/core/reference/types';
import { indexOf, ocdOnlyIndex, ROOT, shippedIndex, SUPPLEMENT, type SupplementEntry } from './shipped';

/** What the entry adds to the OCD ('' when nothing: the entry is not needed). */
function whatItAdds(entry: SupplementEntry): string {
  const ours = lookupReference(indexOf([], [entry]), entry.name, entry.domain) as ReferenceHit;
  const theirs = lookupReference(ocdOnlyIndex(), entry.name, entry.domain);
  if (!theirs) return 'absent from the OCD';
  const changed = [];
  if (theirs.platform !== ours.platform) changed.push(`platform ${theirs.platform} → ${ours.platform}`);
  if (theirs.category !== ours.category) changed.push(`category ${theirs.category} → ${ours.category}`);
  const lifetime = (hit: ReferenceHit) => JSON.stringify([hit.retention?.seconds ?? null, hit.retention?.session ?? false]);
  if (lifetime(theirs) !== lifetime(ours)) changed.push(`retention ${theirs.retention?.text ?? '-'} → ${ours.retention?.text ?? '-'}`);
  return changed.join(', ');
}

describe('the supplement', () => {
  it.each(SUPPLEMENT.entries.map((entry) => [entry.name, entry] as const))('%s is needed', (_name, entry) => {
    expect(whatItAdds(entry)).not.toBe('');
    expect(entry.reason.length).toBeGreaterThan(20);
    expect(entry.evidence?.length).toBeGreaterThan(10);
  });

  it.each(SUPPLEMENT.entries.map((entry) => [entry.name, entry] as const))('%s takes effect in the shipped index', (_name, entry) => {
    expect(lookupReference(shippedIndex(), entry.name, entry.domain)).toMatchObject({ source: 'supplement', key: entry.name });
  });

  it('agrees with the known-tracker table wherever both know a name', () => {
    const disagree = SUPPLEMENT.entries.flatMap((entry) => {
      const known = knownConsent(entry.name);
      const ours = referenceConsentClass({ platform: entry.platform, category: entry.category as ReferenceCategory });
      return known && known.class !== ours ? [`${entry.name}: ${known.class} vs ${ours}`] : [];
    });
    expect(disagree).toEqual([]);
  });

  it('would reject an entry the OCD already covers the same way', () => {
    const ga = { name: '_ga', platform: 'Google Analytics', category: 'analytics', retention: '2 years', reason: 'test' };
    expect(whatItAdds(ga)).toBe('');
    expect(whatItAdds({ ...ga, retention: '24 months' })).toBe('');
    expect(whatItAdds({ ...ga, category: 'marketing' })).toBe('category analytics → marketing');
    expect(whatItAdds({ ...ga, retention: '13 months' })).toBe('retention 2 years → 13 months');
  });

  it('lists each name once', () => {
    const keys = SUPPLEMENT.entries.map((e) => `${e.prefix ? 'prefix' : 'exact'}:${e.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives the four Opendatasoft cookies their declared durations', () => {
    const seconds = (name: string) => lookupReference(shippedIndex(), name)?.retention?.seconds;
    expect(seconds('sessionid')).toBe(14 * 86_400);
    expect(seconds('csrftoken')).toBe(31_557_600);
    expect(seconds('cookies_preferences')).toBe(31_557_600 / 2);
    expect(seconds('django_language')).toBe(31_557_600);
  });

  it('covers, as functional, the consent cookie of each platform a portal may use', () => {
    for (const cmp of ['opendatasoft', 'tarteaucitron', 'orejime', 'klaro'] as const) {
      for (const name of CONSENT_COOKIE_NAMES[cmp]) {
        expect(lookupReference(shippedIndex(), name)).toMatchObject({ source: 'supplement', category: 'functional' });
      }
    }
  });
});

describe('the supplement agrees with the consent libraries the project installs', () => {
  const read = (path: string) => readFileSync(join(ROOT, 'node_modules', path), 'utf8');
  const retention = (name: string) => SUPPLEMENT.entries.find((e) => e.name === name)?.retention;

  it('Orejime 3 writes eu-consent for 120 days (js-cookie expires counts days)', () => {
    expect(read('orejime/dist/orejime-standard-en.js')).toContain('name:"eu-consent",domain:void 0,duration:120');
    expect(retention('eu-consent')).toBe('120 days');
  });

  it('Klaro writes klaro for 120 days by default', () => {
    const klaro = read('klaro/dist/klaro.js');
    expect(klaro).toContain('this.config.cookieName||"klaro"');
    expect(klaro).toContain('this.config.cookieExpiresAfterDays||120');
    expect(retention('klaro')).toBe('120 days');
  });

  it('tarteaucitron writes tarteaucitron for 365 days', () => {
    const tac = read('tarteaucitronjs/tarteaucitron.js');
    expect(tac).toContain('"cookieName": \'tarteaucitron\'');
    expect(tac).toMatch(/timeExpire = 31536000000/);
    expect(retention('tarteaucitron')).toBe('365 days');
  });
});
