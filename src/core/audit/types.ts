/**
 * The stored state of one recorded audit (docs/ARCHITECTURE.md, "Consent audit"): what the
 * background keeps in storage.session between two events, so a stopped worker loses nothing.
 * No cookie value lives here: the removed cookies (values included, to put them back) are kept
 * apart, under their own key, and never leave the background.
 */
import type { AuditPhaseRecord, ConsentState, CookieRef, TimelineEvent } from '../consent/types';
import type { SameSite } from '../types';

/** How the restore at the end went (the contract's RestoreResult has this shape). */
export interface RestoreOutcome {
  count: number;
  failed: (CookieRef & { reason: string })[];
  /** Cookies the site wrote during the audit, removed at the end (0 when the user kept them). */
  removedWritten: number;
}

/** The user's own answer (the contract's UserAnswer). */
export type Answer = 'refused' | 'accepted' | 'withdrawn';

/** A cookie written during the audit: its attributes at its last write, never its value. */
export interface WrittenCookie {
  name: string;
  domain: string;
  path: string;
  hostOnly: boolean;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  session: boolean;
  expirationDate?: number;
  partitionKey?: { topLevelSite?: string } | null;
  /** Lifetime it was last written with (expiry minus write time), seconds; null for a session cookie. */
  lifetimeSeconds: number | null;
}

/** Why an audit ended. */
export type EndReason = 'stopped' | 'tab-closed' | 'timeout' | 'update';

/** One audit as storage.session holds it. */
export interface AuditRecord {
  /** Distinguishes two audits of the same tab (the disk copy and the alarm name carry it). */
  id: string;
  tabId: number;
  state: 'recording' | 'done';
  pageUrl: string;
  site: string;
  sites: string[];
  storeId: string;
  incognito: boolean;
  startedAt: number;
  endedAt: number | null;
  endReason: EndReason | null;
  phases: AuditPhaseRecord[];
  consent: ConsentState | null;
  needsAnswer: boolean;
  /** Keys (cookieRefKey) of cookies written or overwritten since the start: a later write renews. */
  seen: string[];
  /** Attributes of every cookie written during the audit, by cookieRefKey. */
  written: Record<string, WrittenCookie>;
  restored: RestoreOutcome | null;
  timeline: TimelineEvent[];
}

/** What cookies.onChanged says, with the value already turned into a consent decision (or dropped). */
export interface CookieChange {
  /** Seconds since the epoch, when the worker received it. */
  t: number;
  removed: boolean;
  /** `cookies.OnChangedCause`: explicit, overwrite, expired, expired_overwrite, evicted. */
  cause: string;
  cookie: Omit<WrittenCookie, 'lifetimeSeconds'> & { storeId: string };
  /** When the cookie is a consent-choice cookie written now: the decision its value records. */
  consent?: ConsentState | null;
}

/** A cookie's identity in the timeline: name, domain, path. */
export const cookieRefKey = (c: { name: string; domain: string; path: string }): string => `${c.name}\u0000${c.domain}\u0000${c.path}`;
