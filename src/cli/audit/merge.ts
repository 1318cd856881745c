/** `npm run audit -- merge <dir>...`: the site files of several runs (shards) in one output. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readSites, writeReports, writeSite } from './outputs';
import type { SiteResult, Summary } from './types';

/**
 * One site per host; when two folders hold the same host (a shard run twice), the later-ending
 * result wins, so the outcome does not depend on the order of the folders.
 */
export function joinSites(lists: readonly (readonly SiteResult[])[]): SiteResult[] {
  const byHost = new Map<string, SiteResult>();
  for (const site of lists.flat()) {
    const held = byHost.get(site.host);
    if (!held || site.endedAt > held.endedAt || (site.endedAt === held.endedAt && JSON.stringify(site) > JSON.stringify(held))) byHost.set(site.host, site);
  }
  return [...byHost.values()];
}

/**
 * Merges `dirs` into `out`; an error message when a folder is missing or is no audit output. A
 * shard whose hosts all fell elsewhere holds a summary.json and no site file: it adds no site.
 */
export function mergeOutputs(dirs: readonly string[], out: string, version: string): { summary: Summary } | { error: string } {
  const lists: SiteResult[][] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) return { error: `merge: no folder ${dir}` };
    const sites = readSites(dir);
    if (sites.length === 0 && !existsSync(join(dir, 'summary.json'))) return { error: `merge: no site file in ${dir}/sites` };
    lists.push(sites);
  }
  const sites = joinSites(lists);
  for (const site of sites) writeSite(out, site);
  return { summary: writeReports(out, sites, version) };
}
