/**
 * The findings of a recorded audit: one line per cookie (name, domain, path) with its flags, and
 * a verdict that counts writes per phase and cookies per flag and severity.
 */
import { flagsForCookie, type FlagContext } from './audit-flags';
import { AUDIT_FLAG_ORDER, AUDIT_RULES, SEVERITY_ORDER, worstSeverity, type AuditFlagRule } from './audit-rules';
import { firstWritePhase, WRITES } from './phases';
import type { AuditFlag, AuditPhase, AuditPhaseRecord, ConsentClass, CookieRef, Severity, TimelineEvent } from './types';

/** One audited cookie. */
export interface CookieFinding extends CookieRef {
  /** Class of its latest event (the class does not change during an audit in practice). */
  consentClass: ConsentClass;
  /** Phase of its first write (`data-phase`), null when it was only removed or expired. */
  firstPhase: AuditPhase | null;
  flags: AuditFlag[];
  severity: Severity | null;
}

/** Counts for the one-line verdict. */
export interface AuditVerdict {
  cookies: number;
  /** Write events (set, renewed) per phase. */
  writesByPhase: Record<AuditPhase, number>;
  /** Cookies carrying each flag. */
  byFlag: Record<AuditFlag, number>;
  /** Cookies whose worst flag has each severity. */
  bySeverity: Record<Severity, number>;
  /** The worst severity found, null when nothing was flagged. */
  worst: Severity | null;
}

/** Options of `auditFindings`: the category rule and the lifetimes of written cookies. */
export interface FindingOptions {
  isRefusedCategory?: FlagContext['isRefusedCategory'];
  /** Lifetime a cookie was written with, seconds (null: session), for the 6-month rule. */
  lifetimeOf?: (cookie: CookieRef) => number | null | undefined;
}

const PHASES: readonly AuditPhase[] = ['before-choice', 'after-refusal', 'after-acceptance', 'after-withdrawal'];
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function zero<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/**
 * Findings per cookie (sorted by name, domain, path in UTF-16 code-unit order) and the verdict.
 * @example auditFindings(audit.timeline, audit.phases).verdict.byFlag['set-before-choice'] // 2
 */
export function auditFindings(
  timeline: readonly TimelineEvent[],
  phases: readonly AuditPhaseRecord[],
  options: FindingOptions = {},
): { cookies: CookieFinding[]; verdict: AuditVerdict } {
  const groups = new Map<string, TimelineEvent[]>();
  const writesByPhase = zero(PHASES);
  for (const e of timeline) {
    const key = JSON.stringify([e.name, e.domain, e.path]);
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
    if (WRITES.has(e.event) && Object.hasOwn(writesByPhase, e.phase)) writesByPhase[e.phase]++;
  }
  const cookies: CookieFinding[] = [];
  for (const events of groups.values()) {
    const [first] = events;
    if (!first) continue;
    const { name, domain, path } = first;
    const latest = events.reduce((a, b) => (b.t >= a.t ? b : a));
    const context: FlagContext = { phases, lifetimeSeconds: options.lifetimeOf?.({ name, domain, path }) };
    if (options.isRefusedCategory) context.isRefusedCategory = options.isRefusedCategory;
    const flags = flagsForCookie(events, context);
    cookies.push({ name, domain, path, consentClass: latest.consentClass, firstPhase: firstWritePhase(events), flags, severity: worstSeverity(flags) });
  }
  cookies.sort((a, b) => byCode(a.name, b.name) || byCode(a.domain, b.domain) || byCode(a.path, b.path));

  const byFlag = zero(AUDIT_FLAG_ORDER);
  const bySeverity = zero(SEVERITY_ORDER);
  for (const c of cookies) {
    for (const f of c.flags) byFlag[f]++;
    if (c.severity) bySeverity[c.severity]++;
  }
  const worst = SEVERITY_ORDER.find((s) => bySeverity[s] > 0) ?? null;
  return { cookies, verdict: { cookies: cookies.length, writesByPhase, byFlag, bySeverity, worst } };
}

/** The rule of each flag a finding carries, for a row's explanation. */
export function rulesOf(finding: Pick<CookieFinding, 'flags'>): AuditFlagRule[] {
  return finding.flags.map((f) => AUDIT_RULES[f]);
}
