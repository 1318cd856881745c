import { hostFromUrl, registrableDomain } from '../../../src/core/cookies/domain';

describe('registrableDomain', () => {
  it.each([
    ['data.laregion.fr', 'laregion.fr'],
    ['.data.laregion.fr', 'laregion.fr'],
    ['..Data.LaRegion.FR.', 'laregion.fr'],
    ['laregion.fr', 'laregion.fr'],
    ['fr', 'fr'],
    ['www.service-public.gouv.fr', 'service-public.gouv.fr'],
    ['gouv.fr', 'gouv.fr'],
    ['a.b.mairie.asso.fr', 'mairie.asso.fr'],
    ['x.dupont.nom.fr', 'dupont.nom.fr'],
    ['shop.acme.com.fr', 'acme.com.fr'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['a.b.ox.ac.uk', 'ox.ac.uk'],
    ['www.nhs.gov.uk', 'nhs.gov.uk'],
    ['a.b.example.org.uk', 'example.org.uk'],
    ['www.abc.com.au', 'abc.com.au'],
    ['www.yahoo.co.jp', 'yahoo.co.jp'],
    ['www.globo.com.br', 'globo.com.br'],
    ['user.github.io', 'user.github.io'],
    ['docs.user.github.io', 'user.github.io'],
    ['app.herokuapp.com', 'app.herokuapp.com'],
    ['site.netlify.app', 'site.netlify.app'],
    ['my-app.r.appspot.com', 'my-app.r.appspot.com'],
    ['github.io', 'github.io'],
    ['tracker.other.test', 'other.test'],
    ['data.example.test', 'example.test'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]', '::1'],
    ['2001:db8::1', '2001:db8::1'],
    ['', ''],
  ])('%s → %s', (host, expected) => expect(registrableDomain(host)).toBe(expected));

  // Cases a hand-made suffix list got wrong: each comes from the real Public Suffix List.
  it.each([
    // gouv.fr hosts: every ministry and agency is its own site
    ['www.data.gouv.fr', 'data.gouv.fr'],
    ['static.data.gouv.fr', 'data.gouv.fr'],
    ['www.cnil.fr', 'cnil.fr'],
    ['api.insee.gouv.fr', 'insee.gouv.fr'],
    // ICANN suffixes the old list lacked
    ['www.paris.museum', 'paris.museum'],
    ['portail.ville.qc.ca', 'ville.qc.ca'],
    ['x.y.kawasaki.jp', 'x.y.kawasaki.jp'], // wildcard rule *.kawasaki.jp
    ['www.city.kawasaki.jp', 'city.kawasaki.jp'], // its exception !city.kawasaki.jp
    // private section: each customer of a platform is its own site
    ['a.b.myshopify.com', 'b.myshopify.com'],
    ['demo.opendatasoft.com', 'opendatasoft.com'],
    ['x.s3.amazonaws.com', 'x.s3.amazonaws.com'],
    // IDNs, as URLs and cookie domains give them (punycode) and as typed (Unicode)
    ['portail.xn--80aswg.xn--p1ai', 'xn--80aswg.xn--p1ai'],
    ['a.b.xn--55qx5d.cn', 'b.xn--55qx5d.cn'],
    ['a.b.公司.cn', 'b.公司.cn'],
    // addresses and single labels stay themselves
    ['192.168.0.10', '192.168.0.10'],
    ['fe80::1', 'fe80::1'],
    ['intranet', 'intranet'],
  ])('%s → %s (Public Suffix List)', (host, expected) => expect(registrableDomain(host)).toBe(expected));
});

describe('hostFromUrl', () => {
  it.each([
    ['https://Data.Example.TEST:8443/explore/?q=1', 'data.example.test'],
    ['http://127.0.0.1:3000/', '127.0.0.1'],
    ['http://[::1]:8080/', '::1'],
    ['file:///tmp/charter.html', ''],
    ['not a url', ''],
    ['', ''],
  ])('%s → %s', (url, host) => expect(hostFromUrl(url)).toBe(host));
});
