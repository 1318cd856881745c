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
