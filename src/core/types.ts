/**
 * The plain-data shapes every part of Cookie Charter agrees on: what a charter declares,
 * what the browser holds, and the report that compares them. Pure types, no behaviour.
 */
import type { AuditFlag, ConsentClass, ConsentReason } from './consent/types';

/** Category a charter section heading maps to (docs/CONTRACTS.md). */
export type Category = 'necessary' | 'functional' | 'statistics' | 'third-party' | 'experience' | 'marketing' | 'unknown';

/** One row of a charter's cookie table. */
export interface DeclaredEntry {
  /** Names or patterns exactly as written (`_pk_id.*`, `_ga_<container-id>`); empty for an unnamed row. */
  names: string[];
  provider: string;
  /** "Service et emplacement" / "Function and location" column, when the template has one. */
  service: string;
  purpose: string;
  /** Duration as written, trimmed; empty when the template has no duration column. */
  durationText: string;
  /** Longest lifetime the text allows, in seconds; null when unreadable or not given. */
  maxAgeSeconds: number | null;
  /** The charter says this is a session cookie. */
  session: boolean;
  /** The charter sets a condition (multilingual portal, signed-in user, consent...). */
  conditional: boolean;
  /** The sentence that sets the condition, when there is one. */
  condition: string | null;
  /** Text of the heading the table sits under ("" when none). */
  section: string;
  category: Category;
  /** Where this entry was declared, when the extension knows (merged declarations keep each entry's). */
  source?: DeclarationSource;
}

/**
 * Where a declaration comes from (docs/CONTRACTS.md, "Any site, any declaration"): an Opendatasoft
 * charter, any site's policy page with a cookie table, or a consent platform's configuration.
 */
export type DeclarationSourceKind = 'ods-charter' | 'cookie-table' | 'tarteaucitron' | 'orejime' | 'klaro' | 'cookiebot' | 'cookieyes' | 'onetrust';

/** A declaration's source: its kind and the page it was read from (plus the SHA-256 of what was read, when known). */
export interface DeclarationSource {
  kind: DeclarationSourceKind;
  url: string;
  sha256?: string;
}

/** What a charter page declares. */
export interface Declaration {
  /** The page's main heading ("Charte cookies"), or its <title>. */
  title: string;
  /** URL the charter was read from ("" when unknown, e.g. stdin). */
  url: string;
  entries: DeclaredEntry[];
  /** Where the declaration was read (one source; a merged declaration keeps each entry's on the entry). */
  source?: DeclarationSource;
}

/** `SameSite` as the cookies API spells it. */
export type SameSite = 'no_restriction' | 'lax' | 'strict' | 'unspecified';

/**
 * A cookie the browser holds, as `cookies.getAll()` returns it, with the value replaced by
 * its length: values never leave the place they were read.
 */
export interface ObservedCookie {
  name: string;
  /** As the API gives it: `.example.test` for a domain cookie, `data.example.test` for host-only. */
  domain: string;
  path: string;
  hostOnly: boolean;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  session: boolean;
  /** Seconds since the epoch; absent for session cookies. */
  expirationDate?: number;
  valueLength: number;
  storeId?: string;
  /** Top-level site of a partitioned (CHIPS) cookie. */
  partitionKey?: { topLevelSite?: string } | null;
  /** Firefox with first-party isolation: the first party whose jar holds it (absent when none). */
  firstPartyDomain?: string;
  /** Page scripts can read it (`document.cookie` lists it). Unknown → false with httpOnly deciding. */
  readableByPage?: boolean;
}

/** Public status vocabulary (docs/CONTRACTS.md). */
export type Status = 'matched' | 'undeclared' | 'absent' | 'vague' | 'unnamed';

/** Public flag vocabulary (docs/CONTRACTS.md). */
export type Flag =
  | 'conditional'
  | 'expiry-exceeds-declared'
  | 'session-mismatch'
  | 'over-13-months'
  | 'third-party'
  | 'http-only'
  | 'partitioned'
  // Consent flags (docs/CONTRACTS.md, "The audit"): outside an audit, from the consent state read now.
  | AuditFlag;

/** One line of the side-by-side report. */
export interface ReportRow {
  status: Status;
  flags: Flag[];
  /** The declared entry on this line, or null for an undeclared cookie. */
  declared: DeclaredEntry | null;
  /** The name or pattern of `declared` this line is about (null for unnamed/undeclared). */
  declaredName: string | null;
  observed: ReportCookie | null;
  /** Does the cookie need consent (added by the extension's view; absent in a plain comparison). */
  consentClass?: ConsentClass;
  /** Why it has that class: what decided (`basis`) and the charter sentence, section, vendor or platform. */
  consentReason?: Omit<ConsentReason, 'class'>;
}

/** An observed cookie as a report carries it: relative facts computed against the page. */
export interface ReportCookie extends ObservedCookie {
  /** Its registrable domain differs from the page's. */
  thirdParty: boolean;
  /** Seconds from `now` to expiry; null for session cookies. */
  lifetimeSeconds: number | null;
}

export interface ReportSummary {
  declared: number;
  observed: number;
  matched: number;
  undeclared: number;
  absent: number;
  vague: number;
  unnamed: number;
}

/** What the comparison returns: the popup shows it, the export and the CLI print it. */
export interface Report {
  pageUrl: string;
  charterUrl: string;
  title: string;
  /** Seconds since the epoch at which cookies were read. */
  comparedAt: number;
  summary: ReportSummary;
  rows: ReportRow[];
}
