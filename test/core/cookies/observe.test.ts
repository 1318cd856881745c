import { cookieVisibleAt, dedupeCookies, toObserved } from '../../../src/core/cookies/observe';
import type { RawCookie } from '../../../src/core/cookies/raw-cookie';

const raw = (over: Partial<RawCookie> = {}): RawCookie => ({
  name: 'csrftoken',
  value: 'secret-value',
  domain: 'data.example.test',
  path: '/',
  hostOnly: true,
  secure: false,
  httpOnly: false,
  sameSite: 'lax',
  session: false,
  expirationDate: 2000000000,
  storeId: '0',
  ...over,
});

describe('toObserved', () => {
  it('drops the value and keeps its length', () => {
    const c = toObserved(raw());
    expect(c).not.toHaveProperty('value');
    expect(JSON.stringify(c)).not.toContain('secret-value');
    expect(c.valueLength).toBe('secret-value'.length);
    expect(c).toMatchObject({ name: 'csrftoken', expirationDate: 2000000000, session: false, sameSite: 'lax', storeId: '0' });
  });

  it('drops the expiry of a session cookie and normalises SameSite', () => {
    const c = toObserved(raw({ session: true, sameSite: 'None' }));
    expect(c.session).toBe(true);
    expect(c).not.toHaveProperty('expirationDate');
    expect(c.sameSite).toBe('no_restriction');
    expect(toObserved(raw({ sameSite: 'weird' })).sameSite).toBe('unspecified');
  });

  it('keeps only the top-level site of a partition key, and no empty partition', () => {
    expect(toObserved(raw({ partitionKey: { topLevelSite: 'https://example.test', hasCrossSiteAncestor: true } })).partitionKey).toEqual({
      topLevelSite: 'https://example.test',
    });
    expect(toObserved(raw({ partitionKey: {} }))).not.toHaveProperty('partitionKey');
    expect(toObserved(raw({ partitionKey: null }))).not.toHaveProperty('partitionKey');
  });

  it('keeps a first-party domain (Firefox first-party isolation), and no empty one', () => {
    expect(toObserved(raw({ firstPartyDomain: 'example.test' })).firstPartyDomain).toBe('example.test');
    expect(toObserved(raw({ firstPartyDomain: '' }))).not.toHaveProperty('firstPartyDomain');
  });

  it.each([
    ['HttpOnly is never readable', raw({ httpOnly: true }), new Set(['csrftoken']), undefined, false],
    ['listed by document.cookie', raw(), new Set(['csrftoken']), undefined, true],
    ['not listed by document.cookie', raw(), new Set(['other']), undefined, false],
    ['no page facts: readable where sent', raw(), undefined, undefined, true],
    ['same name on another site', raw({ domain: 'tracker.other.test' }), new Set(['csrftoken']), 'https://data.example.test/', false],
    ['parent-domain cookie at the page', raw({ domain: '.example.test', hostOnly: false }), undefined, 'https://data.example.test/x', true],
    ['cookie of another path', raw({ path: '/admin' }), undefined, 'https://data.example.test/explore/', false],
    ['Secure cookie on an http page', raw({ secure: true }), undefined, 'http://data.example.test/', false],
  ])('readableByPage: %s', (_label, cookie, names, pageUrl, expected) => {
    expect(toObserved(cookie, names, pageUrl).readableByPage).toBe(expected);
  });
});

describe('cookieVisibleAt', () => {
  const c = { domain: '.example.test', hostOnly: false, path: '/explore', secure: false };
  it.each([
    ['http://data.example.test/explore', true],
    ['http://data.example.test/explore/dataset/x', true],
    ['http://example.test/explore', true],
    ['http://data.example.test/explorer', false],
    ['http://data.example.test/', false],
    ['http://notexample.test/explore', false],
    ['nonsense', false],
  ])('%s → %s', (url, expected) => expect(cookieVisibleAt(c, url)).toBe(expected));

  it('host-only cookies are for their host only', () => {
    expect(cookieVisibleAt({ ...c, domain: 'example.test', hostOnly: true, path: '/' }, 'http://data.example.test/')).toBe(false);
    expect(cookieVisibleAt({ ...c, domain: 'example.test', hostOnly: true, path: '/' }, 'http://example.test/')).toBe(true);
  });
});

describe('dedupeCookies', () => {
  it('keeps the first of each name + domain + path + store + partition', () => {
    const a = toObserved(raw());
    const list = [
      a,
      { ...a, valueLength: 99 },
      { ...a, path: '/x' },
      { ...a, domain: '.example.test' },
      { ...a, storeId: 'firefox-container-1' },
      { ...a, partitionKey: { topLevelSite: 'https://other.test' } },
      { ...a, partitionKey: { topLevelSite: 'https://other.test' } },
      { ...a, firstPartyDomain: 'other.test' },
      { ...a, firstPartyDomain: 'other.test' },
    ];
    expect(dedupeCookies(list)).toEqual([list[0], list[2], list[3], list[4], list[5], list[7]]);
    expect(dedupeCookies([])).toEqual([]);
  });
});
