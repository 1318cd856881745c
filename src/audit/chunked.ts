/**
 * How much of a long list the audit view renders now: a screenful in the first render, then
 * chunks in tasks of their own, each after the previous one is painted, so a 500-cookie audit
 * paints its first screen without waiting for the other 460 rows. Each chunk doubles what is
 * rendered (at least CHUNK_ITEMS more): every chunk lays out the whole table again, so 500 rows
 * come in 3 chunks (40 → 140 → 280 → 500), not 5 (in Chromium on a loaded 2-core machine the
 * last row came ~10% sooner than with 5 chunks of 100: `npm run bench`, audit.view.all-rows).
 * Printing renders the rest at once: the `beforeprint` listener renders before it returns (the
 * print layout follows it).
 * Same idea as the popup's table (src/popup/stream-rows.ts), with print and no "Show all".
 */
import { options } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';

/** Up to this many items render whole in the first render: a small audit shows everything at once. */
export const WHOLE_ITEMS = 60;
/** The first items of a longer list: a screenful of the side panel. */
export const FIRST_ITEMS = 40;
/** The least a later chunk adds. */
export const CHUNK_ITEMS = 100;

/** What the chunk after `count` items renders. */
export const nextChunk = (count: number): number => count + Math.max(CHUNK_ITEMS, count);

/**
 * Runs `update` (a state change) and renders it before returning. Preact queues renders on a
 * microtask; `window.print()` called from a click fires `beforeprint` and lays the page out for
 * print before that microtask runs. A render debounce that runs at once makes this one render
 * synchronous (preact/src/component.js enqueueRender takes a changed debounce at once).
 */
export function renderNow(update: () => void): void {
  const before = options.debounceRendering;
  options.debounceRendering = (render) => render();
  try {
    update();
  } finally {
    options.debounceRendering = before;
  }
}

/**
 * The number of items out of `total` to render now. It only grows: rows already rendered stay
 * when a new snapshot arrives (the list is sliced again, in the new order, so nothing is doubled
 * or lost), and a list that grows streams its new items in after a paint.
 */
export function useChunkedCount(total: number): number {
  const [wanted, setWanted] = useState(() => (total <= WHOLE_ITEMS ? WHOLE_ITEMS : FIRST_ITEMS));
  const count = Math.min(wanted, total);

  // Preact runs effects after the paint (an animation frame, then a task); the chunk gets a task of
  // its own after that. A hidden page gets no frames: its timers still run, slower.
  useEffect(() => {
    if (count >= total) return undefined;
    const timer = setTimeout(() => setWanted((w) => Math.max(w, nextChunk(count))));
    return () => clearTimeout(timer);
  }, [count, total]);

  // A layout effect: listening from the first render on, not from after the first paint.
  useLayoutEffect(() => {
    const all = () => renderNow(() => setWanted(Number.POSITIVE_INFINITY));
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, []);

  return count;
}
