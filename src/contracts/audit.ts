/**
 * The consent audit's contract between the background (which runs the audit), the audit view
 * (audit.html, which shows it) and the batch CLI (which drives the view): docs/ARCHITECTURE.md,
 * "Consent audit". Plain data only; times are seconds since the epoch, as the core uses them (the
 * exports turn them into ISO 8601 with the time zone).
 */
import type { CookieFinding, AuditVerdict } from '../core/consent/audit-findings';
import type {
  AuditFlag,
  AuditPhase,
  AuditPhaseRecord,
  ConsentClass,
  ConsentReason,
  ConsentState,
  CookieRef,
  Severity,
  TimelineEvent,
} from '../core/consent/types';
import type { Flag, Status } from '../core/types';

/** Public vocabulary: `[data-audit-state]` of the audit view. */
export type AuditStateWord = 'idle' | 'recording' | 'done';

/** What a fresh start would remove, for the confirmation prompt (counts only, never values). */
export interface AuditPlan {
  /** The page's registrable domain. */
  site: string;
  /** The page's site first, then the third-party sites of the page. */
  sites: string[];
  /** Cookies of those sites in the tab's cookie store, per site. */
  counts: Record<string, number>;
  /** The tab's cookie store (a container or a private window have their own). */
  storeId: string;
  incognito: boolean;
}

/** The user's own answer when the consent cookie cannot be read (or there is none). */
export type UserAnswer = 'refused' | 'accepted' | 'withdrawn';

/** One row of the audit view: a cookie the audit saw written, or a declared entry. */
export interface AuditRow {
  /** `data-cookie`: the cookie's name, else the declared name or pattern. */
  cookie: string;
  domain: string | null;
  path: string | null;
  /** `data-status`: the report status against the site's declaration (`undeclared` with none). */
  status: Status;
  /** `data-flags`: report flags then audit flags, in ROW_FLAG_ORDER. */
  flags: (Flag | AuditFlag)[];
  /** `data-consent-class`. */
  consentClass: ConsentClass;
  /** `data-phase`: the phase of the cookie's first write; null when never written during the audit. */
  phase: AuditPhase | null;
  severity: Severity | null;
  /** The consent class's reason, for the UI to phrase (see core/consent/classify). */
  reason?: string;
  /** What decided the class (`basis`) and its detail (charter sentence, section, vendor, platform). */
  consentReason?: Omit<ConsentReason, 'class'>;
}

/** How the restore at the end went. */
export interface RestoreResult {
  count: number;
  failed: (CookieRef & { reason: string })[];
  /** Cookies the site wrote during the audit, removed at the end (0 when the user kept them). */
  removedWritten: number;
}

/** Everything the audit view shows for a tab (answer of `audit-get`, and of the actions). */
export interface AuditSnapshot {
  state: AuditStateWord;
  tabId: number;
  pageUrl: string | null;
  site: string | null;
  /** Charter (or declaration) the rows were compared with; null when the site has none known. */
  source: { url: string; sha256: string; fetchedAt: string } | null;
  startedAt: number | null;
  endedAt: number | null;
  /** Why it ended: the user stopped it, the tab closed, the 30-minute limit, an extension update. */
  endReason: 'stopped' | 'tab-closed' | 'timeout' | 'update' | null;
  phases: AuditPhaseRecord[];
  timeline: TimelineEvent[];
  rows: AuditRow[];
  findings: CookieFinding[];
  verdict: AuditVerdict | null;
  /** The consent state last read from the site's consent cookie (the decision only). */
  consent: ConsentState | null;
  /** A consent cookie was written but could not be read (or a choice is likely): ask the user. */
  needsAnswer: boolean;
  restored: RestoreResult | null;
  /** The fresh start's plan, while idle (what `confirm` would remove). */
  plan: AuditPlan | null;
}

/** Requests the background answers for the audit view and the popup (extension pages only). */
export interface AuditApi {
  /** The audit of a tab (idle with its plan when none runs). */
  'audit-get': { req: { tabId: number }; res: AuditSnapshot };
  /** Fresh start (after the user confirmed): remove, keep in memory, reload the tab, record. */
  'audit-start': { req: { tabId: number }; res: AuditSnapshot };
  /** End the audit and put every removed cookie back; `keep`: keep what the site wrote meanwhile. */
  'audit-stop': { req: { tabId: number; keep: boolean }; res: AuditSnapshot };
  /** The user's own answer, when the consent cookie says nothing readable. */
  'audit-answer': { req: { tabId: number; answer: UserAnswer }; res: AuditSnapshot };
  /** Run the site's own refuse / accept control (autoconsent); `reason` when no rule matched. */
  'audit-autoconsent': { req: { tabId: number; action: 'optOut' | 'optIn' }; res: { ok: boolean; cmp?: string; reason?: string } };
}

/** Broadcasts an open audit view listens to. */
export interface AuditViewApi {
  /** The audit of a tab changed (a cookie event, a phase, the end). */
  'audit-changed': { req: { tabId: number }; res: void };
}
