/**
 * The view a refresh just computed, handed to the popup that asks right after the refresh's
 * `tab-changed` notice, so one change is compared once, not once for the badge and again for the
 * popup. Memory only (a worker restart simply recomputes); taken once, and only while young.
 */
import type { TabView } from '../core/findings';

const MEMO_MS = 2000;
const memo = new Map<number, { view: TabView; at: number }>();

/** Remembers the view just computed for a tab. */
export function rememberView(tabId: number, view: TabView, now: number): void {
  memo.set(tabId, { view, at: now });
}

/** The view a refresh computed moments ago, once; undefined when there is none or it is old. */
export function takeView(tabId: number, now: number): TabView | undefined {
  const entry = memo.get(tabId);
  memo.delete(tabId);
  return entry && now - entry.at >= 0 && now - entry.at < MEMO_MS ? entry.view : undefined;
}

/** Drops a tab's memo (its page or tab changed). */
export function forgetView(tabId: number): void {
  memo.delete(tabId);
}
