import { lookupReference } from '../../../src/core/reference/lookup';
import { indexOf, ocdOnlyIndex, shippedIndex } from './shipped';

const YEAR = 31_557_600;

describe('lookupReference on the shipped data', () => {
  const index = shippedIndex();

  it('answers an exact name with platform, category and retention in seconds', () => {
    expect(lookupReference(index, '_ga')).toEqual({
      platform: 'Google Analytics',
      category: 'analytics',
      retention: { text: '2 years', seconds: 2 * YEAR },
      source: 'open-cookie-database',
      match: 'exact',
      key: '_ga',
    });
  });

  it('answers a wildcard row by prefix, the longest one first', () => {
    expect(lookupReference(index, '_ga_ABC123')).toMatchObject({ platform: 'Google Analytics', match: 'prefix', key: '_ga_' });
    expect(lookupReference(index, '_gac_gb_UA-1')).toMatchObject({ platform: 'Google Ads', key: '_gac_gb_' });
    expect(lookupReference(index, '_gac_UA-1')).toMatchObject({ platform: 'Google Analytics', key: '_gac_' });
  });

  it('prefers an exact name to a prefix of the same text', () => {
    // `_s` is both Shopify's exact name and Marfeel's prefix in the OCD.
    expect(lookupReference(index, '_s')).toMatchObject({ platform: 'Shopify', match: 'exact' });
    expect(lookupReference(index, '_s.1234')).toMatchObject({ platform: 'Marfeel', match: 'prefix', key: '_s' });
  });

  it('is case-sensitive, as cookie names are', () => {
    expect(lookupReference(index, '_gid')).toBeDefined();
    expect(lookupReference(index, '_GID')).toBeUndefined();
    expect(lookupReference(index, '_GA_ABC')).toBeUndefined();
  });

  it('knows nothing of unknown, empty or non-string names', () => {
    expect(lookupReference(index, 'no-such-cookie-name')).toBeUndefined();
    expect(lookupReference(index, '')).toBeUndefined();
    expect(lookupReference(index, undefined as unknown as string)).toBeUndefined();
    expect(lookupReference(index, 42 as unknown as string)).toBeUndefined();
  });

  it('is not fooled by Object.prototype names', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype']) {
      expect(lookupReference(index, name)).toBeUndefined();
    }
    expect(lookupReference(index, '_ga', '__proto__')).toMatchObject({ platform: 'Google Analytics' });
  });

  it('reads a 1 MB name by its prefix only', () => {
    expect(lookupReference(index, `_ga_${'x'.repeat(1 << 20)}`)).toMatchObject({ key: '_ga_' });
    expect(lookupReference(index, 'x'.repeat(1 << 20))).toBeUndefined();
    expect(lookupReference(index, '_ga', `${'a'.repeat(1 << 20)}.doubleclick.net`)).toMatchObject({ platform: 'Google Analytics' });
  });

  it('lets the supplement win over the OCD', () => {
    expect(lookupReference(ocdOnlyIndex(), 'django_language')).toMatchObject({ platform: 'Django', retention: { text: 'Session', session: true } });
    expect(lookupReference(index, 'django_language')).toMatchObject({
      platform: 'Opendatasoft (Huwise)',
      source: 'supplement',
      retention: { text: '12 months', seconds: YEAR },
    });
    expect(lookupReference(index, '_pk_id.1.abcd')).toMatchObject({ platform: 'Matomo', source: 'supplement', key: '_pk_id.' });
  });
});

describe('lookupReference with a domain', () => {
  const index = shippedIndex();

  it('picks the row whose domain is the cookie’s among rows sharing a name', () => {
    expect(lookupReference(index, 'DSID', '.doubleclick.net')).toMatchObject({ platform: 'DoubleClick/Google Marketing' });
    expect(lookupReference(index, 'DSID', 'stats.g.doubleclick.net')).toMatchObject({ platform: 'DoubleClick/Google Marketing' });
    expect(lookupReference(index, 'token', '.adnxs.com')).toMatchObject({ platform: 'Xandr', category: 'functional' });
  });

  it('else prefers a row that names no domain, else the first row', () => {
    expect(lookupReference(index, 'DSID')).toMatchObject({ platform: 'Google' });
    expect(lookupReference(index, 'DSID', '.example.test')).toMatchObject({ platform: 'Google' });
    expect(lookupReference(index, 'token', 'www.example.test')).toMatchObject({ platform: 'Adform' });
  });

  it('ranks a matching OCD row above the supplement, and only on a label boundary', () => {
    expect(lookupReference(index, 'sessionid', '.instagram.com')).toMatchObject({ platform: 'Instagram', source: 'open-cookie-database' });
    expect(lookupReference(index, 'sessionid', 'data.example.test')).toMatchObject({ platform: 'Opendatasoft (Huwise)', source: 'supplement' });
    expect(lookupReference(index, 'sessionid', 'notinstagram.com')).toMatchObject({ source: 'supplement' });
    expect(lookupReference(index, 'sessionid', 'INSTAGRAM.COM.')).toMatchObject({ platform: 'Instagram' });
  });
});

describe('lookupReference precedence (hand-made data)', () => {
  const index = indexOf(
    [
      '1,Exact,Functional,abc,,d,1 day,c,u,0',
      '2,Short,Marketing,a,,d,1 day,c,u,1',
      '3,Middle,Analytics,ab,,d,1 day,c,u,1',
      '4,Long,Security,abc,,d,1 day,c,u,1',
      '5,Star,Marketing,zz*,,d,,c,u,0',
    ],
    [{ name: 'ab', prefix: true, platform: 'Ours', category: 'functional', reason: 'test' }],
  );

  it.each([
    ['abc', 'Exact', 'exact'],
    ['abcd', 'Long', 'prefix'],
    ['abx', 'Ours', 'prefix'],
    ['ab', 'Ours', 'prefix'],
    ['ax', 'Short', 'prefix'],
    ['zzTop', 'Star', 'prefix'],
  ])('%s → %s (%s)', (name, platform, match) => {
    expect(lookupReference(index, name)).toMatchObject({ platform, match });
  });

  it('answers nothing for a name no row covers', () => {
    expect(lookupReference(index, 'b')).toBeUndefined();
    expect(lookupReference(index, 'ABC')).toBeUndefined();
  });

  it('stores hostile names as plain keys', () => {
    const hostile = indexOf(['1,Proto,Marketing,__proto__,,d,,c,u,0', '2,Ctor,Marketing,constructor,,d,,c,u,1']);
    expect(lookupReference(hostile, '__proto__')).toMatchObject({ platform: 'Proto', match: 'exact' });
    expect(lookupReference(hostile, 'constructorX')).toMatchObject({ platform: 'Ctor', match: 'prefix' });
    expect(lookupReference(hostile, 'toString')).toBeUndefined();
    expect(({} as Record<string, unknown>).platform).toBeUndefined();
  });

  it('returns a frozen answer', () => {
    const hit = lookupReference(index, 'abc');
    expect(Object.isFrozen(hit)).toBe(true);
    expect(Object.isFrozen(hit?.retention)).toBe(true);
  });
});
