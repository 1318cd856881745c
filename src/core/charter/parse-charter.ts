/**
 * Reads an Opendatasoft cookie charter page ("Charte cookies" / "Cookies policy") into the
 * declaration the comparison uses.
 */
import type { DeclaredEntry, Declaration } from '../types';
import { scanDocument } from './scan';
import { readTable } from './table';

/** A declaration (possibly with no entries: "no cookies declared"), or no cookie table at all. */
export type ParseResult =
  | { kind: 'declaration'; declaration: Declaration; tables: number }
  | { kind: 'no-table'; title: string };

/**
 * Parses every cookie table of a charter page, in document order, each row under the heading
 * its table (or sub-heading row) sits under. Pure: reads `doc`, never changes it.
 * @example
 * const result = parseCharter(doc, 'https://data.example.fr/terms/cookies-policy/');
 * if (result.kind === 'declaration') result.declaration.entries[0].names; // → ['sessionid']
 */
export function parseCharter(doc: Document, url: string): ParseResult {
  const { title, tables } = scanDocument(doc);
  if (tables.length === 0) return { kind: 'no-table', title };
  const entries: DeclaredEntry[] = [];
  for (const { table, header, section } of tables) {
    for (const entry of readTable(table, header, section)) entries.push(entry);
  }
  return { kind: 'declaration', declaration: { title, url, entries }, tables: tables.length };
}
