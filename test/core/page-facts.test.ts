import { cookieNamesFrom, portalNameFrom, thirdPartyHostsFrom } from '../../src/core/page-facts';

describe('cookieNamesFrom', () => {
  it.each([
    ['', []],
    ['a=1', ['a']],
    ['a=1; b=2;c=3', ['a', 'b', 'c']],
    ['a=1; a=2', ['a']],
    ['flag; x=y=z', ['flag', 'x']],
    ['  ; =v; ', []],
  ])('%j → %j', (input, names) => expect(cookieNamesFrom(input)).toEqual(names));
});

describe('thirdPartyHostsFrom', () => {
  const page = 'https://data.example.test/explore/';
  it("keeps hosts other than the page's own, once each (the background narrows them to other sites)", () => {
    const urls = [
      'https://data.example.test/a.js',
      'https://cdn.example.test/b.css',
      'https://t.other.test/p.gif',
      'https://t.other.test/q.gif',
      'http://x.tracker.test/',
    ];
    expect(thirdPartyHostsFrom(urls, page)).toEqual(['cdn.example.test', 't.other.test', 'x.tracker.test']);
  });
  it('ignores data:, blob: and malformed URLs', () => {
    expect(thirdPartyHostsFrom(['data:image/png;base64,AA', 'blob:https://a.test/x', '::nope::'], page)).toEqual([]);
  });
  it('stops at the limit', () => {
    const urls = Array.from({ length: 500 }, (_, i) => `https://h${i}.other${i}.test/`);
    expect(thirdPartyHostsFrom(urls, page, 100)).toHaveLength(100);
  });
});

describe('portalNameFrom', () => {
  it.each([
    ['Région Occitanie', 'x', 'h', 'Région Occitanie'],
    [null, 'Explore — Data Région', 'h', 'Data Région'],
    [null, 'Data | Bourges Plus', 'h', 'Bourges Plus'],
    [null, '', 'data.x.fr', 'data.x.fr'],
    ['  ', 'Only title', 'h', 'Only title'],
  ])('(%j, %j) → %j', (meta, title, host, expected) => expect(portalNameFrom(meta, title, host)).toBe(expected));
});
