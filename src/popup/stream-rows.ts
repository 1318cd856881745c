/**
 * How many rows of a large table to render: the first rows at once, then CHUNK_ROWS more per
 * frame, each chunk in a task of its own once the rows before it are painted, so input and
 * scrolling never wait long. Rows appended to a table are laid out on their own, so streaming
 * costs about what one large render would, minus the long task. Measured in Chromium with 500
 * rows, and not kept:
 *  - rendering the rest hidden and showing it at the end: one long frame, no faster;
 *  - content-visibility: auto on row groups does nothing (a tbody or tr is an internal table box,
 *    which takes no size containment), and on every cell it skips off-screen rows but made each
 *    scroll step ~3× costlier (one visibility observer per cell).
 */
import { useEffect, useReducer, useRef } from 'preact/hooks';

/** Up to this many rows render whole in the first render: a small report shows every row at once. */
export const WHOLE_ROWS = 60;
/** The first rows of a larger report: two screenfuls of the popup. */
export const FIRST_ROWS = 24;
/** Rows per later chunk: ~15 ms of script on a slow machine, then about twice that of layout. */
export const CHUNK_ROWS = 100;

/**
 * After the rows changed (filter, search, sort, live update): rows already rendered cost little
 * to render again, and keeping them keeps the scroll position; rows new to the DOM come at most
 * FIRST_ROWS in one render, the rest stream in.
 */
function rowsAfterChange(keys: readonly string[], before: ReadonlySet<string>, wanted: number): number {
  if (keys.length <= WHOLE_ROWS) return Math.max(wanted, WHOLE_ROWS);
  let fresh = 0;
  for (let i = 0; i < Math.min(wanted, keys.length); i++) {
    if (!before.has(keys[i]!) && ++fresh > FIRST_ROWS) return Math.max(i, FIRST_ROWS);
  }
  return wanted;
}

/**
 * The number of rows to render now, out of `keys` (the rows in order, by stable key) and at most
 * `limit`; while it is below the limit, the component renders again with more after a paint.
 */
export function useStreamedRows(keys: readonly string[], limit: number): number {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const wanted = useRef(keys.length <= WHOLE_ROWS ? WHOLE_ROWS : FIRST_ROWS);
  const last = useRef<{ keys: readonly string[]; count: number } | null>(null);

  const before = last.current;
  if (before && before.keys !== keys) wanted.current = rowsAfterChange(keys, new Set(before.keys.slice(0, before.count)), wanted.current);
  const count = Math.min(wanted.current, limit);
  last.current = { keys, count };

  // Preact runs effects after the next paint (an animation frame, then a task); the chunk gets a
  // task of its own after that. A hidden page gets no frames: its timers still run, slower.
  useEffect(() => {
    if (count >= limit) return undefined;
    const timer = setTimeout(() => {
      wanted.current = count + CHUNK_ROWS;
      rerender(0);
    });
    return () => clearTimeout(timer);
  }, [count, limit]);

  return count;
}
