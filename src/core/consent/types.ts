/**
 * The plain-data shapes of the consent audit (docs/ARCHITECTURE.md, "Consent audit"): the consent
 * class of a cookie, the consent state read from a consent platform's cookie, and the recorded
 * timeline of an audit as its JSON export carries it. Pure types, no behaviour.
 */

/** Public vocabulary: does a cookie need the visitor's consent? */
export type ConsentClass = 'exempt' | 'exemptable' | 'needs-consent' | 'unknown';

/** What decided a consent class, in the order the rules are tried. */
export type ConsentBasis = 'charter-condition' | 'charter-section' | 'known-tracker' | 'reference' | 'none';

/**
 * A consent class with its reason, for the UI to phrase in French or English. `detail` is the
 * charter's condition sentence (charter-condition), its section heading (charter-section), the
 * vendor (known-tracker) or the reference database's platform (reference).
 */
export interface ConsentReason {
  class: ConsentClass;
  basis: ConsentBasis;
  detail?: string;
}

/** What a reference database (the Open Cookie Database, later) says about a cookie. */
export type ReferenceLookup = (name: string, domain?: string) => { class: ConsentClass; detail?: string } | undefined;

/** Consent platforms whose choice cookie can be read. */
export type CmpId = 'opendatasoft' | 'tarteaucitron' | 'orejime' | 'klaro' | 'cookiebot' | 'onetrust' | 'axeptio' | 'didomi' | 'cookieyes' | 'tcf';

/** Public vocabulary of the audit export. */
export type ConsentChoice = 'refused' | 'accepted' | 'partial' | 'unknown';

/**
 * The decision a consent cookie records. Never holds the cookie's value: only what was derived.
 * `decided: true, choice: 'unknown'` means a choice was recorded but its content could not be read.
 */
export interface ConsentState {
  cmp: CmpId;
  decided: boolean;
  choice: ConsentChoice;
  /** Per service, purpose or category, as the platform names them (sanitised keys only). */
  categories?: Record<string, boolean>;
  /** When the choice was made, ISO 8601, when the cookie says so. */
  decidedAt?: string;
  /**
   * `outside-region`: the platform decided the visitor needs no banner (Cookiebot `-1`);
   * `implied`: the platform recorded consent without an explicit action (Cookiebot `method:'implied'`).
   */
  note?: 'outside-region' | 'implied';
}

/** A cookie as the consent reader needs it: the value is only read, never copied out. */
export interface ConsentCookie {
  name: string;
  value: string;
  /** Seconds since the epoch; absent for a session cookie. */
  expirationDate?: number;
}

/** Public vocabulary: the phases of a recorded audit. */
export type AuditPhase = 'before-choice' | 'after-refusal' | 'after-acceptance' | 'after-withdrawal';

/** Public vocabulary: what happened to a cookie. */
export type CookieEventKind = 'set' | 'renewed' | 'removed' | 'expired';

/** One entry of the audit timeline (export field `audit.timeline[]`). Times in seconds since the epoch. */
export interface TimelineEvent {
  t: number;
  phase: AuditPhase;
  name: string;
  domain: string;
  path: string;
  event: CookieEventKind;
  consentClass: ConsentClass;
}

/** Export field `audit.phases[].consent`. */
export interface PhaseConsent {
  cmp: CmpId | 'none' | 'user';
  decided: boolean;
  choice: ConsentChoice;
}

/** Export field `audit.phases[]`: a phase starts at `startedAt` and lasts until the next one. */
export interface AuditPhaseRecord {
  phase: AuditPhase;
  startedAt: number;
  consent: PhaseConsent;
}

/** A cookie the audit could not put back (export field `audit.restored.failed[]`). */
export interface CookieRef {
  name: string;
  domain: string;
  path: string;
}

/** Export field `audit` (beside the report). */
export interface AuditExport {
  startedAt: number;
  endedAt: number;
  phases: AuditPhaseRecord[];
  timeline: TimelineEvent[];
  restored: { count: number; failed: CookieRef[] };
}

/** Public vocabulary: audit row flags (in `data-flags` and exports). */
export type AuditFlag = 'set-before-choice' | 'set-after-refusal' | 'needs-check' | 'choice-over-6-months';

/** How serious a flag is. */
export type Severity = 'violation' | 'to-check' | 'recommendation';
