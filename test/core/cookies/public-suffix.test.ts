/**
 * The packed Public Suffix List the worker reads (scripts/public-suffix.mjs's text, parsed by
 * src/core/cookies/public-suffix.ts) answers as tldts does on the node side: for every rule of the
 * list with labels before it, for wildcards and exceptions, IDNs, trailing dots and capitals.
 */
import { getDomain } from 'tldts';
import { hostFromUrl, installRegistrableLookup, registrableDomain } from '../../../src/core/cookies/domain';
import { parsePublicSuffixes, registrableFrom } from '../../../src/core/cookies/public-suffix';
import { tldtsRegistrable } from '../../../src/cli/public-suffix';
// @ts-expect-error plain ESM module of the build
import { installedRules, publicSuffixText } from '../../../scripts/public-suffix.mjs';

type Rule = { rule: string; flag: number };
const { rules, source } = (installedRules as () => { rules: Rule[]; source: string })();
const TEXT: string = (publicSuffixText as (r: Rule[], s: string) => string)(rules, source);
const matcher = parsePublicSuffixes(TEXT);
const OPTIONS = { allowPrivateDomains: true, extractHostname: false, validateHostname: false } as const;
const ours = (host: string) => registrableFrom(matcher, host);
const theirs = (host: string) => getDomain(host, OPTIONS);

/** Hosts under a rule: the rule itself (a wildcard's `*` made a label), and one and two labels before it. */
function hostsOf(rule: string): string[] {
  const name = rule.replace(/^!/, '').replace(/^\*/, 'wild');
  const hosts = [name, `a.${name}`, `b.a.${name}`];
  // A wildcard's parent alone, and an exception's parent and grandparent: where the rule stops applying.
  if (rule.startsWith('*.')) hosts.push(rule.slice(2), `a.${rule.slice(2)}`);
  if (rule.startsWith('!')) hosts.push(name.slice(name.indexOf('.') + 1), `other.${name.slice(name.indexOf('.') + 1)}`);
  return hosts;
}

describe('parsePublicSuffixes', () => {
  it('reads rules by kind, skipping comments, blank lines and what follows a rule', () => {
    const m = parsePublicSuffixes('// ===BEGIN ICANN DOMAINS===\nfr\n\n  gouv.fr  \n*.ck\n!www.ck\nCOM.FR extra words\n// com\n');
    expect([...m.rules]).toEqual(['fr', 'gouv.fr', 'com.fr']);
    expect([...m.wildcards]).toEqual(['ck']);
    expect([...m.exceptions]).toEqual(['www.ck']);
    expect(m.size).toBe(5);
  });

  it('reads the whole generated list: every rule of the trie, none twice', () => {
    expect(matcher.size).toBe(rules.length);
    expect(matcher.size).toBeGreaterThan(10_000);
  });
});

describe('registrableFrom, the packed list against tldts', () => {
  it('agrees on every rule of the list, with one and two labels before it', () => {
    const differences: string[] = [];
    for (const { rule } of rules) {
      for (const host of hostsOf(rule)) if (ours(host) !== theirs(host)) differences.push(`${host}: ${ours(host)} ≠ ${theirs(host)}`);
    }
    expect(differences).toEqual([]);
    expect(rules.length * 3).toBeGreaterThan(30_000); // the loop above did run over the list
  });

  it.each([
    // wildcard and exception: *.ck, !www.ck; *.kawasaki.jp, !city.kawasaki.jp
    ['ck', null],
    ['a.ck', null],
    ['b.a.ck', 'b.a.ck'],
    ['www.ck', 'www.ck'],
    ['a.www.ck', 'www.ck'],
    ['kawasaki.jp', null],
    ['x.kawasaki.jp', null],
    ['y.x.kawasaki.jp', 'y.x.kawasaki.jp'],
    ['city.kawasaki.jp', 'city.kawasaki.jp'],
    ['www.city.kawasaki.jp', 'city.kawasaki.jp'],
    // ICANN and private rules, the list's own examples
    ['www.service-public.gouv.fr', 'service-public.gouv.fr'],
    ['gouv.fr', null],
    ['github.io', null],
    ['docs.user.github.io', 'user.github.io'],
    ['a.b.blogspot.com', 'b.blogspot.com'],
    ['x.s3.amazonaws.com', 'x.s3.amazonaws.com'],
    // no rule: the implicit `*` (the last label is the suffix)
    ['example.test', 'example.test'],
    ['tracker.other.test', 'other.test'],
    ['intranet', null],
    // IDNs, punycode and Unicode as the list has both
    ['portail.xn--80aswg.xn--p1ai', 'xn--80aswg.xn--p1ai'],
    ['a.b.公司.cn', 'b.公司.cn'],
    ['a.b.xn--55qx5d.cn', 'b.xn--55qx5d.cn'],
    ['www.aéroport.ci', 'www.aéroport.ci'],
    ['www.xn--aroport-bya.ci', 'www.xn--aroport-bya.ci'],
    ['shop.example.香港', 'example.香港'],
    // trailing dots are dropped, as tldts drops them
    ['www.bbc.co.uk.', 'bbc.co.uk'],
    ['www.bbc.co.uk..', 'bbc.co.uk'],
    // an empty label never matches a wildcard (and is kept, as tldts keeps it)
    ['a..ck', '.ck'],
    ['a..b.ck', '.b.ck'],
    // IPv4 addresses, also in their non-dotted forms (which browsers rewrite to dotted ones)
    ['127.0.0.1', null],
    ['127.1', null],
    ['0x7f.0.0.1', null],
    ['', null],
  ])('%s → %s, as tldts', (host, expected) => {
    expect(ours(host)).toBe(expected);
    expect(theirs(host)).toBe(expected);
  });

  it('answers null where a host ends in a number but is no address (browsers refuse such hosts; tldts reads them as names)', () => {
    expect(ours('1.2.3.4.5')).toBeNull();
    expect(theirs('1.2.3.4.5')).toBe('4.5');
  });
});

describe('registrableDomain with the packed list installed', () => {
  afterAll(() => installRegistrableLookup(tldtsRegistrable));

  // Hosts as the extension meets them: cookie domains (leading dot), URLs' hosts, typed in capitals.
  const HOSTS = [
    '..Data.LaRegion.FR.',
    '.data.laregion.fr',
    'WWW.SERVICE-PUBLIC.GOUV.FR',
    'A.B.MAIRIE.ASSO.FR',
    'Docs.User.GitHub.IO',
    'GITHUB.IO',
    'X.Y.KAWASAKI.JP',
    'WWW.CITY.KAWASAKI.JP',
    'A.WWW.CK',
    '.A.B.MyShopify.Com',
    'Portail.XN--80ASWG.XN--P1AI',
    'A.B.公司.CN',
    hostFromUrl('https://www.Aéroport.ci/'),
    hostFromUrl('https://Shop.Example.香港/'),
    'tracker.other.test',
    'localhost',
    '127.0.0.1',
    '[::1]',
    'fe80::1',
    'intranet',
    'gouv.fr.',
    '',
  ];

  it('gives what tldts gives, for every host shape', () => {
    const withTldts = HOSTS.map(registrableDomain);
    installRegistrableLookup((host) => registrableFrom(matcher, host));
    expect(HOSTS.map(registrableDomain)).toEqual(withTldts);
    expect(withTldts.slice(0, 3)).toEqual(['laregion.fr', 'laregion.fr', 'service-public.gouv.fr']);
    expect(withTldts[12]).toBe('www.xn--aroport-bya.ci'); // URLs give punycode
  });
});
