/**
 * From a reference answer to the consent vocabulary (docs/ARCHITECTURE.md, "Consent class"), and
 * to the structured note the popup phrases ("Google Analytics · analytics · 2 years — from the
 * Open Cookie Database").
 *
 * - functional, security → exempt (strictly necessary: sessions, CSRF, load balancing, choices).
 * - analytics → exemptable only for tools the CNIL says can be configured exempt (below); any
 *   other audience tool (Google Analytics, Hotjar…) → needs-consent.
 * - marketing → needs-consent.
 * - personalization → unknown. The OCD's "Personalization (also known as preferences)" covers
 *   interface preferences the visitor chose (exempt under CNIL guideline 2020-091) and content
 *   personalised from behaviour (consent needed); the category cannot tell which, so the
 *   reference stays silent and the charter or a human decides.
 */
import type { ConsentClass, ReferenceLookup } from '../consent/types';
import type { ReferenceIndex } from './build-index';
import { lookupReference } from './lookup';
import type { ReferenceCategory, ReferenceHit, ReferenceRetention, ReferenceSource } from './types';

/**
 * Platforms (as the data names them) whose audience measurement can be configured exempt (CNIL,
 * "Cookies : solutions pour les outils de mesure d'audience"). Plain "Piano" is not here: the OCD
 * gives that label to Piano Composer, VX and Cxense cookies too; the supplement relabels the
 * Piano Analytics ones "AT Internet / Piano". "Piwik" is the OCD's name for Piwik PRO.
 */
const EXEMPTABLE_PLATFORMS: ReadonlySet<string> = new Set(['Matomo', 'AT Internet', 'AT Internet / Piano', 'XiTi (AT Internet)', 'Eulerian', 'Piwik']);

const BY_CATEGORY: Readonly<Record<ReferenceCategory, ConsentClass>> = {
  functional: 'exempt',
  security: 'exempt',
  analytics: 'needs-consent',
  marketing: 'needs-consent',
  personalization: 'unknown',
};

/**
 * The consent class a reference answer implies.
 * @example referenceConsentClass({ platform: 'Matomo', category: 'analytics', … }) // 'exemptable'
 */
export function referenceConsentClass(hit: Pick<ReferenceHit, 'platform' | 'category'>): ConsentClass {
  if (hit.category === 'analytics' && EXEMPTABLE_PLATFORMS.has(hit.platform)) return 'exemptable';
  return BY_CATEGORY[hit.category] ?? 'unknown';
}

/**
 * A `ReferenceLookup` over an index, for `consentClassOf(input, reference)`: the class, with the
 * platform as detail (none when the source names no platform).
 */
export function referenceLookup(index: ReferenceIndex): ReferenceLookup {
  return (name, domain) => {
    const hit = lookupReference(index, name, domain);
    if (!hit) return undefined;
    const cls = referenceConsentClass(hit);
    return hit.platform === '' ? { class: cls } : { class: cls, detail: hit.platform };
  };
}

/** What the popup shows for a cookie the reference knows; the UI phrases it, in either language. */
export interface ReferenceNote {
  platform: string;
  category: ReferenceCategory;
  consentClass: ConsentClass;
  retention?: ReferenceRetention;
  /** Who says so: the UI names it ("from the Open Cookie Database") and links its licence. */
  source: ReferenceSource;
  match: 'exact' | 'prefix';
  /** The name, or the prefix ("names starting with _ga_"), as the source lists it. */
  key: string;
}

/**
 * The structured note for a cookie, or undefined when the reference knows nothing.
 * @example describeReference(index, '_ga')
 * // { platform: 'Google Analytics', category: 'analytics', consentClass: 'needs-consent',
 * //   retention: { text: '2 years', seconds: 63115200 }, source: 'open-cookie-database', match: 'exact', key: '_ga' }
 */
export function describeReference(index: ReferenceIndex, name: string, domain?: string): ReferenceNote | undefined {
  const hit = lookupReference(index, name, domain);
  if (!hit) return undefined;
  const note: ReferenceNote = {
    platform: hit.platform,
    category: hit.category,
    consentClass: referenceConsentClass(hit),
    source: hit.source,
    match: hit.match,
    key: hit.key,
  };
  if (hit.retention) note.retention = { ...hit.retention };
  return note;
}
