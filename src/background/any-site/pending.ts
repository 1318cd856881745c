/**
 * A non-portal tab's examination between the popup's request and the reader's answer: the
 * platforms' declarations read from the page's globals wait in `storage.session` under
 * `anysite:<tabId>` (the worker may stop meanwhile) until `charter-read` takes them into the
 * tab's finding. Kept for the origin it was read on only, within MAX_ENTRY_BYTES, and taken once.
 * In memory: which tabs are being examined now, and who waits for their answer.
 */
import { jsonBytes, MAX_ENTRY_BYTES } from '../../core/cache-policy';
import { readSession, removeSession, writeSession } from '../../platform/storage';
import type { GlobalsRead } from './globals';

/** What an examination read before its reader ran. */
export interface PendingRead extends GlobalsRead {
  origin: string;
  /** ISO time of the read. */
  readAt: string;
}

const keyOf = (tabId: number) => `anysite:${tabId}`;
const waiters = new Map<number, Set<() => void>>();

/** Keeps a tab's read for its reader's answer; a read over budget keeps its verdict and drops its entries. */
export async function keepPending(tabId: number, read: PendingRead): Promise<void> {
  const kept = jsonBytes(read) > MAX_ENTRY_BYTES ? { ...read, globals: 'unreadable' as const, declarations: [], sha256: null } : read;
  await writeSession({ [keyOf(tabId)]: kept });
}

/** Whether the tab has a read waiting for its reader (on that origin). */
export async function hasPending(tabId: number, origin: string): Promise<boolean> {
  const read = (await readSession([keyOf(tabId)]))[keyOf(tabId)] as PendingRead | undefined;
  return read?.origin === origin;
}

/** Takes (reads and removes) the tab's read, if it was made on `origin`. */
export async function takePending(tabId: number, origin: string): Promise<PendingRead | undefined> {
  const read = (await readSession([keyOf(tabId)]))[keyOf(tabId)] as PendingRead | undefined;
  if (read === undefined) return undefined;
  await removeSession([keyOf(tabId)]);
  return read.origin === origin ? read : undefined;
}

/** Forgets a tab's read (closed, or its examination ended another way). */
export function dropPending(tabId: number): Promise<void> {
  return removeSession([keyOf(tabId)]);
}

/** Resolves true when the tab's reader has answered, false after `ms`. */
export function answered(tabId: number, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const set = waiters.get(tabId) ?? new Set();
    waiters.set(tabId, set);
    const done = (value: boolean) => {
      clearTimeout(timer);
      set.delete(wake);
      if (set.size === 0 && waiters.get(tabId) === set) waiters.delete(tabId);
      resolve(value);
    };
    const wake = () => done(true);
    const timer = setTimeout(() => done(false), ms);
    set.add(wake);
  });
}

/** The tab's reader answered: wake whoever waits. */
export function wakeWaiters(tabId: number): void {
  // Each wake removes itself from the set: deleting the current item is safe while iterating a Set.
  for (const wake of waiters.get(tabId) ?? []) wake();
}
