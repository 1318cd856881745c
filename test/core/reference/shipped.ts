/**
 * The reference data as the extension ships it, compacted in-process from the files in
 * src/data (the same function the build calls), for the reference tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM module of the build
import { compactReference as compact } from '../../../scripts/reference-data.mjs';
import { buildReferenceIndex, type ReferenceIndex } from '../../../src/core/reference/build-index';
import type { CompactReference } from '../../../src/core/reference/types';

export const ROOT = join(__dirname, '../../..');
const DATA = join(ROOT, 'src/data');

/** The shipped Open Cookie Database CSV, as text. */
export const CSV: string = readFileSync(join(DATA, 'open-cookie-database/open-cookie-database.csv'), 'utf8');
/** The shipped SOURCE line. */
export const SOURCE: string = readFileSync(join(DATA, 'open-cookie-database/SOURCE'), 'utf8');

/** A supplement entry as written in src/data/reference-supplement.json. */
export interface SupplementEntry {
  name: string;
  prefix?: boolean;
  platform: string;
  category: string;
  retention?: string;
  domain?: string;
  reason: string;
  evidence?: string;
}

/** The shipped supplement, parsed. */
export const SUPPLEMENT: { entries: SupplementEntry[] } = JSON.parse(readFileSync(join(DATA, 'reference-supplement.json'), 'utf8'));

/** `compactReference` of scripts/reference-data.mjs, typed. */
export const compactReference = compact as (csv: string, supplement: { entries: unknown[] }, source?: string) => CompactReference;

let shipped: ReferenceIndex | undefined;
let ocdOnly: ReferenceIndex | undefined;

/** The index the extension builds from its reference.json.gz (the same JSON, gzipped by the build). */
export function shippedIndex(): ReferenceIndex {
  shipped ??= buildReferenceIndex(compactReference(CSV, SUPPLEMENT, SOURCE));
  return shipped;
}

/** The index of the Open Cookie Database alone (no supplement). */
export function ocdOnlyIndex(): ReferenceIndex {
  ocdOnly ??= buildReferenceIndex(compactReference(CSV, { entries: [] }, SOURCE));
  return ocdOnly;
}

/** An index of a small hand-written CSV body (the header is added) and supplement. */
export function indexOf(rows: string[], supplement: unknown[] = []): ReferenceIndex {
  const header =
    'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match';
  return buildReferenceIndex(compactReference([header, ...rows].join('\n'), { entries: supplement }));
}
