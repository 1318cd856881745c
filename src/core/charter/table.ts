/**
 * Reads the rows of one cookie table into declared entries.
 */
import type { DeclaredEntry } from '../types';
import { findCondition } from './conditions';
import { toEntry, emptyRow, type RowTexts } from './entry';
import { applyFootnotes, leadingMarker, type Footnote, type PendingEntry } from './footnotes';
import { buildGrid, rowsOf, spanOf, type GridRow } from './grid';
import type { TableHeader } from './headers';
import { clip, type DeclarationBudget, MAX_FIELD_CHARS } from './limits';
import { elementText, flatten, fold } from './text';

/** Footnotes kept per table: real tables have a few; the cap keeps hostile ones linear. */
const MAX_FOOTNOTES = 16;
/** A full-width row this short without a condition is a sub-heading ("Cookies statistiques"). */
const MAX_SUBHEADING_LENGTH = 150;

/**
 * The single-cell row's text when the row is a banner: one own cell spanning several columns
 * or starting with a footnote marker (a `rowspan="0"` cell may still be carried beside it).
 */
function bannerText(row: GridRow, width: number, textOf: (cell: Element) => string): string | null {
  const [cell] = row.own;
  if (row.own.length !== 1 || cell === undefined || width < 2) return null;
  const text = textOf(cell);
  if (text === '') return null;
  return spanOf(cell, 'colspan') >= 2 || leadingMarker(text) !== null ? text : null;
}

/** The row's text per column; the first column of each kind is the one read. */
function rowTexts(row: GridRow, header: TableHeader, textOf: (cell: Element) => string): RowTexts {
  const texts = emptyRow();
  header.columns.forEach((column, index) => {
    const cell = row.slots[index];
    if (column !== null && cell !== undefined) texts[column] = textOf(cell);
  });
  return texts;
}

function isRepeatedHeader(texts: RowTexts, row: GridRow, header: TableHeader): boolean {
  if (texts.name === '' && texts.purpose === '') return false;
  return header.columns.every((column, index) => {
    if (column === null) return true;
    const cell = row.slots[index];
    return cell === undefined || fold(flatten(texts[column])) === header.texts[index];
  });
}

/**
 * Entries of a cookie table in row order, while `budget` takes them. Sub-heading rows start a
 * new section; footnote rows set the condition of the rows they mark (or of their sub-section).
 * @example readTable(table, findHeader(rowsOf(table))!, 'Cookies nécessaires', budget)
 */
export function readTable(table: Element, header: TableHeader, section: string, budget: DeclarationBudget): DeclaredEntry[] {
  const width = header.columns.length;
  const grid = buildGrid(rowsOf(table).slice(header.rowIndex + 1), width);
  const hasDuration = header.columns.includes('duration');
  // A rowspan hands the same cell to several rows: read it once.
  const cache = new Map<Element, string>();
  const textOf = (cell: Element): string => {
    let text = cache.get(cell);
    if (text === undefined) {
      text = elementText(cell);
      cache.set(cell, text);
    }
    return text;
  };
  const pending: PendingEntry[] = [];
  const footnotes: Footnote[] = [];
  let current = section;
  let group = 0;
  for (const row of grid) {
    const banner = bannerText(row, width, textOf);
    if (banner !== null) {
      const condition = findCondition(banner);
      const marker = leadingMarker(banner);
      if (condition !== null) {
        const sentence = clip(marker === null ? condition : condition.replace(marker, '').trim(), MAX_FIELD_CHARS);
        if (footnotes.length < MAX_FOOTNOTES) footnotes.push({ marker, condition: sentence, group });
      } else if (marker === null && banner.length <= MAX_SUBHEADING_LENGTH) {
        current = flatten(banner);
        group += 1;
      }
      continue;
    }
    // A row with no cell of its own repeats the row above: rowspans alone would make entries.
    if (row.own.length === 0) continue;
    const texts = rowTexts(row, header, textOf);
    if (Object.values(texts).every((text) => text === '')) continue;
    if (isRepeatedHeader(texts, row, header)) continue;
    const entry = toEntry(texts, current, hasDuration);
    if (!budget.take(entry)) break;
    pending.push({ entry, rowText: Object.values(texts).join('\n'), group });
  }
  if (footnotes.length > 0) applyFootnotes(pending, footnotes);
  return pending.map((item) => item.entry);
}
