/** What the extension answered (audit-get, get-tab-view), turned into a scenario's result fields. */
import type { AuditSnapshot } from '../../contracts/audit';
import type { TabView } from '../../core/findings';
import { localIso } from './time';
import type { ReportLine, ScenarioResult } from './types';

type FromExtension = Pick<ScenarioResult, 'view' | 'charter' | 'consent' | 'rows' | 'report' | 'findings' | 'verdict' | 'phases' | 'timeline' | 'notes'>;

/** The popup's report rows, reduced to name, status, flags and consent class (never a value). */
export function reportLines(view: TabView | null): ReportLine[] {
  if (!view || view.kind !== 'report') return [];
  return view.report.rows.map((row) => ({
    status: row.status,
    flags: [...row.flags],
    cookie: row.observed?.name ?? row.declaredName ?? row.declared?.names.join(' ') ?? '',
    domain: row.observed?.domain ?? null,
    declaredName: row.declaredName,
    consentClass: row.consentClass ?? null,
  }));
}

/** The charter a tab view cites, when it has read one. */
function viewCharter(view: TabView | null): ScenarioResult['charter'] {
  if (view && (view.kind === 'report' || view.kind === 'no-table'))
    return { url: view.source.url, sha256: view.source.sha256, fetchedAt: view.source.fetchedAt };
  return null;
}

/** The fields a scenario takes from the extension; times (seconds) become ISO 8601 with the zone. */
export function fromExtension(snapshot: AuditSnapshot | null, view: TabView | null): FromExtension {
  const charter = snapshot?.source ?? viewCharter(view);
  const notes: string[] = [];
  if (!charter) notes.push(view?.kind === 'not-portal' ? 'no-charter: not a portal, no declaration found' : `no-charter: ${view?.kind ?? 'no report'}`);
  return {
    view: view?.kind ?? null,
    charter: charter ? { url: charter.url, sha256: charter.sha256, fetchedAt: charter.fetchedAt } : null,
    consent: snapshot?.consent ?? (view?.kind === 'report' ? (view.consent ?? null) : null),
    rows: snapshot?.rows ?? [],
    report: reportLines(view),
    findings: snapshot?.findings ?? [],
    verdict: snapshot?.verdict ?? null,
    phases: (snapshot?.phases ?? []).map((p) => ({ ...p, startedAt: localIso(p.startedAt * 1000) })),
    timeline: (snapshot?.timeline ?? []).map(({ t, ...rest }) => ({ at: localIso(t * 1000), ...rest })),
    notes,
  };
}

/** Same-site links of a page worth a page view: http(s), not the page itself, not a file download. */
export function pickPageViews(links: readonly string[], pageUrl: string, sameSite: (host: string) => boolean, count = 2): string[] {
  const here = new URL(pageUrl);
  here.hash = '';
  const picked: string[] = [];
  for (const link of links) {
    if (!URL.canParse(link)) continue;
    const url = new URL(link);
    url.hash = '';
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !sameSite(url.hostname) || url.href === here.href) continue;
    if (/\.(?:pdf|zip|csv|xlsx?|json|geojson|xml|docx?|odt|ods|png|jpe?g|gif|svg|mp[34])$/i.test(url.pathname)) continue;
    if (/log-?out|sign-?out|deconnexion|d%C3%A9connexion|abmelden/i.test(url.href)) continue;
    if (!picked.includes(url.href)) picked.push(url.href);
    if (picked.length === count) break;
  }
  while (picked.length < count) picked.push(here.href);
  return picked;
}
