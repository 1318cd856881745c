/** What a failed load of a site becomes in the batch audit: a reason word, never a crash (src/cli/audit/page-load.ts). */
import { navigationReason, responseReason } from '../../src/cli/audit/page-load';

describe('navigationReason', () => {
  it.each([
    ['net::ERR_NAME_NOT_RESOLVED at http://nowhere.invalid/', null, 'unreachable: the host does not resolve'],
    ['net::ERR_NAME_RESOLUTION_FAILED at http://x/', null, 'unreachable: the host does not resolve'],
    ['net::ERR_CERT_AUTHORITY_INVALID at https://self-signed.test/', null, 'tls-error: ERR_CERT_AUTHORITY_INVALID'],
    ['net::ERR_SSL_PROTOCOL_ERROR at https://plain-http.test/', null, 'tls-error: ERR_SSL_PROTOCOL_ERROR'],
    ['net::ERR_CONNECTION_REFUSED at http://127.0.0.1:1/', null, 'unreachable: ERR_CONNECTION_REFUSED'],
    ['net::ERR_CONNECTION_TIMED_OUT at http://x/', null, 'unreachable: ERR_CONNECTION_TIMED_OUT'],
    ['net::ERR_TOO_MANY_REDIRECTS at http://loop.test/', null, 'too-many-redirects'],
    ['net::ERR_ABORTED at http://x/file.pdf', 'application/pdf', 'not-html: application/pdf'],
    ['Navigation timeout of 25000 ms exceeded', null, 'timeout: no page after 25 s'],
    ['net::ERR_BLOCKED_BY_CLIENT at http://x/', null, 'load-error: ERR_BLOCKED_BY_CLIENT'],
  ])('%s → %s', (message, contentType, reason) => {
    expect(navigationReason(message, contentType)).toBe(reason);
  });

  it('keeps an unknown message to one short line', () => {
    const reason = navigationReason(`something odd\n${'x'.repeat(500)}`, null);
    expect(reason).toBe('load-error: something odd');
  });
});

describe('responseReason', () => {
  it.each([
    [404, 'text/html', 'http-404'],
    [500, null, 'http-500'],
    [200, 'application/octet-stream', 'not-html: application/octet-stream'],
    [200, 'text/html; charset=utf-8', null],
    [200, 'application/xhtml+xml', null],
    [200, '', null],
    [null, null, null],
  ])('%s %s → %s', (status, contentType, reason) => {
    expect(responseReason(status, contentType)).toBe(reason);
  });
});
