import { auditSites, hostsFrom, isAuditedDomain, MAX_THIRD_PARTY_SITES } from '../../../src/core/audit/sites';

describe('hostsFrom (an untrusted answer from the page)', () => {
  it.each<[string, unknown, string[]]>([
    ['not a list', { hosts: ['a.test'] }, []],
    ['keeps host names only', ['T.Other.test', 42, 'a b', '<img src=x>', 'https://x.test/', 'cdn.example.test', ''], ['t.other.test', 'cdn.example.test']],
    ['drops duplicates', ['a.test', 'a.test'], ['a.test']],
    ['drops an oversized name', ['a'.repeat(300) + '.test'], []],
  ])('%s', (_name, answer, hosts) => {
    expect(hostsFrom(answer)).toEqual(hosts);
  });

  it('is capped however long the list', () => {
    expect(
      hostsFrom(
        Array.from({ length: 100_000 }, (_, i) => `h${i}.test`),
        500,
      ),
    ).toHaveLength(500);
  });
});

describe('auditSites', () => {
  it("the page's site first, then each other site once", () => {
    expect(auditSites('https://data.example.test/x', ['cdn.example.test', 't.other.test', 'u.other.test', 'cdn.third.test'])).toEqual([
      'example.test',
      'other.test',
      'third.test',
    ]);
  });
  it('caps the third-party sites', () => {
    const hosts = Array.from({ length: 200 }, (_, i) => `t.site${i}.test`);
    expect(auditSites('https://data.example.test/', hosts)).toHaveLength(MAX_THIRD_PARTY_SITES + 1);
  });
  it('matches cookie domains by registrable domain', () => {
    expect(isAuditedDomain('.example.test', ['example.test'])).toBe(true);
    expect(isAuditedDomain('data.example.test', ['example.test'])).toBe(true);
    expect(isAuditedDomain('example.test.evil.test', ['example.test'])).toBe(false);
  });
});
