import { createHash } from 'node:crypto';
import { collectUrls } from '../../src/cli/audit/main';
import { parseAuditArgs, type RunArgs } from '../../src/cli/audit/args';
import { inShard, shardOf } from '../../src/cli/audit/shard';
import { normaliseUrl, parseUrlList, siteHost, targetsOf } from '../../src/cli/audit/urls';

describe('parseUrlList', () => {
  it('skips comments and blank lines, and gives https to a bare host', () => {
    const text = '# portals\r\n\nhttps://data.a.test/\n  b.test/explore/  # trailing comment\nhttp://c.test:8080\n';
    expect(parseUrlList(text, 'l.txt')).toEqual({ urls: ['https://data.a.test/', 'https://b.test/explore/', 'http://c.test:8080/'] });
  });

  it.each([
    ['a.test/\nnot a url\n', 'l.txt:2: not a URL: "not a url"'],
    ['a.test/\n\n# c\nftp://x.test/\n', 'l.txt:4: not an http(s) URL: "ftp://x.test/"'],
    ['javascript:alert(1)\n', 'l.txt:1: not an http(s) URL: "javascript:alert(1)"'],
    ['https://user:pw@a.test/\n', 'l.txt:1: not a site URL: "https://user:pw@a.test/"'],
    ['http://[::1\n', 'l.txt:1: not a URL: "http://[::1"'],
  ])('names the first bad line of %j', (text, error) => {
    expect(parseUrlList(text, 'l.txt')).toEqual({ error });
  });

  it('keeps the message on one line whatever the line holds', () => {
    const result = parseUrlList(`${'x'.repeat(3000)}\n`, 'l.txt') as { error: string };
    expect(result.error).toBe('l.txt:1: URL longer than 2,048 characters');
  });
});

describe('collectUrls', () => {
  const args = (argv: string[]) => parseAuditArgs(argv) as RunArgs;
  it('joins the command line and the file, and names a bad argument', () => {
    expect(collectUrls(args(['a.test', '--urls', 'f']), () => 'b.test\n')).toEqual(['https://a.test/', 'https://b.test/']);
    expect(collectUrls(args(['not a url']), () => '')).toEqual({ error: 'bad URL argument: not a URL: "not a url"' });
    expect(collectUrls(args(['--urls', 'f']), () => '# nothing\n')).toEqual({ error: 'no URL to audit (the list is empty)' });
    const missing = collectUrls(args(['--urls', 'nope']), () => {
      throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    });
    expect(missing).toEqual({ error: 'cannot read --urls nope: ENOENT' });
  });
});

describe('sites', () => {
  it('names a site by its host, one target per host', () => {
    expect(siteHost('https://Data.Example.fr:8443/x')).toBe('data.example.fr');
    expect(siteHost('http://[::1]:80/')).toBe('___1_');
    expect(targetsOf(['https://a.test/', 'https://a.test/other', 'https://b.test/'])).toEqual([
      { url: 'https://a.test/', host: 'a.test' },
      { url: 'https://b.test/', host: 'b.test' },
    ]);
    expect(normaliseUrl('localhost:8080/x')).toBe('https://localhost:8080/x');
  });
});

describe('--shard', () => {
  const hosts = Array.from({ length: 400 }, (_, i) => ({ host: `site-${i}.example.fr` }));

  it('puts each host in exactly one shard, whatever the order of the list', () => {
    const shards = [1, 2, 3, 4].map((i) => inShard(hosts, i, 4).map((h) => h.host));
    expect(shards.flat().sort()).toEqual(hosts.map((h) => h.host).sort());
    const reversed = [1, 2, 3, 4].map((i) =>
      inShard(hosts.toReversed(), i, 4)
        .map((h) => h.host)
        .sort(),
    );
    expect(reversed).toEqual(shards.map((s) => [...s].sort()));
  });

  it('is balanced: each of 4 shards holds 25% ± 5% of 400 hosts', () => {
    for (const i of [1, 2, 3, 4]) expect(Math.abs(inShard(hosts, i, 4).length - 100)).toBeLessThanOrEqual(20);
  });

  it('is the first 48 bits of the SHA-256 of the host, modulo n, plus one', () => {
    // Fixed values, so shards agree across machines and versions: sha256('a.test') starts 52dcf5eeb77a.
    expect([shardOf('a.test', 2), shardOf('a.test', 4), shardOf('b.test', 2), shardOf('b.test', 4), shardOf('c.test', 4)]).toEqual([1, 3, 2, 4, 2]);
    for (const { host } of hosts.slice(0, 50)) {
      const bits = Number.parseInt(createHash('sha256').update(host).digest('hex').slice(0, 12), 16);
      expect(shardOf(host, 7)).toBe((bits % 7) + 1);
    }
  });
});
