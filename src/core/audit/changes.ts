/**
 * From a cookies.onChanged notice to a timeline event kind (docs/CONTRACTS.md, "The audit"):
 * - an add is `set` the first time a name/domain/path is written during the audit, `renewed` after;
 * - a removal with cause `overwrite` is the first half of a write (the add follows): no event, but
 *   the cookie now counts as seen, so the add that follows is a renewal;
 * - `expired` and `expired_overwrite` (written with a past expiry) are `expired`;
 * - `explicit` and `evicted` (the browser's per-site cap) are `removed`.
 * https://developer.chrome.com/docs/extensions/reference/api/cookies#type-OnChangedCause
 */
import type { CookieEventKind } from '../consent/types';

/**
 * The event a change records, or null for an overwrite's removal half.
 * @example eventKind({ removed: false, cause: 'explicit' }, false) // 'set'
 */
export function eventKind(change: { removed: boolean; cause: string }, alreadySeen: boolean): CookieEventKind | null {
  if (!change.removed) return alreadySeen ? 'renewed' : 'set';
  switch (change.cause) {
    case 'overwrite':
      return null;
    case 'expired':
    case 'expired_overwrite':
      return 'expired';
    default:
      return 'removed';
  }
}
