/**
 * Every name a declaration writes, compiled once and indexed: exact names in a Map, patterns in
 * a short list sorted most specific first. Looking a cookie up costs one Map lookup plus one
 * string test per pattern (charters declare a handful), so comparison stays linear.
 */
import type { DeclaredEntry } from '../types';
import { compileName, type NameMatcher } from './name-matcher';

/** One written name of one declared entry. `id` is its position in declaration order. */
export interface DeclaredName {
  id: number;
  entryIndex: number;
  entry: DeclaredEntry;
  written: string;
  matcher: NameMatcher;
}

/** An entry that names no cookie: it declares a category or a vendor. */
export interface UnnamedEntry {
  entryIndex: number;
  entry: DeclaredEntry;
}

export interface MatcherIndex {
  /** Every (entry, written name) pair, in declaration order. */
  readonly names: readonly DeclaredName[];
  /** Entries with no name, in declaration order. */
  readonly unnamed: readonly UnnamedEntry[];
  /** The best declared name for a cookie name: exact first, then the longest prefix, then the earliest. */
  match(cookieName: string): DeclaredName | undefined;
  /** Every declared name that covers a cookie name, best first. */
  matchAll(cookieName: string): DeclaredName[];
}

/**
 * Compiles and indexes the names of a declaration.
 * @example
 * const index = buildMatcherIndex(declaration.entries);
 * index.match('_pk_id.1.abcd')?.written // '_pk_id.*'
 */
export function buildMatcherIndex(entries: readonly DeclaredEntry[]): MatcherIndex {
  const names: DeclaredName[] = [];
  const unnamed: UnnamedEntry[] = [];
  const exact = new Map<string, DeclaredName[]>();
  const patterns: DeclaredName[] = [];
  entries.forEach((entry, entryIndex) => {
    if (entry.names.length === 0) unnamed.push({ entryIndex, entry });
    for (const written of entry.names) {
      const declared: DeclaredName = { id: names.length, entryIndex, entry, written, matcher: compileName(written) };
      names.push(declared);
      if (declared.matcher.kind === 'pattern') patterns.push(declared);
      else {
        const key = declared.matcher.literal ?? written;
        const list = exact.get(key);
        if (list) list.push(declared);
        else exact.set(key, [declared]);
      }
    }
  });
  // Most specific first: a longer literal prefix wins; ties keep declaration order (sort is stable).
  patterns.sort((a, b) => (b.matcher.prefix?.length ?? 0) - (a.matcher.prefix?.length ?? 0));

  return {
    names,
    unnamed,
    match(cookieName) {
      const hit = exact.get(cookieName);
      if (hit) return hit[0];
      return patterns.find((p) => p.matcher.test(cookieName));
    },
    matchAll(cookieName) {
      const hits = [...(exact.get(cookieName) ?? [])];
      for (const p of patterns) if (p.matcher.test(cookieName)) hits.push(p);
      return hits;
    },
  };
}
