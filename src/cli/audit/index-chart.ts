/** The chart of index.html: findings by kind across sites, as inline SVG (no script, no font glyph). */
import { AUDIT_RULES } from '../../core/consent/audit-rules';
import type { AuditFlag } from '../../core/consent/types';
import { escapeHtml } from './html';

const ROW = 22;
const LABEL = 190;
const WIDTH = 560;

/** Colour class of a kind: the audit flags by severity, the rest neutral. */
export function kindClass(kind: string): string {
  return Object.hasOwn(AUDIT_RULES, kind) ? `sev-${AUDIT_RULES[kind as AuditFlag].severity}` : 'sev-none';
}

/**
 * Horizontal bars, one per kind, longest first: how many sites show it.
 * @example findingsChart({ 'set-before-choice': 3 }, 10) // '<svg ...>…</svg>'
 */
export function findingsChart(kinds: Record<string, number>, sites: number): string {
  const entries = Object.entries(kinds).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  if (entries.length === 0) return '<p class="empty">No finding on any site.</p>';
  const max = Math.max(1, sites);
  const height = entries.length * ROW + 8;
  const bars = entries.map(([kind, count], i) => {
    const y = i * ROW + 4;
    const width = Math.max(2, Math.round(((WIDTH - LABEL - 50) * count) / max));
    return (
      `<g class="bar ${kindClass(kind)}" data-kind="${escapeHtml(kind)}"><title>${escapeHtml(kind)}: ${count} of ${sites} sites</title>` +
      `<text x="${LABEL - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(kind)}</text>` +
      `<rect x="${LABEL}" y="${y + 2}" width="${width}" height="${ROW - 6}" rx="2"></rect>` +
      `<text x="${LABEL + width + 6}" y="${y + 14}">${count}</text></g>`
    );
  });
  return (
    `<svg class="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="chart-title">Findings by kind: number of sites (of ${sites}) showing each</title>${bars.join('')}</svg>`
  );
}
