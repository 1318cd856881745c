/**
 * The consent class a well-known cookie name has whatever the charter says. Builds on the vendor
 * table of `match/trackers` (analytics a portal can switch on, the platform's own Django
 * cookies) and adds the trackers and consent-choice cookies only the consent audit needs.
 *
 * Audience tools that can be configured exempt (Matomo, AT Internet / Piano, XiTi, Eulerian) are
 * `exemptable`; Google Analytics and Hotjar cannot be, nor can advertising or social cookies
 * (CNIL, "Cookies : solutions pour les outils de mesure d'audience", 2025).
 */
import { knownTracker } from '../match/trackers';
import { isConsentChoiceCookie } from './consent-cookie-names';
import type { ConsentClass } from './types';

/** What the table says about a cookie name. */
export interface KnownConsent {
  class: Exclude<ConsentClass, 'unknown'>;
  vendor: string;
}

interface Rule {
  vendor: string;
  class: KnownConsent['class'];
  /** The cookie counts only on these registrable domains (short, generic names such as `fr`). */
  domains?: readonly string[];
}

const HOTJAR: Rule = { vendor: 'Hotjar', class: 'needs-consent' };
const HUBSPOT: Rule = { vendor: 'HubSpot', class: 'needs-consent' };
const LINKEDIN: Rule = { vendor: 'LinkedIn', class: 'needs-consent' };
const YOUTUBE: Rule = { vendor: 'YouTube', class: 'needs-consent' };
const TWITTER: Rule = { vendor: 'Twitter / X', class: 'needs-consent', domains: ['twitter.com', 'x.com'] };
const LOAD_BALANCER: Rule = { vendor: 'load balancer', class: 'exempt' };

const EXACT = new Map<string, Rule>([
  ['hubspotutk', HUBSPOT],
  ['_fbp', { vendor: 'Facebook', class: 'needs-consent' }],
  ['fr', { vendor: 'Facebook', class: 'needs-consent', domains: ['facebook.com'] }],
  ['bcookie', LINKEDIN],
  ['lidc', LINKEDIN],
  ['UserMatchHistory', LINKEDIN],
  ['VISITOR_INFO1_LIVE', YOUTUBE],
  ['YSC', YOUTUBE],
  ['guest_id', TWITTER],
  ['personalization_id', TWITTER],
  ['AWSALB', LOAD_BALANCER],
  ['AWSALBCORS', LOAD_BALANCER],
  ['SERVERID', LOAD_BALANCER],
  ['mtm_cookie_consent', { vendor: 'Matomo', class: 'exempt' }],
]);

/** Checked in order; before the vendor table, so `mtm_consent*` (the choice itself) is exempt. */
const PREFIXES: ReadonlyArray<readonly [string, Rule]> = [
  ['mtm_consent', { vendor: 'Matomo', class: 'exempt' }],
  ['_hj', HOTJAR],
  ['__hs', HUBSPOT],
  ['li_', LINKEDIN],
  ['BIGipServer', LOAD_BALANCER],
];

/** Consent class of each vendor `match/trackers` knows. */
const BY_VENDOR: Readonly<Record<string, KnownConsent['class']>> = {
  'Google Analytics': 'needs-consent',
  Matomo: 'exemptable',
  'AT Internet / Piano': 'exemptable',
  XiTi: 'exemptable',
  Eulerian: 'exemptable',
  Opendatasoft: 'exempt',
};

/** `domain` (a host or cookie domain) is `site` or one of its subdomains. */
function onSite(domain: string, site: string): boolean {
  const host = domain.toLowerCase().replace(/^\.+/, '');
  return host === site || host.endsWith(`.${site}`);
}

function fromRule(rule: Rule | undefined, domain: string | undefined): KnownConsent | undefined {
  if (!rule) return undefined;
  if (rule.domains && (domain === undefined || !rule.domains.some((site) => onSite(domain, site)))) return undefined;
  return { class: rule.class, vendor: rule.vendor };
}

/**
 * The consent class of a well-known cookie, or undefined. `domain` is needed only for short,
 * generic names that mean a tracker on one site alone (`fr` on facebook.com).
 * @example knownConsent('_ga_ABC123') // { class: 'needs-consent', vendor: 'Google Analytics' }
 * @example knownConsent('_pk_id.1.abcd') // { class: 'exemptable', vendor: 'Matomo' }
 */
export function knownConsent(name: string, domain?: string): KnownConsent | undefined {
  const exact = fromRule(EXACT.get(name), domain);
  if (exact) return exact;
  for (const [prefix, rule] of PREFIXES) if (name.startsWith(prefix)) return fromRule(rule, domain);
  const tracker = knownTracker(name);
  const trackerClass = tracker ? BY_VENDOR[tracker.vendor] : undefined;
  if (tracker && trackerClass) return { class: trackerClass, vendor: tracker.vendor };
  const cmp = isConsentChoiceCookie(name);
  return cmp ? { class: 'exempt', vendor: cmp } : undefined;
}
