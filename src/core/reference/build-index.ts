/**
 * Turns the compact reference file into an index built once per worker: a Map for exact names and
 * a Map per prefix with the distinct prefix lengths, longest first, so a lookup costs one Map probe
 * per distinct length (about thirty) whatever the number of entries.
 */
import type { CompactEntry, CompactReference, ReferenceCategory, ReferenceHit, ReferenceRetention, ReferenceSource } from './types';

export const REFERENCE_FORMAT = 'cookie-charter-reference/1';

const CATEGORIES: readonly ReferenceCategory[] = ['functional', 'analytics', 'marketing', 'personalization', 'security'];

/** One indexed row: the answer it gives, frozen, and the registrable domains its source names. */
export interface IndexedRow {
  hit: Readonly<ReferenceHit>;
  domains: readonly string[];
}

/** What `lookupReference` searches. Rows sharing a key keep supplement-then-OCD, file order. */
export interface ReferenceIndex {
  exact: ReadonlyMap<string, readonly IndexedRow[]>;
  prefixes: ReadonlyMap<string, readonly IndexedRow[]>;
  /** Distinct prefix lengths, longest first. */
  prefixLengths: readonly number[];
  /** No exact name is longer: a longer name needs no exact probe. */
  maxExactLength: number;
  /** The upstream's SOURCE line, for the licence notice. */
  source: string;
}

function fail(what: string): never {
  throw new Error(`[reference] reference.json: ${what}`);
}

function isRetention(value: unknown): value is ReferenceRetention {
  const r = value as ReferenceRetention;
  return typeof value === 'object' && value !== null && typeof r.text === 'string' && (r.seconds === undefined || Number.isFinite(r.seconds));
}

function rowOf(entry: CompactEntry, file: CompactReference, source: ReferenceSource, at: string): IndexedRow {
  const [name, platformAt, categoryAt, retentionAt, prefix, domains = ''] = entry;
  const platform = file.platforms[platformAt];
  const category = CATEGORIES[categoryAt];
  const retention = retentionAt === -1 ? undefined : file.retentions[retentionAt];
  if (
    typeof name !== 'string' ||
    name === '' ||
    typeof platform !== 'string' ||
    !category ||
    (retentionAt !== -1 && !isRetention(retention)) ||
    typeof domains !== 'string'
  ) {
    fail(`bad entry ${at}`);
  }
  const hit: ReferenceHit = { platform, category, source, match: prefix === 1 ? 'prefix' : 'exact', key: name };
  if (retention) hit.retention = Object.freeze({ ...retention });
  return { hit: Object.freeze(hit), domains: domains === '' ? [] : Object.freeze(domains.split(' ')) };
}

function add(map: Map<string, IndexedRow[]>, key: string, row: IndexedRow): void {
  const rows = map.get(key);
  if (rows) rows.push(row);
  else map.set(key, [row]);
}

/**
 * The index of a parsed `reference.json`. Throws on a file of another format or a malformed entry:
 * the file is the build's own output, so either is a build bug, never the user's input.
 * @example lookupReference(buildReferenceIndex(json), '_ga') // { platform: 'Google Analytics', … }
 */
export function buildReferenceIndex(json: unknown): ReferenceIndex {
  const file = json as CompactReference;
  if (typeof json !== 'object' || json === null || file.format !== REFERENCE_FORMAT) fail(`not ${REFERENCE_FORMAT}`);
  if (!Array.isArray(file.platforms) || !Array.isArray(file.retentions) || !Array.isArray(file.ocd) || !Array.isArray(file.supplement)) fail('missing tables');
  if (file.categories !== undefined && file.categories.join() !== CATEGORIES.join()) fail('unexpected categories');
  const exact = new Map<string, IndexedRow[]>();
  const prefixes = new Map<string, IndexedRow[]>();
  let maxExactLength = 0;
  const load = (entries: CompactEntry[], source: ReferenceSource) =>
    entries.forEach((entry, n) => {
      if (!Array.isArray(entry)) fail(`bad entry ${source} #${n}`);
      const row = rowOf(entry, file, source, `${source} #${n}`);
      if (row.hit.match === 'prefix') add(prefixes, row.hit.key, row);
      else {
        add(exact, row.hit.key, row);
        maxExactLength = Math.max(maxExactLength, row.hit.key.length);
      }
    });
  load(file.supplement, 'supplement');
  load(file.ocd, 'open-cookie-database');
  const prefixLengths = [...new Set([...prefixes.keys()].map((key) => key.length))].sort((a, b) => b - a);
  return { exact, prefixes, prefixLengths, maxExactLength, source: typeof file.source === 'string' ? file.source : '' };
}
