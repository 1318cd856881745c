import { readConsentState } from '../../../src/core/consent/consent-state';
import { MAX_VALUE_CHARS } from '../../../src/core/consent/decode';

const NOW = 1_800_000_000;
const c = (name: string, value: string, expirationDate?: number) => (expirationDate === undefined ? { name, value } : { name, value, expirationDate });
const TC = 'CPt3fQAPt3fQACNAFAENDLCgAAAAAAAAACiQAAAOCgDAB-AIsAZ8A6QDBAHBAAAA.YAAAAAAAAAAA';
const didomi = (updated: string, purposes: object) => Buffer.from(JSON.stringify({ updated, purposes })).toString('base64');

describe('readConsentState: which platform speaks', () => {
  it('no consent cookie → no state', () => {
    expect(readConsentState([c('_ga', 'GA1.1.1'), c('sessionid', 'abc')], NOW)).toEqual({ state: undefined, all: [] });
  });

  it('ignores expired consent cookies and keeps session ones', () => {
    expect(readConsentState([c('tarteaucitron', '!gtag=false', NOW)], NOW).state).toBeUndefined();
    expect(readConsentState([c('tarteaucitron', '!gtag=false', NOW + 1)], NOW).state?.choice).toBe('refused');
    expect(readConsentState([c('tarteaucitron', '!gtag=false')], NOW).state?.choice).toBe('refused');
  });

  it('a readable decided choice beats a TCF string (decided, content unknown)', () => {
    const r = readConsentState([c('euconsent-v2', TC), c('didomi_token', didomi('2020-01-01T00:00:00.000Z', { disabled: ['a'] }))], NOW);
    expect(r.state).toMatchObject({ cmp: 'didomi', choice: 'refused' });
    expect(r.all.map((s) => s.cmp)).toEqual(['didomi', 'tcf']);
  });

  it('a decided state beats an undecided one whatever the order', () => {
    const r = readConsentState([c('tarteaucitron', '!gtag=wait'), c('euconsent-v2', TC)], NOW);
    expect(r.state).toMatchObject({ cmp: 'tcf', decided: true });
  });

  it('between two readable choices the latest wins, then platform order', () => {
    const older = c('didomi_token', didomi('2023-01-01T00:00:00.000Z', { enabled: ['a'] }));
    const newer = c('axeptio_cookies', encodeURIComponent(JSON.stringify({ $$date: '2024-01-01T00:00:00.000Z', $$completed: true, ga: false })));
    expect(readConsentState([older, newer], NOW).state?.cmp).toBe('axeptio');
    expect(readConsentState([c('klaro', '{"a":true}'), c('tarteaucitron', '!a=false')], NOW).state?.cmp).toBe('tarteaucitron');
  });

  it('OneTrust reads its two cookies together', () => {
    const r = readConsentState([c('OptanonAlertBoxClosed', '2024-01-15T10:00:00.000Z'), c('OptanonConsent', 'groups=C0001%3A1%2CC0002%3A0')], NOW);
    expect(r.all).toHaveLength(1);
    expect(r.state).toMatchObject({ cmp: 'onetrust', decided: true, choice: 'refused', decidedAt: '2024-01-15T10:00:00.000Z' });
  });

  it('skips malformed cookie objects', () => {
    const junk = [null, {}, { name: 'tarteaucitron' }, { name: 1, value: 'x' }] as unknown as { name: string; value: string }[];
    expect(readConsentState(junk, NOW)).toEqual({ state: undefined, all: [] });
  });
});

describe('hostile values: never throw, never echo the value', () => {
  const NAMES = [
    'cookies_preferences',
    'tarteaucitron',
    'orejime',
    'eu-consent',
    'klaro',
    'CookieConsent',
    'OptanonConsent',
    'axeptio_cookies',
    'didomi_token',
    'cookieyes-consent',
    'euconsent-v2',
  ];
  const HOSTILE: [string, string][] = [
    ['1 MB', `{"ga":true,"x":"${'a'.repeat(1_000_000)}"}`],
    ['just over the cap', `{"ga":false${' '.repeat(MAX_VALUE_CHARS)}}`],
    ['malformed JSON', '{"ga":tru'],
    ['prototype keys', '{"__proto__":{"polluted":true},"constructor":true,"prototype":false,"ga":false}'],
    ['injected markup', '!<img src=x onerror=alert(1)>=true{"<script>alert(1)</script>":true}'],
    ['markup key', '{"<script>alert(1)</script>":true}'],
    ['invalid percent-encoding', '%E0%A4%A{%22ga%22:true}%'],
    ['deep nesting', `${'['.repeat(2000)}${']'.repeat(2000)}`],
    ['deep object', `${'{"a":'.repeat(600)}true${'}'.repeat(600)}`],
    ['nul and controls', '\u0000\u0001!gtag=true\u0007'],
  ];
  const cases = NAMES.flatMap((name) => HOSTILE.map(([label, value]) => [name, label, value] as const));

  it.each(cases)('%s: %s', (name, _label, value) => {
    const reading = readConsentState([c(name, value)], NOW);
    const text = JSON.stringify(reading);
    expect(reading.state).toBeDefined();
    expect(['refused', 'accepted', 'partial', 'unknown']).toContain(reading.state?.choice);
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('onerror');
    expect(text).not.toContain('aaaaaaaa');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const key of Object.keys(reading.state?.categories ?? {})) expect(key).toMatch(/^[A-Za-z0-9_$][A-Za-z0-9_.:$-]*$/);
  });

  it('a value over the cap is a recorded choice with unknown content, not a reading', () => {
    const value = encodeURIComponent(JSON.stringify({ ga: false, pad: 'x'.repeat(MAX_VALUE_CHARS) }));
    expect(readConsentState([c('cookies_preferences', value)], NOW).state).toEqual({ cmp: 'opendatasoft', decided: true, choice: 'unknown' });
  });

  it('prototype keys are dropped from categories', () => {
    const state = readConsentState([c('klaro', '{"__proto__":true,"constructor":false,"ga":false}')], NOW).state;
    expect(Object.keys(state?.categories ?? {})).toEqual(['ga']);
    expect(state?.choice).toBe('refused');
  });

  it('never holds the raw value of a real cookie', () => {
    const stamp = 'BvqlZ34xqOpzSOaxY1VgwOy5CZ1lfC4Xs2JNiDqz9M4rNuyyAY56Jg==';
    const values = [
      c('CookieConsent', `{stamp:%27${stamp}%27%2Cnecessary:true%2Cpreferences:false%2Cstatistics:false%2Cmarketing:false}`),
      c('cookieyes-consent', 'consentid:SECRETID42,consent:no,action:yes,necessary:yes,analytics:no'),
      c('didomi_token', Buffer.from(JSON.stringify({ user_id: 'SECRETUSER', purposes: { enabled: ['a'] } })).toString('base64')),
    ];
    const text = JSON.stringify(readConsentState(values, NOW));
    for (const secret of [stamp, 'SECRETID42', 'SECRETUSER']) expect(text).not.toContain(secret);
  });
});
