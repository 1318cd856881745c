/** A site's own section of index.html (`#site-<host>`): each scenario, its findings and timeline. */
import { escapeHtml as e, linkOrText, siteAnchor } from './html';
import { scenarioVerdict } from './summary';
import type { ScenarioResult, SiteResult, SummaryLine } from './types';

/** At most this many timeline lines per scenario in the page (the site file has them all). */
const MAX_TIMELINE = 500;

function rowsTable(s: ScenarioResult): string {
  if (s.rows.length === 0) return '<p class="muted">No cookie recorded.</p>';
  const rows = s.rows.map(
    (r) =>
      `<tr data-cookie="${e(r.cookie)}" data-status="${e(r.status)}" data-flags="${e(r.flags.join(' '))}">` +
      `<td class="mono">${e(r.cookie)}</td><td class="mono">${e(r.domain ?? '')}</td><td>${e(r.status)}</td>` +
      `<td>${e(r.flags.join(', '))}</td><td>${e(r.consentClass)}</td><td>${e(r.phase ?? '')}</td><td class="v-${e(r.severity ?? 'clean')}">${e(r.severity ?? '')}</td></tr>`,
  );
  return `<table><thead><tr><th>Cookie</th><th>Domain</th><th>Status</th><th>Flags</th><th>Consent class</th><th>First written</th><th>Severity</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function timelineTable(s: ScenarioResult): string {
  if (s.timeline.length === 0) return '<p class="muted">No cookie event.</p>';
  const shown = s.timeline.slice(0, MAX_TIMELINE);
  const more = s.timeline.length - shown.length;
  const rows = shown.map(
    (t) =>
      `<tr><td class="mono">${e(t.at)}</td><td>${e(t.phase)}</td><td>${e(t.event)}</td><td class="mono">${e(t.name)}</td><td class="mono">${e(t.domain)}${e(t.path)}</td><td>${e(t.consentClass)}</td></tr>`,
  );
  return (
    `<table class="timeline"><caption>Timeline (${s.timeline.length} events)</caption><thead><tr><th>Time</th><th>Phase</th><th>Event</th><th>Cookie</th><th>Where</th><th>Consent class</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>${more > 0 ? `<p class="muted">${more} more events in the site file.</p>` : ''}`
  );
}

function scenarioBlock(s: ScenarioResult): string {
  const verdict = scenarioVerdict(s);
  const consent = s.consent ? `${s.consent.cmp}: ${s.consent.choice}${s.consent.decided ? '' : ' (undecided)'}` : 'no consent cookie read';
  const choice = s.choice ? (s.choice.ok ? `made by autoconsent (${s.choice.cmp ?? 'rule'})` : `not made: ${s.choice.reason ?? 'unknown reason'}`) : null;
  const phases = s.phases.map((p) => `${p.phase} from ${p.startedAt}`).join('; ');
  return `<h3>${e(s.scenario)}: <span class="verdict v-${e(verdict)}">${e(verdict)}</span></h3>
<ul><li>Page: ${linkOrText(s.finalUrl ?? s.url)}${s.httpStatus !== null ? ` (HTTP ${s.httpStatus})` : ''}; view: ${e(s.view ?? '—')}</li>
<li>Charter: ${s.charter ? `${linkOrText(s.charter.url)} <span class="mono">SHA-256 ${e(s.charter.sha256)}</span>` : 'none found'}</li>
<li>Consent: ${e(consent)}${choice ? `; choice ${e(choice)}` : ''}</li>
${phases ? `<li>Phases: ${e(phases)}</li>` : ''}${s.failure ? `<li>Failure: ${e(s.failure)}</li>` : ''}${s.notes.length ? `<li>Notes: ${e(s.notes.join('; '))}</li>` : ''}
<li class="muted">${e(s.startedAt)} to ${e(s.endedAt)}</li></ul>
${rowsTable(s)}${timelineTable(s)}`;
}

/** The section of one site; `site` absent (a summary without its file) gives the line alone. */
export function siteSection(line: SummaryLine, site: SiteResult | undefined): string {
  const about = site
    ? `<p>${linkOrText(site.url)}; ${e(site.browser ?? 'browser unknown')}, extension ${e(site.extensionVersion ?? '?')}; ${e(site.startedAt)} to ${e(site.endedAt)}.</p>`
    : '';
  return `<section class="site" id="${e(siteAnchor(line.host))}" data-site="${e(line.host)}"><h2>${e(line.host)}: <span class="verdict v-${e(line.verdict)}">${e(line.verdict)}</span></h2>
<p class="back"><a href="#top">Back to all sites</a></p>${about}${line.failure ? `<p>Could not be audited: ${e(line.failure)}</p>` : ''}
${(site?.scenarios ?? []).map(scenarioBlock).join('\n')}</section>`;
}
