import { addressKind, mayRequest, requestRefusal } from '../../src/core/request-policy';

const PORTAL = 'https://data.example.fr/explore/';
/** The host as `new URL()` normalises it: the policy's only input. */
const kindOf = (url: string) => addressKind(new URL(url).hostname);

describe('addressKind', () => {
  it.each([
    // loopback, in every way the URL parser writes it
    ['http://127.0.0.1/', 'loopback'],
    ['http://127.1.2.3/', 'loopback'],
    ['http://2130706433/', 'loopback'], // decimal
    ['http://0x7f000001/', 'loopback'], // hex
    ['http://0x7f.0.0.1/', 'loopback'],
    ['http://0177.0.0.1/', 'loopback'], // octal
    ['http://127.1/', 'loopback'], // short form
    ['http://[::1]/', 'loopback'],
    ['http://[0:0:0:0:0:0:0:1]/', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'], // IPv4-mapped
    ['http://[::127.0.0.1]/', 'loopback'], // IPv4-compatible
    ['http://localhost/', 'loopback'],
    ['http://LOCALHOST./', 'loopback'],
    ['http://admin.localhost/', 'loopback'],
    // private
    ['http://10.0.0.1/', 'private'],
    ['http://10.255.255.255/', 'private'],
    ['http://172.16.0.1/', 'private'],
    ['http://172.31.255.255/', 'private'],
    ['http://192.168.1.1/', 'private'],
    ['http://3232235777/', 'private'], // 192.168.1.1 in decimal
    ['http://0xc0.0xa8.1.1/', 'private'],
    ['http://100.64.0.1/', 'private'],
    ['http://100.127.255.255/', 'private'],
    ['http://[fc00::1]/', 'private'],
    ['http://[fd12:3456::1]/', 'private'],
    ['http://[::ffff:10.1.2.3]/', 'private'],
    // link-local
    ['http://169.254.169.254/', 'link-local'], // cloud metadata
    ['http://[fe80::1]/', 'link-local'],
    ['http://[febf::1]/', 'link-local'],
    // unspecified, reserved
    ['http://0.0.0.0/', 'unspecified'],
    ['http://0/', 'unspecified'],
    ['http://[::]/', 'unspecified'],
    ['http://255.255.255.255/', 'reserved'],
    ['http://224.0.0.1/', 'reserved'],
    ['http://[ff02::1]/', 'reserved'],
    // names of the local network
    ['http://intranet/', 'local-name'],
    ['http://printer.local/', 'local-name'],
    ['http://nas.home.arpa/', 'local-name'],
    ['http://db.internal/', 'local-name'],
    // public
    ['http://172.15.255.255/', 'public'],
    ['http://172.32.0.0/', 'public'],
    ['http://100.63.255.255/', 'public'],
    ['http://100.128.0.0/', 'public'],
    ['http://192.169.0.1/', 'public'],
    ['http://8.8.8.8/', 'public'],
    ['http://[2001:db8::1]/', 'public'],
    ['http://[fec0::1]/', 'public'],
    ['https://data.example.fr/', 'public'],
    ['https://localhost.example.fr/', 'public'],
    ['http://data.example.test:8080/', 'public'],
  ])('%s is %s', (url, kind) => {
    expect(kindOf(url)).toBe(kind);
  });
});

describe('requestRefusal', () => {
  it.each([
    ['https://data.example.fr/terms/cookies-policy/', undefined],
    ['http://data.example.fr/terms/cookies-policy/', undefined], // same host, default ports
    ['https://www.example.fr/politique-cookies', undefined],
    ['https://8.8.8.8/charte', undefined],
    ['http://127.0.0.1/charte', 'a loopback address'],
    ['http://2130706433/charte', 'a loopback address'],
    ['http://[::1]/charte', 'a loopback address'],
    ['http://localhost/charte', 'a loopback address'],
    ['http://10.0.0.1/charte', 'a private network address'],
    ['http://192.168.0.10/charte', 'a private network address'],
    ['http://169.254.169.254/latest/meta-data/', 'a link-local address'],
    ['http://0.0.0.0/', 'an unspecified address'],
    ['http://intranet/charte', 'a local network name'],
    ['https://www.example.fr:8443/charte', 'a non-default port (8443)'],
    ['https://data.example.fr:444/terms/cookies-policy/', 'a non-default port (444)'],
    ['https://www.example.fr:443/charte', undefined], // the default port, written out
    ['https://user:secret@www.example.fr/charte', 'an address with a user name or password'],
    ['ftp://www.example.fr/charte', 'not a web address'],
    ['javascript:alert(1)', 'not a web address'],
    ['not a url', 'not a web address'],
  ])('from a public portal: %s → %p', (target, refusal) => {
    expect(requestRefusal(PORTAL, target)).toBe(refusal);
  });

  it('lets a portal on a local address and port reach the same kind of address on that port', () => {
    const portal = 'http://127.0.0.1:8080/explore/';
    expect(requestRefusal(portal, 'http://127.0.0.1:8080/terms/cookies-policy/')).toBeUndefined();
    expect(requestRefusal(portal, 'http://localhost:8080/charte')).toBeUndefined();
    expect(requestRefusal(portal, 'http://127.0.0.1:9000/charte')).toBe('a non-default port (9000)');
    expect(requestRefusal(portal, 'http://10.0.0.1:8080/charte')).toBe('a private network address');
    expect(requestRefusal(portal, 'https://www.example.fr/charte')).toBeUndefined();
    const lan = 'http://192.168.1.20/';
    expect(requestRefusal(lan, 'http://192.168.1.30/charte')).toBeUndefined();
    expect(requestRefusal(lan, 'http://127.0.0.1/charte')).toBe('a loopback address');
  });

  it('keeps the demo portal working: names on its port, never the loopback literal', () => {
    const portal = 'http://farm.example.test:41234/';
    expect(mayRequest(portal, 'http://legal.other.test:41234/charte')).toBe(true);
    expect(mayRequest(portal, 'http://farm.example.test:41234/terms/cookies-policy/')).toBe(true);
    expect(mayRequest(portal, 'http://127.0.0.1:41234/charte')).toBe(false);
    expect(mayRequest(portal, 'http://legal.other.test:41235/charte')).toBe(false);
  });

  it('judges the final address of a redirect by the same rule', () => {
    // What fetchPage reports as `url` after redirects is checked like any candidate.
    expect(requestRefusal(PORTAL, 'http://0x7f.1:80/intranet')).toBe('a loopback address');
    expect(requestRefusal(PORTAL, 'https://data.example.fr/login/?next=/terms/cookies-policy/')).toBeUndefined();
  });

  it('refuses everything for a page that is not a web page', () => {
    expect(requestRefusal('file:///tmp/x.html', 'https://www.example.fr/')).toBe('asked for a page that is not a web page');
    expect(requestRefusal('', 'https://www.example.fr/')).toBe('asked for a page that is not a web page');
  });
});
