import { involvedSites, keepInvolved, planCookies, otherSitesOnly } from '../../src/core/cookie-plan';
import type { RawCookie } from '../../src/core/cookies/raw-cookie';

const facts = { pageUrl: 'http://data.example.test:8080/explore/', thirdPartyHosts: ['tracker.other.test', 'cdn.static.test'] };
const raw = (name: string, extra: Partial<RawCookie> = {}): RawCookie => ({
  name,
  value: 'v',
  domain: 'data.example.test',
  path: '/',
  hostOnly: true,
  secure: false,
  httpOnly: false,
  sameSite: 'lax',
  session: true,
  storeId: '0',
  ...extra,
});

describe('otherSitesOnly', () => {
  it("drops hosts of the page's own site by the Public Suffix List, keeps the others", () => {
    const page = { pageUrl: 'https://data.example.test/', thirdPartyHosts: ['cdn.example.test', 'example.test', 't.other.test', 'a.github.io', 'b.github.io'] };
    expect(otherSitesOnly(page).thirdPartyHosts).toEqual(['t.other.test', 'a.github.io', 'b.github.io']);
    expect(otherSitesOnly({ pageUrl: 'https://a.github.io/', thirdPartyHosts: ['b.github.io', 'x.a.github.io'] }).thirdPartyHosts).toEqual(['b.github.io']);
  });
});

describe('involvedSites', () => {
  it("is the page's site and the sites it fetched from", () => {
    expect(involvedSites(facts)).toEqual(new Set(['example.test', 'other.test', 'static.test']));
  });
});

describe('planCookies', () => {
  it("asks for the page URL, each involved site and the page's partition, in the tab's store", () => {
    const plan = planCookies(facts, '1', 'chrome');
    expect(plan.queries).toEqual([
      { storeId: '1', url: facts.pageUrl },
      { storeId: '1', domain: 'example.test' },
      { storeId: '1', domain: 'other.test' },
      { storeId: '1', domain: 'static.test' },
      { storeId: '1', partitionKey: { topLevelSite: 'http://example.test' } },
    ]);
  });

  it('asks every first-party jar in Firefox (isolation rejects a query without it), and no store when unknown', () => {
    const plan = planCookies(facts, undefined, 'firefox');
    expect(plan.queries.every((q) => q.firstPartyDomain === null && !('storeId' in q))).toBe(true);
  });
});

describe('keepInvolved', () => {
  const plan = planCookies(facts, '0', 'firefox');
  const kept = (...cookies: RawCookie[]) => keepInvolved(plan, cookies).map((c) => c.name);

  it.each<[string, RawCookie, boolean]>([
    ["the page's own HttpOnly Lax session", raw('sessionid', { httpOnly: true }), true],
    ["a parent-domain cookie of the page's site", raw('_pk_id', { domain: '.example.test', hostOnly: false }), true],
    ["a fetched third party's SameSite=None cookie", raw('tp_uid', { domain: 'tracker.other.test', sameSite: 'no_restriction', secure: true }), true],
    ["a fetched third party's Lax cookie (never sent to an <img>)", raw('tp_lax', { domain: 'tracker.other.test' }), false],
    ["a fetched third party's unspecified SameSite cookie", raw('tp_un', { domain: '.other.test', hostOnly: false, sameSite: 'unspecified' }), false],
    [
      'a third party partitioned for this top-level site',
      raw('chips', { domain: 'tracker.other.test', partitionKey: { topLevelSite: 'http://example.test' } }),
      true,
    ],
    [
      'a third party partitioned for another site',
      raw('chips2', { domain: 'tracker.other.test', sameSite: 'no_restriction', partitionKey: { topLevelSite: 'https://else.test' } }),
      false,
    ],
    ['another host of a fetched site (not fetched itself)', raw('sib', { domain: 'login.other.test', sameSite: 'no_restriction' }), false],
    ["an unrelated site's session cookie", raw('bank_session', { domain: 'bank.unrelated.test', httpOnly: true, sameSite: 'no_restriction' }), false],
    ["the page's own cookie partitioned under another site", raw('embedded', { partitionKey: { topLevelSite: 'https://else.test' } }), false],
    ["the portal's first-party jar (isolation)", raw('csrftoken', { firstPartyDomain: 'example.test' }), true],
    ["the portal's cookie in another site's jar (isolation)", raw('csrftoken', { firstPartyDomain: 'unrelated.test' }), false],
    ["a tracker cookie in the portal's jar", raw('tp', { domain: 'tracker.other.test', sameSite: 'no_restriction', firstPartyDomain: 'example.test' }), true],
  ])('%s: kept is %s', (_label, cookie, expected) => expect(kept(cookie)).toEqual(expected ? [cookie.name] : []));
});
