/**
 * The consent class of a report row (docs/CONTRACTS.md, consent classes).
 *
 * Order of precedence:
 * 1. the charter entry covering the cookie: a condition that puts it under consent → needs-consent;
 *    else its section category (necessary / functional → exempt, statistics → exemptable,
 *    marketing / third-party → needs-consent; experience and unknown say nothing);
 * 2. the known-tracker table;
 * 3. the reference database (optional lookup);
 * 4. else unknown.
 * The known-tracker table is also a floor under the charter: a charter may make a cookie
 * stricter, never laxer than what the tool is. Google Analytics under "Statistiques" stays
 * needs-consent (it can never be configured exempt), Matomo under "Nécessaires" is exemptable.
 */
import type { Category, DeclaredEntry, ReportRow } from '../types';
import { rowName } from '../compare/row-name';
import { underConsent } from './consent-words';
import { knownConsent } from './known-consent';
import type { ConsentClass, ConsentReason, ReferenceLookup } from './types';

const BY_CATEGORY: Readonly<Record<Category, ConsentClass>> = {
  necessary: 'exempt',
  functional: 'exempt',
  statistics: 'exemptable',
  marketing: 'needs-consent',
  'third-party': 'needs-consent',
  experience: 'unknown',
  unknown: 'unknown',
};

const RANK: Readonly<Record<ConsentClass, number>> = { unknown: 0, exempt: 1, exemptable: 2, 'needs-consent': 3 };

/** What the charter alone says, or undefined. */
function fromCharter(entry: DeclaredEntry): ConsentReason | undefined {
  const sentence = underConsent([entry.condition, entry.purpose, entry.service, entry.durationText, entry.section]);
  if (sentence !== undefined) return { class: 'needs-consent', basis: 'charter-condition', detail: sentence };
  const cls = BY_CATEGORY[entry.category] ?? 'unknown';
  if (cls === 'unknown') return undefined;
  return entry.section ? { class: cls, basis: 'charter-section', detail: entry.section } : { class: cls, basis: 'charter-section' };
}

/** Input of `consentClassOf`: the declared entry covering the cookie (or null) and its name. */
export interface ClassifyInput {
  declared: DeclaredEntry | null;
  name: string;
  /** The cookie's domain, when observed (only generic names such as `fr` need it). */
  domain?: string;
}

/**
 * The consent class of one cookie with the reason for it.
 * @example consentClassOf({ declared: null, name: '_ga' }) // { class: 'needs-consent', basis: 'known-tracker', detail: 'Google Analytics' }
 */
export function consentClassOf(input: ClassifyInput, reference?: ReferenceLookup): ConsentReason {
  const charter = input.declared ? fromCharter(input.declared) : undefined;
  const known = knownConsent(input.name, input.domain);
  const tracker: ConsentReason | undefined = known && { class: known.class, basis: 'known-tracker', detail: known.vendor };
  if (charter) return tracker && RANK[tracker.class] > RANK[charter.class] ? tracker : charter;
  if (tracker) return tracker;
  const ref = reference?.(input.name, input.domain);
  if (ref && ref.class !== 'unknown') {
    return ref.detail === undefined ? { class: ref.class, basis: 'reference' } : { class: ref.class, basis: 'reference', detail: ref.detail };
  }
  return { class: 'unknown', basis: 'none' };
}

/**
 * The consent class of a report row: the observed cookie's name, else the declared name as
 * written (a pattern such as `_pk_id.*` still starts like the cookies it covers).
 */
export function consentClassOfRow(row: ReportRow, reference?: ReferenceLookup): ConsentReason {
  const name = rowName(row);
  const input: ClassifyInput = { declared: row.declared, name };
  if (row.observed) input.domain = row.observed.domain;
  return consentClassOf(input, reference);
}
