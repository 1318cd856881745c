import { readAxeptio, readKlaro, readOpendatasoft, readOrejime } from '../../../src/core/consent/cmp-json';
import { parseObjectLiteral, readCookiebot, readCookieYes, readTarteaucitron } from '../../../src/core/consent/cmp-strings';
import { readDidomi, readOneTrust, readTcf } from '../../../src/core/consent/cmp-tokens';
import type { ConsentState } from '../../../src/core/consent/types';

const c = (name: string, value: string) => ({ name, value });
const b64 = (object: unknown) => Buffer.from(JSON.stringify(object)).toString('base64');

describe('tarteaucitron (tarteaucitron.js 1.34, cookie.create: `!key=status`)', () => {
  it.each<[string, Partial<ConsentState>]>([
    // cookie.create(service.key, state) with serviceDefaultState 'wait' before any choice
    ['!gtag=wait', { decided: false, choice: 'unknown' }],
    // an autostart service writes true, a consent-needing one waits: still no choice
    ['!mandatory=true!gtag=wait', { decided: false, choice: 'unknown' }],
    ['!gtag=true!matomo=false', { decided: true, choice: 'partial', categories: { gtag: true, matomo: false } }],
    ['!gtag=false!matomo=false', { decided: true, choice: 'refused' }],
    ['!gtag=true!matomo=true', { decided: true, choice: 'accepted' }],
    ['%21gtag%3Dfalse', { decided: true, choice: 'refused' }],
    ['', { decided: true, choice: 'unknown' }],
    ['garbage', { decided: true, choice: 'unknown' }],
  ])('%s', (value, expected) => {
    expect(readTarteaucitron(c('tarteaucitron', value))).toMatchObject({ cmp: 'tarteaucitron', ...expected });
  });
});

describe('Klaro (src/consent-manager.js saveConsents: encodeURIComponent(JSON.stringify(consents)))', () => {
  it.each<[string, Partial<ConsentState>]>([
    [encodeURIComponent(JSON.stringify({ matomo: true, youtube: false })), { decided: true, choice: 'partial' }],
    ['%7B%22matomo%22%3Afalse%2C%22youtube%22%3Afalse%7D', { decided: true, choice: 'refused' }],
    ['{"matomo":true}', { decided: true, choice: 'accepted', categories: { matomo: true } }],
    ['%7B%7D', { decided: true, choice: 'unknown' }],
  ])('%s', (value, expected) => {
    expect(readKlaro(c('klaro', value))).toMatchObject({ cmp: 'klaro', ...expected });
  });
});

describe('Orejime (dist bundle: js-cookie write converter over JSON.stringify)', () => {
  it.each([
    ['orejime', '{%22analytics%22:true%2C%22ads%22:false}', 'partial'],
    ['eu-consent', '{%22analytics%22:false%2C%22ads%22:false}', 'refused'],
    ['eu-consent', '{%22analytics%22:true}', 'accepted'],
  ])('%s=%s → %s', (name, value, choice) => {
    expect(readOrejime(c(name, value))).toMatchObject({ cmp: 'orejime', decided: true, choice });
  });
});

describe('Cookiebot CookieConsent (values from uBOL-home trusted-set-cookie rules)', () => {
  const refused =
    '{stamp:%27BvqlZ34xqOpzSOaxY1VgwOy5CZ1lfC4Xs2JNiDqz9M4rNuyyAY56Jg==%27%2Cnecessary:true%2Cpreferences:false%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1697932000537}';
  it('reads a refusal with its date', () => {
    expect(readCookiebot(c('CookieConsent', refused))).toEqual({
      cmp: 'cookiebot',
      decided: true,
      choice: 'refused',
      categories: { necessary: true, preferences: false, statistics: false, marketing: false },
      decidedAt: new Date(1697932000537).toISOString(),
    });
  });
  it.each<[string, Partial<ConsentState>]>([
    ['{necessary:true%2Cpreferences:false%2Cstatistics:true%2Cmarketing:true}', { decided: true, choice: 'partial' }],
    [
      '{stamp:%27fbbiPQWa8SRQm47Ge8hRVOAPAgw2jXlG8o/+hp1euVVi1qtFQj1O3w==%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:true%2Cmarketing:true%2Cmethod:%27explicit%27%2Cver:4}',
      { choice: 'accepted' },
    ],
    ['{necessary:true,preferences:true,statistics:true,marketing:true,method:%27implied%27}', { choice: 'accepted', note: 'implied' }],
    ['-1', { decided: false, choice: 'unknown', note: 'outside-region' }],
    ['{necessary:true}', { decided: true, choice: 'unknown' }],
    ['{necessary:alert(1)}', { decided: true, choice: 'unknown' }],
  ])('%s', (value, expected) => {
    expect(readCookiebot(c('CookieConsent', value))).toMatchObject(expected);
  });
  it('parses the literal without eval, refusing code', () => {
    expect(parseObjectLiteral("{a:1,b:'x',c:true}")).toEqual(
      new Map<string, unknown>([
        ['a', 1],
        ['b', 'x'],
        ['c', true],
      ]),
    );
    for (const bad of ['{a:b()}', "{a:'x'}+1", '{a:1,,b:2}', '{}x', 'a:1', "{a:'unterminated}"]) expect(parseObjectLiteral(bad)).toBeUndefined();
  });
});

describe('OneTrust OptanonConsent + OptanonAlertBoxClosed (values seen in real Cookie headers)', () => {
  const before =
    'isGpcEnabled=0&datestamp=Tue+Mar+28+2023+15%3A07%3A05+GMT%2B0800+(China+Standard+Time)&version=202209.2.0&isIABGlobal=false&hosts=&consentId=3cfefc52&interactionCount=0&landingPath=https%3A%2F%2Fwww.example.test%2F&groups=C0001%3A1%2CC0003%3A0%2CC0004%3A0%2CC0002%3A0';
  const refusedAfter = before.replace('interactionCount=0', 'interactionCount=1');
  it('is not decided before any interaction, without OptanonAlertBoxClosed', () => {
    expect(readOneTrust(c('OptanonConsent', before))).toEqual({ cmp: 'onetrust', decided: false, choice: 'unknown' });
  });
  it('uses OptanonAlertBoxClosed as the decided-at marker', () => {
    const jar = new Map([['OptanonAlertBoxClosed', c('OptanonAlertBoxClosed', '2024-01-15T10:00:00.000Z')]]);
    expect(readOneTrust(c('OptanonConsent', before), jar)).toMatchObject({ decided: true, choice: 'refused', decidedAt: '2024-01-15T10:00:00.000Z' });
  });
  it('reads the groups after an interaction, dated by datestamp', () => {
    expect(readOneTrust(c('OptanonConsent', refusedAfter))).toEqual({
      cmp: 'onetrust',
      decided: true,
      choice: 'refused',
      categories: { C0001: true, C0003: false, C0004: false, C0002: false },
      decidedAt: '2023-03-28T07:07:05.000Z',
    });
  });
  it.each([
    ['groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2CC0004%3A1&interactionCount=2', 'accepted'],
    ['groups=C0001%3A1%2CC0002%3A0%2CC0003%3A1%2CC0004%3A0%2CSTACK42%3A0&interactionCount=2', 'partial'],
  ])('%s → %s', (value, choice) => {
    expect(readOneTrust(c('OptanonConsent', value))?.choice).toBe(choice);
  });
  it('alone, OptanonAlertBoxClosed records a choice whose content is unknown', () => {
    expect(readOneTrust(c('OptanonAlertBoxClosed', '2024-01-15T10:00:00.000Z'))).toEqual({ cmp: 'onetrust', decided: true, choice: 'unknown' });
  });
});

describe('Axeptio axeptio_cookies (values seen in real Cookie headers)', () => {
  it.each<[string, Partial<ConsentState>]>([
    [
      '{%22$$token%22:%22h1gr263utwgrlqk71r2ii%22%2C%22$$date%22:%222021-08-08T10:41:59.523Z%22%2C%22$$completed%22:true%2C%22ContentSquare%22:false%2C%22google_analytics%22:false%2C%22Bing%22:false}',
      { decided: true, choice: 'refused', decidedAt: '2021-08-08T10:41:59.523Z', categories: { ContentSquare: false, google_analytics: false, Bing: false } },
    ],
    ['{%22$$token%22:%22t1v1w%22%2C%22$$date%22:%222024-06-16T05:19:22.179Z%22%2C%22$$cookiesVersion%22:{}%2C%22$$completed%22:false}', { decided: false }],
    ['{%22$$completed%22:true%2C%22google_analytics%22:true%2C%22hotjar%22:false}', { choice: 'partial' }],
    ['{%22$$token%22:%22x%22}', { decided: true, choice: 'unknown' }],
  ])('%s', (value, expected) => {
    expect(readAxeptio(c('axeptio_cookies', value))).toMatchObject({ cmp: 'axeptio', ...expected });
  });
});

describe('Didomi didomi_token (base64 JSON as in uBOL-home trusted-set-cookie rules)', () => {
  it('reads purposes enabled / disabled and the update date', () => {
    const token = b64({
      user_id: '18aeefe8-4bc1-668f-a9a8-6ca3ef2d475d',
      created: '2023-10-02T06:06:44.804Z',
      updated: '2023-10-02T06:06:44.804Z',
      vendors: { enabled: ['c:ab-tasty'] },
      purposes: { enabled: ['reseauxso-9KbjbwNh'], disabled: ['geolocation_data', 'audiencem-xedeU2gQ'] },
      version: 2,
    });
    expect(readDidomi(c('didomi_token', token))).toEqual({
      cmp: 'didomi',
      decided: true,
      choice: 'partial',
      categories: { 'reseauxso-9KbjbwNh': true, geolocation_data: false, 'audiencem-xedeU2gQ': false },
      decidedAt: '2023-10-02T06:06:44.804Z',
    });
  });
  it.each([
    [{ purposes: { disabled: ['a', 'b'] }, vendors: { disabled: ['v'] } }, 'refused'],
    [{ purposes: { enabled: ['a'] } }, 'accepted'],
    [{ purposes: {}, vendors: { enabled: ['google'] } }, 'accepted'],
    [{ user_id: 'x' }, 'unknown'],
  ])('%j → %s', (object, choice) => {
    expect(readDidomi(c('didomi_token', b64(object)))).toMatchObject({ decided: true, choice });
  });
  it('accepts a percent-encoded token and reads garbage as unknown', () => {
    expect(readDidomi(c('didomi_token', encodeURIComponent(b64({ purposes: { enabled: ['a'] } }))))?.choice).toBe('accepted');
    expect(readDidomi(c('didomi_token', 'not base64!'))).toEqual({ cmp: 'didomi', decided: true, choice: 'unknown' });
  });
});

describe('CookieYes cookieyes-consent (values seen in real Cookie headers)', () => {
  it.each<[string, Partial<ConsentState>]>([
    [
      'consentid:WHRLbHhJZVJl,consent:no,action:yes,necessary:yes,functional:no,analytics:no,performance:no,advertisement:no,other:no',
      { decided: true, choice: 'refused' },
    ],
    [
      'consentid:d2JnOWNtWmgy,consent:yes,action:yes,necessary:yes,functional:yes,analytics:yes,performance:yes,advertisement:yes,other:yes',
      { decided: true, choice: 'accepted' },
    ],
    ['consentid:a0luUlBy,consent:no,action:,necessary:yes,functional:yes,analytics:no,performance:no,advertisement:no', { decided: false }],
    ['consentid:YjZOOUV4,consent:,action:,necessary:,functional:,analytics:,performance:,advertisement:,other:', { decided: false }],
    ['consentid:x,consent:yes,action:yes,necessary:yes,functional:yes,analytics:no', { choice: 'partial', categories: { functional: true, analytics: false } }],
    ['garbage', { decided: true, choice: 'unknown' }],
  ])('%s', (value, expected) => {
    expect(readCookieYes(c('cookieyes-consent', value))).toMatchObject({ cmp: 'cookieyes', ...expected });
  });
});

describe('IAB TCF euconsent-v2: decided or not', () => {
  it('a plausible TC string is decided, content unknown, dated by LastUpdated', () => {
    const tc = 'CPt3fQAPt3fQACNAFAENDLCgAAAAAAAAACiQAAAOCgDAB-AIsAZ8A6QDBAHBAAAA.YAAAAAAAAAAA';
    expect(readTcf(c('euconsent-v2', tc))).toEqual({ cmp: 'tcf', decided: true, choice: 'unknown', decidedAt: '2023-06-24T00:00:00.000Z' });
  });
  it.each(['', '%20', 'CPt3fQ', 'XPt3fQAPt3fQACNAFAENDLCgAAAAAAAAACiQAAAOCgDAB', '<img src=x onerror=alert(1)>'])('%j is no choice', (value) => {
    expect(readTcf(c('euconsent-v2', value))).toEqual({ cmp: 'tcf', decided: false, choice: 'unknown' });
  });
});

describe('Opendatasoft cookies_preferences (format not confirmed: read defensively)', () => {
  it.each<[string, Partial<ConsentState>]>([
    [
      encodeURIComponent(JSON.stringify({ ga: false, matomo: false, functional_cookies: true, timestamp: 1_700_000_000_000 })),
      { decided: true, choice: 'refused', decidedAt: new Date(1_700_000_000_000).toISOString() },
    ],
    [encodeURIComponent(JSON.stringify({ ga: true, matomo: true, xiti: true })), { choice: 'accepted' }],
    [
      encodeURIComponent(JSON.stringify({ ga: false, matomo: true, timestamp: 1_700_000_000 })),
      { choice: 'partial', decidedAt: new Date(1_700_000_000_000).toISOString() },
    ],
    [encodeURIComponent(JSON.stringify({ functional_cookies: true })), { decided: true, choice: 'unknown' }],
    ['1', { decided: true, choice: 'unknown' }],
    ['accepted', { decided: true, choice: 'unknown' }],
    [encodeURIComponent(JSON.stringify({ ga: 'yes', matomo: 1 })), { decided: true, choice: 'unknown' }],
  ])('%s', (value, expected) => {
    expect(readOpendatasoft(c('cookies_preferences', value))).toMatchObject({ cmp: 'opendatasoft', ...expected });
  });
  it('never says accepted for what it cannot read', () => {
    for (const value of ['true', 'all', '%7B%22all%22%3Atrue%7D', 'ga=true']) {
      expect(readOpendatasoft(c('cookies_preferences', value))?.choice).toBe('unknown');
    }
  });
});

describe('each reader ignores cookies that are not its own', () => {
  const readers = [readTarteaucitron, readKlaro, readOrejime, readCookiebot, readOneTrust, readAxeptio, readDidomi, readCookieYes, readTcf, readOpendatasoft];
  it.each(readers.map((r) => [r.name, r]))('%s', (_name, read) => {
    expect(read(c('cookie_preferences', '{"ga":true}'))).toBeUndefined();
    expect(read(c('_ga', 'GA1.1.1.1'))).toBeUndefined();
  });
});
