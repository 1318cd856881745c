import { buildReferenceIndex, REFERENCE_FORMAT } from '../../../src/core/reference/build-index';
import { compactReference, CSV, SUPPLEMENT, shippedIndex } from './shipped';

const valid = () => ({
  format: REFERENCE_FORMAT,
  source: 'test',
  categories: ['functional', 'analytics', 'marketing', 'personalization', 'security'],
  platforms: ['P'],
  retentions: [{ text: '1 day', seconds: 86_400 }],
  ocd: [['a', 0, 0, 0, 0]],
  supplement: [],
});

describe('buildReferenceIndex', () => {
  it('indexes every shipped entry: exact names by name, wildcard rows by prefix', () => {
    const file = compactReference(CSV, SUPPLEMENT);
    const index = shippedIndex();
    const count = (map: ReadonlyMap<string, readonly unknown[]>) => [...map.values()].reduce((n, rows) => n + rows.length, 0);
    expect(count(index.exact) + count(index.prefixes)).toBe(file.ocd.length + file.supplement.length);
    expect(count(index.prefixes)).toBe([...file.ocd, ...file.supplement].filter((e) => e[4] === 1).length);
    expect(index.prefixLengths).toEqual([...index.prefixLengths].sort((a, b) => b - a));
    expect(index.source).toMatch(/^Open Cookie Database, commit [0-9a-f]{40} .*Apache-2\.0/);
  });

  it('accepts a minimal valid file', () => {
    expect(buildReferenceIndex(valid()).exact.get('a')?.[0]?.hit).toMatchObject({ platform: 'P', category: 'functional' });
  });

  it.each([
    ['null', null],
    ['another format', { ...valid(), format: 'cookie-charter-reference/2' }],
    ['no tables', { format: REFERENCE_FORMAT }],
    ['other categories', { ...valid(), categories: ['a'] }],
    ['a platform out of range', { ...valid(), ocd: [['a', 5, 0, 0, 0]] }],
    ['a category out of range', { ...valid(), ocd: [['a', 0, 9, 0, 0]] }],
    ['a retention out of range', { ...valid(), ocd: [['a', 0, 0, 3, 0]] }],
    ['an empty name', { ...valid(), ocd: [['', 0, 0, 0, 0]] }],
    ['an entry that is not an array', { ...valid(), supplement: [{ name: 'a' }] }],
    ['a bad retention', { ...valid(), retentions: [{ text: 1 }] }],
  ])('rejects %s', (_what, json) => {
    expect(() => buildReferenceIndex(json)).toThrow(/^\[reference\] reference\.json: /);
  });
});
