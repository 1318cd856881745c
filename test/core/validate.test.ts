import { isHostName, isTimeout, isWebUrl, validateFinding, validatePageFacts } from '../../src/core/validate';

const facts = {
  pageUrl: 'https://data.example.test/explore/',
  portalName: 'Demo',
  portal: { isPortal: true, confidence: 'strong', signs: ['ng-app="ods.frontend"'] },
  readableNames: ['csrftoken'],
  thirdPartyHosts: ['tracker.other.test'],
};
const entry = {
  names: ['sessionid'],
  provider: 'Huwise',
  service: '',
  purpose: 'p',
  durationText: '2 weeks',
  maxAgeSeconds: 1209600,
  session: false,
  conditional: false,
  condition: null,
  section: 'Necessary',
  category: 'necessary',
};
const okFinding = {
  status: 'ok',
  url: 'https://data.example.test/terms/cookies-policy/',
  fetchedAt: '2026-11-23T00:00:00.000Z',
  sha256: 'a'.repeat(64),
  tried: [],
  declaration: { title: 'Charte cookies', url: 'https://data.example.test/terms/cookies-policy/', entries: [entry] },
};

describe('isWebUrl', () => {
  it.each([
    ['https://x.fr/', true],
    ['http://127.0.0.1:8080/a', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
    [42, false],
  ])('%j → %j', (value, expected) => expect(isWebUrl(value)).toBe(expected));
});

describe('isHostName', () => {
  it.each(['t.other.test', 'a-b.example.fr', 'xn--bcher-kva.example', '127.0.0.1', '[::1]', '_dmarc.example.test', 'localhost'])('accepts %s', (h) =>
    expect(isHostName(h)).toBe(true),
  );
  it.each([
    '',
    'http://t.other.test/',
    't.other.test/p.gif',
    'a b.test',
    'UPPER.test',
    '-a.test',
    'a..b',
    '.a.test',
    'a'.repeat(64) + '.test',
    `${'a.'.repeat(127)}a`,
    '[::1',
    'ex\u0000ample.test',
  ])('refuses %j', (h) => expect(isHostName(h)).toBe(false));
  it('drops a bad host record from page facts, keeps the good ones', () => {
    expect(validatePageFacts({ ...facts, thirdPartyHosts: ['t.other.test', 'http://x/', 'a b'] })?.thirdPartyHosts).toEqual(['t.other.test']);
  });
});

describe('validatePageFacts', () => {
  it('keeps well-formed facts', () => expect(validatePageFacts(facts)).toEqual(facts));
  it.each([
    ['no object', null],
    ['a non-web page URL', { ...facts, pageUrl: 'javascript:void 0' }],
    ['names not strings', { ...facts, readableNames: [1] }],
    ['no portal signs', { ...facts, portal: undefined }],
    ['too many hosts', { ...facts, thirdPartyHosts: Array.from({ length: 501 }, (_, i) => `h${i}.test`) }],
  ])('refuses %s', (_label, value) => expect(validatePageFacts(value)).toBeUndefined());
  it('drops unknown keys and caps long strings', () => {
    const clean = validatePageFacts({ ...facts, extra: 'x', portalName: 'n'.repeat(10_000) })!;
    expect(clean).not.toHaveProperty('extra');
    expect(clean.portalName).toHaveLength(200);
  });
  it('keeps a tab record small: names within 64,000 characters, hosts DNS-sized', () => {
    const clean = validatePageFacts({
      ...facts,
      readableNames: Array.from({ length: 1000 }, (_, i) => `${i}`.padEnd(4000, 'x')),
      thirdPartyHosts: ['a'.repeat(254), 'ok.test'],
    })!;
    expect(clean.readableNames.join('').length).toBeLessThanOrEqual(64_000);
    expect(clean.readableNames).toHaveLength(16);
    expect(clean.thirdPartyHosts).toEqual(['ok.test']);
  });
});

describe('validateFinding', () => {
  it('keeps an ok finding with its declaration', () => expect(validateFinding(okFinding)).toEqual(okFinding));
  it('keeps not-found and error findings, dropping non-web URLs from tried', () => {
    expect(validateFinding({ status: 'not-found', tried: ['https://x.fr/terms/cookies-policy/', 'javascript:x'], message: 'm' })).toEqual({
      status: 'not-found',
      tried: ['https://x.fr/terms/cookies-policy/'],
      message: 'm',
    });
    expect(validateFinding({ status: 'error', url: 'https://x.fr/', tried: [], message: 'HTTP 500' })).toMatchObject({ status: 'error', message: 'HTTP 500' });
  });
  it.each([
    ['an unknown status', { ...okFinding, status: 'great' }],
    ['a bad hash', { ...okFinding, sha256: 'xyz' }],
    ['a bad date', { ...okFinding, fetchedAt: 'yesterday' }],
    ['an entry without names', { ...okFinding, declaration: { entries: [{ ...entry, names: 'sessionid' }] } }],
    ['entries not a list', { ...okFinding, declaration: { entries: {} } }],
  ])('refuses %s', (_label, value) => expect(validateFinding(value)).toBeUndefined());
  it('normalises odd entry fields instead of trusting them', () => {
    const odd = {
      ...okFinding,
      declaration: { ...okFinding.declaration, entries: [{ ...entry, maxAgeSeconds: -5, category: 'evil', session: 'yes', names: ['', 'a'] }] },
    };
    const clean = validateFinding(odd);
    expect(clean?.status === 'ok' && clean.declaration.entries[0]).toMatchObject({ maxAgeSeconds: null, category: 'unknown', session: false, names: ['a'] });
  });
});

describe('isTimeout', () => {
  it('recognises a timeout by name, whatever realm made the error', () => {
    expect(isTimeout({ name: 'TimeoutError', message: 'x' })).toBe(true);
    expect(isTimeout(new DOMException('t', 'TimeoutError'))).toBe(true);
    expect(isTimeout(new DOMException('a', 'AbortError'))).toBe(false);
    expect(isTimeout(new TypeError('Failed to fetch'))).toBe(false);
    expect(isTimeout(null)).toBe(false);
  });
});
