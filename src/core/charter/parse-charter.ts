/**
 * Reads an Opendatasoft cookie charter page ("Charte cookies" / "Cookies policy"), or any site's
 * cookie policy with a cookie table or a label/value list of cookies (Complianz, Cookiebot,
 * OneTrust, CookieYes, hand-written in FR, EN, DE, ES, IT, NL), into the declaration the
 * comparison uses.
 */
import type { DeclaredEntry, Declaration } from '../types';
import { DeclarationBudget } from './limits';
import { scanDocument } from './scan';
import { readRecords } from './read-records';
import { readTable } from './table';

/** A declaration (possibly with no entries: "no cookies declared"), or no cookie table at all. */
export type ParseResult = { kind: 'declaration'; declaration: Declaration; tables: number } | { kind: 'no-table'; title: string };

/**
 * Parses every cookie table of a charter page, in document order, each row under the heading
 * its table (or sub-heading row) sits under, within the size caps of limits.ts. `sourceLength`
 * (the HTML's length) spares serialising `doc` when a hostile page hits the relative cap.
 * Pure: reads `doc`, never changes it.
 * @example
 * const result = parseCharter(doc, 'https://data.example.fr/terms/cookies-policy/');
 * if (result.kind === 'declaration') result.declaration.entries[0].names; // → ['sessionid']
 */
export function parseCharter(doc: Document, url: string, sourceLength?: number): ParseResult {
  const { title, tables } = scanDocument(doc);
  if (tables.length === 0) return { kind: 'no-table', title };
  let length = sourceLength;
  const source = () => (length ??= doc.documentElement?.outerHTML.length ?? 0);
  const reading = new DeclarationBudget(source);
  const entries: DeclaredEntry[] = [];
  for (const found of tables) {
    if (!reading.open) break;
    const read = 'block' in found ? readRecords(found, reading) : readTable(found.table, found.header, found.section, reading);
    for (const entry of read) entries.push(entry);
  }
  // Footnotes may have lengthened entries after they were counted: count again, keep what fits.
  const final = new DeclarationBudget(source);
  const fits = entries.findIndex((entry) => !final.take(entry));
  if (fits >= 0) entries.length = fits;
  return { kind: 'declaration', declaration: { title, url, entries }, tables: tables.length };
}
