/** Tells open audit views that an audit changed, at most once per THROTTLE_MS per tab (the last change always told). */
import { notifyAuditViews } from '../../platform/messaging';

const THROTTLE_MS = 200;
const last = new Map<number, number>();
const pending = new Map<number, ReturnType<typeof setTimeout>>();

/** Broadcasts `audit-changed` for a tab, throttled. */
export function announce(tabId: number, now = Date.now()): void {
  if (pending.has(tabId)) return;
  const wait = Math.max(0, (last.get(tabId) ?? 0) + THROTTLE_MS - now);
  const send = () => {
    pending.delete(tabId);
    last.set(tabId, Date.now());
    notifyAuditViews('audit-changed', { tabId });
  };
  if (wait === 0) send();
  else pending.set(tabId, setTimeout(send, wait));
}
