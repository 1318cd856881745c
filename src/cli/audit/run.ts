/**
 * A batch run: the sites of the list (after --shard, minus --resume's), `concurrency` at a time,
 * each site's scenarios one after the other, its file written atomically as soon as it ends.
 * Interrupting stops starting sites; what is finished is kept, and the reports cover it.
 */
import { siteFile, readSite, writeReports, writeSite } from './outputs';
import type { Progress } from './progress';
import { inShard } from './shard';
import { exitCodeOf, scenarioVerdict } from './summary';
import { localIso } from './time';
import type { RunArgs } from './args';
import type { Scenario, ScenarioResult, SiteResult, Summary } from './types';
import type { SiteTarget } from './urls';

type ScenarioRun = ScenarioResult & { browser: string | null; extensionVersion: string | null };

/** What a run is given: how to run one scenario (a real browser, or a test's fake), where to report. */
export interface RunDeps {
  runScenario(url: string, scenario: Scenario): Promise<ScenarioRun>;
  /** The progress reporter for the sites left to audit. */
  progress(total: number): Progress;
  version: string;
  /** Becomes true when the run must start no more sites (Ctrl-C). */
  stopping(): boolean;
  /** True when the current sites are abandoned (a second Ctrl-C): their results are dropped. */
  abandoned(): boolean;
}

/** The site file of a site's scenario results; its failure is its first failed scenario's. */
export function siteResult(target: SiteTarget, runs: readonly ScenarioRun[], version: string, startedAt: string): SiteResult {
  const scenarios = runs.map(({ browser: _b, extensionVersion: _e, ...s }) => s);
  return {
    host: target.host,
    url: target.url,
    tool: { name: 'cookie-charter-audit', version },
    browser: runs.find((r) => r.browser)?.browser ?? null,
    extensionVersion: runs.find((r) => r.extensionVersion)?.extensionVersion ?? null,
    startedAt,
    endedAt: runs.at(-1)?.endedAt ?? startedAt,
    scenarios,
    failure: scenarios.find((s) => s.failure)?.failure ?? null,
  };
}

/** Audits one site; null when it was abandoned. A failed scenario ends the site (the next would fail alike). */
async function auditSite(target: SiteTarget, scenarios: readonly Scenario[], deps: RunDeps): Promise<SiteResult | null> {
  const startedAt = localIso(Date.now());
  const runs: ScenarioRun[] = [];
  for (const scenario of scenarios) {
    const run = await deps.runScenario(target.url, scenario);
    if (deps.abandoned()) return null;
    runs.push(run);
    if (run.failure) break;
  }
  return siteResult(target, runs, deps.version, startedAt);
}

export interface RunOutcome {
  summary: Summary;
  code: 0 | 1 | 3;
  interrupted: boolean;
  /** Sites of the list with no file at the end (interrupted before or during them). */
  missing: string[];
}

/** Runs the batch over `targets` and writes the reports; never throws for a site. */
export async function runBatch(args: RunArgs, targets: readonly SiteTarget[], deps: RunDeps): Promise<RunOutcome> {
  const list = args.shard ? inShard(targets, args.shard.index, args.shard.count) : [...targets];
  const held = new Map<string, SiteResult>();
  if (args.resume)
    for (const t of list) {
      const site = readSite(siteFile(args.out, t.host));
      if (site) held.set(t.host, site);
    }
  const todo = list.filter((t) => !held.has(t.host));
  const progress = deps.progress(todo.length);
  if (held.size) progress.note(`audit: resuming: ${held.size} of ${list.length} sites already in ${args.out}`);
  let next = 0;
  const worker = async () => {
    while (!deps.stopping() && next < todo.length) {
      const target = todo[next++]!;
      progress.started(target.host);
      const t0 = Date.now();
      const site = await auditSite(target, args.scenarios, deps);
      if (!site) continue;
      writeSite(args.out, site);
      held.set(site.host, site);
      const verdict = site.failure ? `could not be audited: ${site.failure}` : site.scenarios.map((s) => `${s.scenario} ${scenarioVerdict(s)}`).join(', ');
      progress.finished(target.host, `${verdict} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(args.concurrency, Math.max(1, todo.length)) }, worker));
  } finally {
    progress.close();
  }
  const sites = list.map((t) => held.get(t.host)).filter((s): s is SiteResult => s !== undefined);
  const summary = writeReports(args.out, sites, deps.version);
  const missing = list.filter((t) => !held.has(t.host)).map((t) => t.host);
  const interrupted = missing.length > 0;
  return { summary, code: exitCodeOf(summary, args.failOn, interrupted), interrupted, missing };
}
