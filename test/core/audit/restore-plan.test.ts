import { batches, cookieSetUrl, removeDetails, restoreDetails } from '../../../src/core/audit/restore-plan';
import type { RawCookie } from '../../../src/core/cookies/raw-cookie';

const NOW = 1_800_000_000;
const base: RawCookie = {
  name: 'sid',
  value: 'v',
  domain: 'data.example.test',
  path: '/',
  hostOnly: true,
  secure: false,
  httpOnly: false,
  sameSite: 'lax',
  session: false,
  expirationDate: NOW + 3600.25,
  storeId: '0',
};
const cookie = (patch: Partial<RawCookie>): RawCookie => ({ ...base, ...patch });

describe('restoreDetails', () => {
  it.each<[string, Partial<RawCookie>, 'chrome' | 'firefox', Record<string, unknown>]>([
    ['host-only: no domain', {}, 'chrome', { url: 'http://data.example.test/', sameSite: 'lax', expirationDate: NOW + 3600.25 }],
    ['domain cookie keeps its domain', { domain: '.example.test', hostOnly: false }, 'chrome', { url: 'http://example.test/', domain: '.example.test' }],
    [
      'Secure → https URL',
      { secure: true, sameSite: 'no_restriction' },
      'chrome',
      { url: 'https://data.example.test/', secure: true, sameSite: 'no_restriction' },
    ],
    ['HttpOnly and a path', { httpOnly: true, path: '/explore' }, 'chrome', { url: 'http://data.example.test/explore', path: '/explore', httpOnly: true }],
    ['Chrome unspecified SameSite is omitted', { sameSite: 'unspecified' }, 'chrome', {}],
    ['Firefox unspecified SameSite is kept', { sameSite: 'unspecified' }, 'firefox', { sameSite: 'unspecified', firstPartyDomain: '' }],
    ['session: no expiry', { session: true, expirationDate: undefined }, 'chrome', {}],
    [
      'CHIPS partition key',
      { secure: true, partitionKey: { topLevelSite: 'https://example.test', hasCrossSiteAncestor: false } },
      'chrome',
      { partitionKey: { topLevelSite: 'https://example.test', hasCrossSiteAncestor: false } },
    ],
    [
      'Firefox partition key without ancestor bit',
      { partitionKey: { topLevelSite: 'http://example.test' } },
      'firefox',
      { partitionKey: { topLevelSite: 'http://example.test' } },
    ],
    ['Firefox first-party jar', { firstPartyDomain: 'example.test' }, 'firefox', { firstPartyDomain: 'example.test' }],
    ['a container store', { storeId: 'firefox-container-3' }, 'firefox', { storeId: 'firefox-container-3' }],
  ])('%s', (_name, patch, target, expected) => {
    const plan = restoreDetails(cookie(patch), target, NOW);
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.details).toMatchObject({ name: 'sid', value: 'v', ...expected });
    const c = cookie(patch);
    expect('domain' in plan.details).toBe(!c.hostOnly);
    expect('expirationDate' in plan.details).toBe(!c.session);
    expect('firstPartyDomain' in plan.details).toBe(target === 'firefox');
    if (target === 'chrome' && c.sameSite === 'unspecified') expect('sameSite' in plan.details).toBe(false);
    if (!c.partitionKey) expect('partitionKey' in plan.details).toBe(false);
  });

  it('a cookie expired meanwhile does not come back, and says why', () => {
    expect(restoreDetails(cookie({ expirationDate: NOW - 1 }), 'chrome', NOW)).toEqual({ ok: false, reason: 'expired' });
    expect(restoreDetails(cookie({ expirationDate: NOW }), 'firefox', NOW)).toEqual({ ok: false, reason: 'expired' });
  });
});

describe('removeDetails and cookieSetUrl', () => {
  it('addresses the cookie in its store, partition and jar', () => {
    expect(removeDetails(cookie({ partitionKey: { topLevelSite: 'https://example.test' } }), 'chrome')).toEqual({
      url: 'http://data.example.test/',
      name: 'sid',
      storeId: '0',
      partitionKey: { topLevelSite: 'https://example.test' },
    });
  });
  it('builds URLs for IPv6 hosts and empty paths', () => {
    expect(cookieSetUrl({ domain: '::1', path: '', secure: false })).toBe('http://[::1]/');
  });
});

describe('batches', () => {
  it('splits in order, the last one shorter', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 50)).toEqual([]);
  });
});
