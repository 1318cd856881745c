/** The output folder: site files written atomically as each site ends, then summary, CSV and index. */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeC1InJson } from '../terminal';
import { summaryCsv } from './csv';
import { renderIndex } from './index-html';
import { buildSummary } from './summary';
import { localIso } from './time';
import type { SiteResult, Summary } from './types';

/** Writes `text` to a temporary name beside `path`, then renames it: a reader never sees half a file. */
export function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Cookie values never reach a file: a `value` key anywhere is dropped on the way out. */
const json = (data: unknown) => `${escapeC1InJson(JSON.stringify(data, (key, value: unknown) => (key === 'value' ? undefined : value), 2))}\n`;

export const sitesDir = (out: string) => join(out, 'sites');
export const siteFile = (out: string, host: string) => join(sitesDir(out), `${host}.json`);

/** `<out>/sites/<host>.json`, atomically. */
export function writeSite(out: string, site: SiteResult): void {
  mkdirSync(sitesDir(out), { recursive: true });
  writeAtomic(siteFile(out, site.host), json(site));
}

function isSiteResult(value: unknown): value is SiteResult {
  const v = value as SiteResult;
  return typeof v === 'object' && v !== null && typeof v.host === 'string' && typeof v.url === 'string' && Array.isArray(v.scenarios);
}

/** A site file, or null when it is missing, half-written or not one. */
export function readSite(path: string): SiteResult | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return isSiteResult(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Every readable site file in `<dir>/sites`. */
export function readSites(dir: string): SiteResult[] {
  const folder = sitesDir(dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readSite(join(folder, f)))
    .filter((s): s is SiteResult => s !== null);
}

/** summary.json, summary.csv and index.html of `sites`; returns the summary. */
export function writeReports(out: string, sites: readonly SiteResult[], version: string): Summary {
  mkdirSync(out, { recursive: true });
  const summary = buildSummary(sites, localIso(Date.now()), version);
  writeAtomic(join(out, 'summary.json'), json(summary));
  writeAtomic(join(out, 'summary.csv'), summaryCsv(summary));
  writeAtomic(join(out, 'index.html'), renderIndex(summary, sites));
  return summary;
}
