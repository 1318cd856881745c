/**
 * How much a charter may make us store. Merged cells copy one cell's text into every row and
 * column they cover, so 28.8 KB of `rowspan` could become 9.2 MB of declaration (and 61 MB
 * in Firefox's storage). Each cap is far beyond any real charter (the largest real table has a
 * `colspan="5"` and a `rowspan="3"`), and together they bound a declaration's JSON both in
 * absolute size and as a small multiple of the page it was read from.
 */
import type { DeclaredEntry } from '../types';

/** A cell spans at most this many columns (HTML allows 1000). */
export const MAX_COLSPAN = 20;
/** A cell spans at most this many rows (HTML allows 65,534, or "0": to the end). */
export const MAX_ROWSPAN = 300;
/** Grid slots (rows × columns) laid out per table; rows past them are not read. */
export const MAX_GRID_SLOTS = 500_000;
/** Entries per declaration: the hostile suite's 20,000-row charter is read whole (README). */
export const MAX_ENTRIES = 20_000;
/** Characters kept per text field (a purpose is a few hundred); longer ones end with "…". */
export const MAX_FIELD_CHARS = 4000;
/** Section headings and titles are repeated on every entry: kept short. */
export const MAX_SECTION_CHARS = 300;
/** Names or patterns per entry, and characters per name. */
export const MAX_NAMES = 64;
export const MAX_NAME_CHARS = 256;
/** Absolute cap on a declaration's JSON (`JSON.stringify`, in UTF-16 code units). */
export const MAX_DECLARATION_BYTES = 8 * 1024 * 1024;
/** Relative cap: a declaration's JSON is at most this many times the page's HTML length, plus BASE. */
export const DECLARATION_SIZE_FACTOR = 8;
export const DECLARATION_SIZE_BASE = 256 * 1024;

/**
 * `text` cut to `max` characters, the cut marked with "…" (never in the middle of a surrogate pair).
 * @example clip('abcdef', 4) // 'abc…'
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** What the declaration's title, URL and braces may take beside its entries. */
const WRAPPER_ROOM = 4096;

/** JSON size of one entry plus its comma in the entries array. */
export const entrySize = (entry: DeclaredEntry): number => JSON.stringify(entry).length + 1;

/**
 * Running size of a declaration's entries against its caps. The relative cap needs the page's
 * size, which costs a serialisation of the document: it is asked for only once the entries
 * pass DECLARATION_SIZE_BASE, which no real charter does.
 */
export class DeclarationBudget {
  private used = 0;
  private count = 0;
  private limit: number | undefined;

  constructor(private readonly sourceLength: () => number) {}

  /** Counts `entry` in and says whether it fits; once one does not, nothing more is taken. */
  take(entry: DeclaredEntry): boolean {
    if (this.count >= MAX_ENTRIES) return false;
    const size = entrySize(entry);
    if (this.used + size > DECLARATION_SIZE_BASE && this.limit === undefined) {
      // Room left for the title, the URL and the braces around the entries.
      const relative = DECLARATION_SIZE_FACTOR * this.sourceLength() + DECLARATION_SIZE_BASE;
      this.limit = Math.min(MAX_DECLARATION_BYTES, relative) - WRAPPER_ROOM;
    }
    if (this.limit !== undefined && this.used + size > this.limit) {
      this.count = MAX_ENTRIES;
      return false;
    }
    this.used += size;
    this.count += 1;
    return true;
  }

  /** Whether more entries may still be taken. */
  get open(): boolean {
    return this.count < MAX_ENTRIES;
  }
}
