/**
 * Lays a table's direct rows out on a grid, honouring colspan and rowspan, so that a
 * provider cell spanning three rows is read for each of them.
 */

import { MAX_COLSPAN, MAX_GRID_SLOTS, MAX_ROWSPAN } from './limits';

/** Widest table we read; extra columns carry nothing a charter needs. */
export const MAX_COLUMNS = 64;

/** The direct cells (`td`, `th`) of a row: never a nested table's cells. */
export function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  for (let child = row.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (child.localName === 'td' || child.localName === 'th') cells.push(child);
  }
  return cells;
}

function pushRows(group: Element, into: Element[]): void {
  for (let child = group.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (child.localName === 'tr') into.push(child);
  }
}

/**
 * The direct rows of a table in the order `table.rows` gives (thead, then tbody and bare rows,
 * then tfoot). Walked by hand: jsdom's `rows` collection is quadratic on long tables.
 */
export function rowsOf(table: Element): Element[] {
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  for (let child = table.firstElementChild; child !== null; child = child.nextElementSibling) {
    const tag = child.localName;
    if (tag === 'tr') body.push(child);
    else if (tag === 'thead') pushRows(child, head);
    else if (tag === 'tbody') pushRows(child, body);
    else if (tag === 'tfoot') pushRows(child, foot);
  }
  return [...head, ...body, ...foot];
}

/**
 * A span attribute, clamped far tighter than HTML does (limits.ts): a real charter spans a few
 * rows or columns, a hostile one 65,534. `rowspan="0"` ("to the end") spans MAX_ROWSPAN.
 */
export function spanOf(cell: Element, name: 'colspan' | 'rowspan'): number {
  // Most cells have no attributes at all; skipping the lookup halves the grid's cost in jsdom.
  if (!cell.hasAttributes()) return 1;
  const value = Number.parseInt(cell.getAttribute(name) ?? '', 10);
  if (name === 'rowspan' && value === 0) return MAX_ROWSPAN;
  if (!Number.isFinite(value) || value < 1) return 1;
  return Math.min(value, name === 'colspan' ? MAX_COLSPAN : MAX_ROWSPAN);
}

function emptySlots<T>(width: number): (T | undefined)[] {
  const slots: (T | undefined)[] = [];
  for (let i = 0; i < width; i += 1) slots.push(undefined);
  return slots;
}

/** One table row laid out on the grid. */
export interface GridRow {
  /** The cell covering each grid column, own or carried down by a rowspan. */
  slots: (Element | undefined)[];
  /** The row's own cells (not carried ones). */
  own: Element[];
  /** Some slot holds a cell carried from a row above. */
  carried: boolean;
}

/**
 * Grid rows for `rows`, `width` columns wide, at most MAX_GRID_SLOTS slots. Linear in
 * rows × width: rowspans are carried with a countdown per column rather than by looking back.
 * @example buildGrid(rowsOf(table).slice(1), 4)[0].slots // → [td, td, td, td]
 */
export function buildGrid(rows: readonly Element[], width: number): GridRow[] {
  const carry: ({ cell: Element; left: number } | undefined)[] = emptySlots(width);
  const grid: GridRow[] = [];
  const maxRows = Math.floor(MAX_GRID_SLOTS / Math.max(width, 1));
  for (const row of rows.length > maxRows ? rows.slice(0, maxRows) : rows) {
    const slots: (Element | undefined)[] = emptySlots(width);
    let carried = false;
    for (let col = 0; col < width; col += 1) {
      const pending = carry[col];
      if (pending === undefined) continue;
      slots[col] = pending.cell;
      carried = true;
      pending.left -= 1;
      if (pending.left <= 0) carry[col] = undefined;
    }
    const own = cellsOf(row);
    let col = 0;
    for (const cell of own) {
      while (col < width && slots[col] !== undefined) col += 1;
      if (col >= width) break;
      const span = Math.min(spanOf(cell, 'colspan'), width - col);
      const down = spanOf(cell, 'rowspan') - 1;
      for (let k = 0; k < span; k += 1) {
        slots[col + k] = cell;
        if (down > 0) carry[col + k] = { cell, left: down };
      }
      col += span;
    }
    grid.push({ slots, own, carried });
  }
  return grid;
}
