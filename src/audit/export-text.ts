/** The audit as CSV and Markdown, neutralised for spreadsheets and Markdown renderers (core/export). */
import type { AuditRow, AuditSnapshot } from '../contracts/audit';
import { AUDIT_FLAG_ORDER, AUDIT_RULES } from '../core/consent/audit-rules';
import type { TimelineEvent } from '../core/consent/types';
import { formatCsv } from '../core/export/csv-format';
import { mdCell, mdHeader, mdRow } from '../core/export/markdown-text';
import type { ExportMeta } from '../core/export/meta';
import type { Locale } from '../popup/format/locale';
import { isoOrEmpty } from './export';
import { consentText, endText, PHASE_ORDER, restoreText, ruleMessageKey, verdictLine } from './format';

/** CSV columns: the row's contract fields, then its phase and events. */
export const AUDIT_CSV_COLUMNS = [
  'cookie',
  'domain',
  'path',
  'status',
  'flags',
  'consent_class',
  'severity',
  'phase',
  'first_event',
  'first_event_at',
  'last_event',
  'last_event_at',
  'events',
  ...PHASE_ORDER.map((p) => `writes_${p.replaceAll('-', '_')}`),
] as const;

const keyOf = (name: string, domain: string | null, path: string | null) => `${name}\u0000${domain ?? ''}\u0000${path ?? ''}`;

function eventsByCookie(timeline: readonly TimelineEvent[]): Map<string, TimelineEvent[]> {
  const map = new Map<string, TimelineEvent[]>();
  for (const e of [...timeline].sort((a, b) => a.t - b.t)) {
    const key = keyOf(e.name, e.domain, e.path);
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  }
  return map;
}

function csvRow(r: AuditRow, events: readonly TimelineEvent[], offset: number): string[] {
  const first = events[0];
  const last = events.at(-1);
  const writes = (phase: string) => String(events.filter((e) => e.phase === phase && (e.event === 'set' || e.event === 'renewed')).length);
  return [
    r.cookie,
    r.domain ?? '',
    r.path ?? '',
    r.status,
    r.flags.join(' '),
    r.consentClass,
    r.severity ?? '',
    r.phase ?? '',
    first?.event ?? '',
    isoOrEmpty(first?.t, offset),
    last?.event ?? '',
    isoOrEmpty(last?.t, offset),
    String(events.length),
    ...PHASE_ORDER.map(writes),
  ];
}

/**
 * RFC 4180 CSV: one line per audit row (formula cells defused by formatCsv).
 * @example auditCsv(snapshot, 60).split('\r\n')[0] // 'cookie,domain,path,status,flags,...'
 */
export function auditCsv(s: AuditSnapshot, offsetMinutes: number): string {
  const events = eventsByCookie(s.timeline);
  return formatCsv([[...AUDIT_CSV_COLUMNS], ...s.rows.map((r) => csvRow(r, events.get(keyOf(r.cookie, r.domain, r.path)) ?? [], offsetMinutes))]);
}

/** Markdown for a report or an issue; every piece of page-sourced text goes through mdCell. */
export function auditMarkdown(s: AuditSnapshot, meta: ExportMeta, offsetMinutes: number, L: Locale): string {
  const iso = (t: number | null) => isoOrEmpty(t, offsetMinutes) || '—';
  const lines = [
    `# Consent audit: ${mdCell(s.site ?? (s.pageUrl || 'unknown site'))}`,
    '',
    `- Page: ${mdCell(s.pageUrl ?? 'unknown')}`,
    `- Charter: ${mdCell(meta.charterUrl || 'none')}`,
    `- Charter fetched: ${mdCell(meta.fetchedAt || '—')}`,
    `- Charter SHA-256: ${mdCell(meta.charterSha256 || '—')}`,
    `- Audit: ${iso(s.startedAt)} – ${iso(s.endedAt)} ${mdCell(endText(s.endReason, L))}`,
    `- Cookie Charter ${mdCell(meta.extensionVersion)} (${mdCell(meta.browser)})`,
    '',
    `**${mdCell(verdictLine(s.verdict, L))}**`,
    '',
    ...(s.restored ? [mdCell(restoreText(s.restored, L)), ''] : []),
    '## Phases',
    '',
    mdHeader(['Phase', 'Started', 'Consent', 'Writes']),
    ...s.phases.map((p) => mdRow([p.phase, iso(p.startedAt), consentText(p.consent, L), String(s.verdict?.writesByPhase[p.phase] ?? '')])),
    '',
    '## Findings',
    '',
  ];
  for (const flag of AUDIT_FLAG_ORDER) {
    const cookies = s.findings.filter((f) => f.flags.includes(flag));
    if (!cookies.length) continue;
    const rule = AUDIT_RULES[flag];
    lines.push(`### ${flag} (${rule.severity}, ${cookies.length})`, '', mdCell(L.t(ruleMessageKey(rule.ruleKey))), '');
    // The sources are ours (core/consent/audit-rules), not the page's: real links.
    for (const src of rule.sources) lines.push(`- [${mdCell(src.label)}](${src.url})`);
    lines.push('', `Cookies: ${cookies.map((c) => `${mdCell(c.name)} (${mdCell(c.domain)})`).join(', ')}`, '');
  }
  lines.push(
    '## Cookies',
    '',
    mdHeader(['Cookie', 'Domain', 'Status', 'Consent class', 'First written', 'Flags']),
    ...s.rows.map((r) => mdRow([r.cookie, r.domain ?? '', r.status, r.consentClass, r.phase ?? '', r.flags.join(', ')])),
    '',
  );
  return lines.join('\n');
}
