/**
 * index.html: ONE self-contained page (inline style and script allowed by hash in a strict CSP,
 * no request of any kind): the sites × findings table, the chart, and a section per site.
 */
import { createHash } from 'node:crypto';
import { findingsChart, kindClass } from './index-chart';
import { INDEX_CSS, INDEX_JS } from './index-assets';
import { escapeHtml as e, siteAnchor } from './html';
import { siteSection } from './index-site';
import { VERDICTS } from './summary';
import type { SiteResult, Summary, SummaryLine } from './types';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's Content-Security-Policy: nothing but its own inline style and script. */
export function indexCsp(): string {
  return `default-src 'none'; style-src ${hash(INDEX_CSS)}; script-src ${hash(INDEX_JS)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
}

const RANK = Object.fromEntries(VERDICTS.map((v, i) => [v, i]));
const num = (n: number, cls = '') => `<td class="n${cls ? ` ${cls}` : ''}" data-value="${n}">${n}</td>`;

function header(label: string, col: number, type: 'number' | 'text', cls = ''): string {
  return `<th scope="col"${cls ? ` class="${cls}"` : ''}><button type="button" data-col="${col}" data-type="${type}">${e(label)}</button></th>`;
}

function siteRow(line: SummaryLine, kinds: readonly string[]): string {
  const consent = (['refuse', 'accept'] as const).map((s) => line.scenarios[s]?.consent ?? '—').join(' / ');
  return (
    `<tr data-site="${e(line.host)}" data-verdict="${e(line.verdict)}">` +
    `<th scope="row" data-value="${e(line.host)}"><a href="#${e(siteAnchor(line.host))}">${e(line.host)}</a></th>` +
    `<td class="verdict v-${e(line.verdict)}" data-value="${RANK[line.verdict] ?? 9}">${e(line.verdict)}</td>` +
    num(line.severities.violation) +
    num(line.severities['to-check']) +
    num(line.severities.recommendation) +
    kinds.map((k) => num(line.kinds[k] ?? 0)).join('') +
    `<td>${e(consent)}</td><td>${e(line.failure ?? '')}${line.notes.length ? ` <span class="muted">${e(line.notes.join('; '))}</span>` : ''}</td></tr>`
  );
}

/** The whole index.html of a summary and its site files. */
export function renderIndex(summary: Summary, sites: readonly SiteResult[]): string {
  const kinds = Object.keys(summary.totals.kinds);
  const byHost = new Map(sites.map((s) => [s.host, s]));
  const heads = [
    header('Site', 0, 'text'),
    header('Verdict', 1, 'number'),
    header('Violations', 2, 'number', 'n'),
    header('To check', 3, 'number', 'n'),
    header('Recommendations', 4, 'number', 'n'),
    ...kinds.map((k, i) => header(k, 5 + i, 'number', `n ${kindClass(k)}`)),
    header('Consent (refuse / accept)', 5 + kinds.length, 'text'),
    header('Failure / notes', 6 + kinds.length, 'text'),
  ];
  const options = VERDICTS.map((v) => `<option value="${v}">${v} (${summary.totals.verdicts[v]})</option>`).join('');
  const { totals } = summary;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${indexCsp()}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consent audit: ${totals.sites} sites</title>
<style>${INDEX_CSS}</style></head>
<body><header id="top"><h1>Consent audit of ${totals.sites} sites</h1>
<p>${totals.audited} audited, ${totals.failed} could not be; ${totals.verdicts.violation} with a violation. Scenarios: ${e(summary.scenarios.join(', '))}.
Generated ${e(summary.generatedAt)} by ${e(summary.tool.name)} ${e(summary.tool.version)}.</p></header>
<main><h2>Findings by kind</h2>${findingsChart(totals.kinds, totals.sites)}
<h2>Sites</h2>
<div class="controls"><label>Filter <input type="search" id="filter" placeholder="host, finding, reason" autocomplete="off"></label>
<label>Verdict <select id="verdict-filter"><option value="">all</option>${options}</select></label>
<span><span id="shown">${totals.sites}</span> of ${totals.sites} shown</span></div>
<table id="sites"><thead><tr>${heads.join('')}</tr></thead><tbody>
${summary.sites.map((l) => siteRow(l, kinds)).join('\n')}
</tbody></table>
${summary.sites.map((l) => siteSection(l, byHost.get(l.host))).join('\n')}
<p class="hint muted">Choose a site in the table to see its scenarios and timeline.</p>
</main><script>${INDEX_JS}</script></body></html>
`;
}
