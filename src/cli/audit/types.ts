/**
 * The plain-data shapes of the batch audit's outputs (docs/ARCHITECTURE.md, "Batch audit"):
 * `<out>/sites/<host>.json` is a SiteResult, `<out>/summary.json` a Summary. Times are ISO 8601
 * with the time-zone offset.
 */
import type { AuditRow } from '../../contracts/audit';
import type { AuditVerdict, CookieFinding } from '../../core/consent/audit-findings';
import type { AuditPhase, AuditPhaseRecord, ConsentState, CookieEventKind, ConsentClass, Severity } from '../../core/consent/types';
import type { Flag, Status } from '../../core/types';

/** Public vocabulary: what a run does on a site. */
export type Scenario = 'first-visit' | 'refuse' | 'accept';
export const SCENARIOS: readonly Scenario[] = ['first-visit', 'refuse', 'accept'];

/** Public vocabulary: a site's verdict, its worst finding (`failed`: it could not be audited). */
export type SiteVerdict = Severity | 'clean' | 'failed';

/** A timeline event as the site file carries it: the time in ISO 8601. */
export interface TimelineEntry {
  at: string;
  phase: AuditPhase;
  name: string;
  domain: string;
  path: string;
  event: CookieEventKind;
  consentClass: ConsentClass;
}

/** A report line the popup shows, reduced to what an audit cites (no value, only its length). */
export interface ReportLine {
  status: Status;
  flags: Flag[];
  cookie: string;
  domain: string | null;
  declaredName: string | null;
  consentClass: ConsentClass | null;
}

/** What one scenario on one site gave. `failure` set: the rest is what could be read before it. */
export interface ScenarioResult {
  scenario: Scenario;
  startedAt: string;
  endedAt: string;
  /** The URL asked for and the one the tab ended on (after redirects). */
  url: string;
  finalUrl: string | null;
  httpStatus: number | null;
  /** The popup's view kind for the tab: `report`, `not-portal`, `no-charter`, ... */
  view: string | null;
  charter: { url: string; sha256: string; fetchedAt: string } | null;
  consent: ConsentState | null;
  /** The autoconsent answer of refuse / accept (null on first-visit). */
  choice: { ok: boolean; cmp?: string; reason?: string } | null;
  /** Pages viewed after the choice (same-site links, else the same URL), then the reload. */
  pageViews: string[];
  rows: AuditRow[];
  report: ReportLine[];
  findings: CookieFinding[];
  verdict: AuditVerdict | null;
  phases: (Omit<AuditPhaseRecord, 'startedAt'> & { startedAt: string })[];
  timeline: TimelineEntry[];
  /** Caveats that did not stop the audit: `never-settled`, `no-charter`, `no-consent-rule`. */
  notes: string[];
  failure: string | null;
}

/** `<out>/sites/<host>.json`. */
export interface SiteResult {
  host: string;
  url: string;
  tool: { name: 'cookie-charter-audit'; version: string };
  browser: string | null;
  extensionVersion: string | null;
  startedAt: string;
  endedAt: string;
  scenarios: ScenarioResult[];
  /** Set when the site could not be audited (the first scenario failure, prefixed by its scenario). */
  failure: string | null;
}

/** Counts per report status. */
export type StatusCounts = Record<Status, number>;
/** Counts per severity of the audit flags. */
export type SeverityCounts = Record<Severity, number>;

/** One line of summary.json / summary.csv. */
export interface SummaryLine {
  host: string;
  url: string;
  verdict: SiteVerdict;
  failure: string | null;
  notes: string[];
  charterUrl: string | null;
  charterSha256: string | null;
  /** Distinct cookies (name, domain, path) per status, across scenarios. */
  statuses: StatusCounts;
  /** Distinct (cookie, flag) findings per severity, across scenarios. */
  severities: SeverityCounts;
  /** Distinct cookies carrying each flag (report and audit flags) or status `undeclared`/`absent`, across scenarios. */
  kinds: Record<string, number>;
  /** Per scenario: the consent choice read at the end, its verdict, its failure. */
  scenarios: Partial<Record<Scenario, { consent: string; verdict: SiteVerdict; failure: string | null }>>;
}

/** `<out>/summary.json`. */
export interface Summary {
  tool: { name: 'cookie-charter-audit'; version: string };
  generatedAt: string;
  scenarios: Scenario[];
  totals: { sites: number; audited: number; failed: number; verdicts: Record<SiteVerdict, number>; kinds: Record<string, number> };
  sites: SummaryLine[];
}
