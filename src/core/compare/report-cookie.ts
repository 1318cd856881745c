/** An observed cookie with the facts a report computes against the page and the clock. */
import { registrableDomain } from '../cookies/domain';
import type { ObservedCookie, ReportCookie } from '../types';

/**
 * Copies the known fields only (so nothing extra, such as a stray `value`, reaches a report) and
 * adds `thirdParty` and `lifetimeSeconds` (whole seconds from `now`; null for a session cookie).
 * An unknown page domain ('') makes no cookie third-party: better no flag than a wrong one.
 * @example toReportCookie(ga, 'laregion.fr', now).thirdParty // false for `.laregion.fr`
 */
export function toReportCookie(cookie: ObservedCookie, pageDomain: string, now: number, domainOf = registrableDomain): ReportCookie {
  const session = cookie.session || cookie.expirationDate === undefined;
  const expirationDate = session ? undefined : cookie.expirationDate;
  const out: ReportCookie = {
    name: cookie.name,
    domain: cookie.domain,
    path: cookie.path,
    hostOnly: cookie.hostOnly,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    session,
    valueLength: cookie.valueLength,
    thirdParty: pageDomain !== '' && domainOf(cookie.domain) !== pageDomain,
    lifetimeSeconds: expirationDate === undefined ? null : Math.round(expirationDate - now),
  };
  if (expirationDate !== undefined) out.expirationDate = expirationDate;
  if (cookie.storeId !== undefined) out.storeId = cookie.storeId;
  if (cookie.partitionKey?.topLevelSite) out.partitionKey = { topLevelSite: cookie.partitionKey.topLevelSite };
  if (cookie.firstPartyDomain) out.firstPartyDomain = cookie.firstPartyDomain;
  if (cookie.readableByPage !== undefined) out.readableByPage = cookie.readableByPage;
  return out;
}

/** A registrableDomain with a per-call memo: thousands of cookies share a handful of domains. */
export function memoDomains(): (domain: string) => string {
  const memo = new Map<string, string>();
  return (domain) => {
    let hit = memo.get(domain);
    if (hit === undefined) {
      hit = registrableDomain(domain);
      memo.set(domain, hit);
    }
    return hit;
  };
}
