/**
 * The reference database's plain-data shapes (docs/ARCHITECTURE.md, "Any site, any declaration"):
 * the compact file the build writes (`reference.json`, from the Open Cookie Database and Cookie
 * Charter's supplement) and what a lookup answers. Pure types, no behaviour.
 */

/** The Open Cookie Database's categories, lower-cased ("Necessary" rows count as functional). */
export type ReferenceCategory = 'functional' | 'analytics' | 'marketing' | 'personalization' | 'security';

/** Where an answer comes from: the Open Cookie Database, or Cookie Charter's own supplement. */
export type ReferenceSource = 'open-cookie-database' | 'supplement';

/** A usual retention period: the text as the source writes it, and what it means in numbers. */
export interface ReferenceRetention {
  /** As written ("13 months by default, modifiable", "session", "forever"). */
  text: string;
  /** The longest lifetime the text names, in seconds; absent when it names none. */
  seconds?: number;
  /** The text names no lifetime but the browsing session. */
  session?: true;
}

/** What the reference says about one cookie name. */
export interface ReferenceHit {
  /** The platform or vendor that sets it; '' when the source names none. */
  platform: string;
  category: ReferenceCategory;
  retention?: ReferenceRetention;
  source: ReferenceSource;
  /** `exact`: the source lists this very name; `prefix`: it lists `key` as a name prefix. */
  match: 'exact' | 'prefix';
  /** The name or prefix as the source lists it. */
  key: string;
}

/**
 * One compact entry: `[name, platform index, category index, retention index | -1, prefix 0|1,
 * registrable domains space-joined?]`.
 */
export type CompactEntry = [string, number, number, number, 0 | 1] | [string, number, number, number, 0 | 1, string];

/** The file `scripts/reference-data.mjs` writes (format `cookie-charter-reference/1`). */
export interface CompactReference {
  format: string;
  /** The upstream's SOURCE line: project, commit, licence. */
  source: string;
  categories: ReferenceCategory[];
  platforms: string[];
  retentions: ReferenceRetention[];
  ocd: CompactEntry[];
  supplement: CompactEntry[];
}
