/** summary.json from the site files: one line per site, the same whichever run or shard wrote them. */
import { AUDIT_RULES, SEVERITY_ORDER } from '../../core/consent/audit-rules';
import type { AuditFlag, Severity } from '../../core/consent/types';
import type { Status } from '../../core/types';
import {
  SCENARIOS,
  type Scenario,
  type ScenarioResult,
  type SeverityCounts,
  type SiteResult,
  type SiteVerdict,
  type StatusCounts,
  type Summary,
  type SummaryLine,
} from './types';

const STATUSES: readonly Status[] = ['matched', 'undeclared', 'absent', 'vague', 'unnamed'];
/** Statuses that are findings in their own right, counted among the kinds beside the flags. */
const STATUS_KINDS: readonly Status[] = ['undeclared', 'absent'];
export const VERDICTS: readonly SiteVerdict[] = ['violation', 'to-check', 'recommendation', 'clean', 'failed'];
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function zero<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

const severityOf = (flag: string): Severity | null => (Object.hasOwn(AUDIT_RULES, flag) ? AUDIT_RULES[flag as AuditFlag].severity : null);

/** A scenario's verdict: its worst severity, `clean`, or `failed`. */
export function scenarioVerdict(s: ScenarioResult): SiteVerdict {
  if (s.failure) return 'failed';
  return s.verdict?.worst ?? worstOf(s.rows.flatMap((r) => r.flags.map(severityOf)));
}

function worstOf(severities: readonly (Severity | null)[]): SiteVerdict {
  return SEVERITY_ORDER.find((s) => severities.includes(s)) ?? 'clean';
}

/** The summary line of one site: distinct cookies (name, domain, path) across its scenarios. */
export function summaryLine(site: SiteResult): SummaryLine {
  const statuses: StatusCounts = zero(STATUSES);
  const severities: SeverityCounts = zero(SEVERITY_ORDER);
  const kinds: Record<string, number> = {};
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && Boolean(seen.add(key));
  for (const scenario of site.scenarios) {
    for (const row of scenario.rows) {
      const cookie = JSON.stringify([row.cookie, row.domain, row.path]);
      if (once(`s${row.status}${cookie}`)) {
        statuses[row.status]++;
        if (STATUS_KINDS.includes(row.status)) kinds[row.status] = (kinds[row.status] ?? 0) + 1;
      }
      for (const flag of row.flags) {
        if (!once(`f${flag}${cookie}`)) continue;
        kinds[flag] = (kinds[flag] ?? 0) + 1;
        const severity = severityOf(flag);
        if (severity) severities[severity]++;
      }
    }
  }
  const charter = site.scenarios.find((s) => s.charter)?.charter ?? null;
  const scenarios: SummaryLine['scenarios'] = {};
  for (const s of site.scenarios) scenarios[s.scenario] = { consent: s.consent?.choice ?? 'none', verdict: scenarioVerdict(s), failure: s.failure };
  const notes = [...new Set(site.scenarios.flatMap((s) => s.notes.map((n) => `${s.scenario}: ${n}`)))];
  const verdict: SiteVerdict = site.failure
    ? 'failed'
    : worstOf(site.scenarios.map(scenarioVerdict).filter((v): v is Severity => v !== 'clean' && v !== 'failed'));
  return {
    host: site.host,
    url: site.url,
    verdict,
    failure: site.failure,
    notes,
    charterUrl: charter?.url ?? null,
    charterSha256: charter?.sha256 ?? null,
    statuses,
    severities,
    kinds: Object.fromEntries(Object.entries(kinds).sort(([a], [b]) => byCode(a, b))),
    scenarios,
  };
}

/**
 * The summary of the site files, sorted by host; `generatedAt` is the only field that depends on
 * when or where (which shard, which machine) it is computed.
 */
export function buildSummary(sites: readonly SiteResult[], generatedAt: string, version: string): Summary {
  const lines = [...sites].sort((a, b) => byCode(a.host, b.host)).map(summaryLine);
  const verdicts = zero(VERDICTS);
  const kinds: Record<string, number> = {};
  for (const line of lines) {
    verdicts[line.verdict]++;
    for (const kind of Object.keys(line.kinds)) kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  const used = new Set(sites.flatMap((s) => s.scenarios.map((x) => x.scenario)));
  const failed = lines.filter((l) => l.failure).length;
  return {
    tool: { name: 'cookie-charter-audit', version },
    generatedAt,
    scenarios: SCENARIOS.filter((s: Scenario) => used.has(s)),
    totals: {
      sites: lines.length,
      audited: lines.length - failed,
      failed,
      verdicts,
      kinds: Object.fromEntries(Object.entries(kinds).sort(([a], [b]) => byCode(a, b))),
    },
    sites: lines,
  };
}

/** Exit status of a run: 3 a violation with --fail-on violation, 1 a site failed, else 0. */
export function exitCodeOf(summary: Summary, failOn: 'violation' | null, interrupted = false): 0 | 1 | 3 {
  if (failOn === 'violation' && summary.totals.verdicts.violation > 0) return 3;
  return summary.totals.failed > 0 || interrupted ? 1 : 0;
}
