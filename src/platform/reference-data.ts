/**
 * The reference database (the Open Cookie Database and Cookie Charter's supplement), loaded from
 * the extension's own `reference.json.gz` the first time a view needs it, and indexed once per
 * worker lifetime: most views are decided by the charter and the known-tracker table alone.
 */
import { buildReferenceIndex, type ReferenceIndex } from '../core/reference/build-index';
import { readPackedJson } from './packed-json';

/** Where scripts/build.mjs writes the reference data in the extension, gzipped. */
export const REFERENCE_PATH = 'reference.json.gz';

let loading: Promise<ReferenceIndex | undefined> | undefined;
let loaded: ReferenceIndex | undefined;

async function load(): Promise<ReferenceIndex | undefined> {
  try {
    loaded = buildReferenceIndex(await readPackedJson(REFERENCE_PATH));
    return loaded;
  } catch (error) {
    // Without the database, classes stay "unknown": the view still shows; a later view tries again.
    console.warn('[ext] the reference data could not be loaded', error instanceof Error ? error.message : error);
    loading = undefined;
    return undefined;
  }
}

/** The index if it is already built, without waiting. */
export function referenceIndexNow(): ReferenceIndex | undefined {
  return loaded;
}

/** The index, loading and building it on first use; undefined when the file cannot be read. */
export function referenceIndex(): Promise<ReferenceIndex | undefined> {
  loading ??= load();
  return loading;
}
