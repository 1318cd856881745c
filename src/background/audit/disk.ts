/**
 * A crash copy of the cookies a fresh start removed, so a browser crash mid-audit loses nothing:
 * on the next start the leftovers are put back and deleted (lifecycle.ts).
 * Only persistent cookies of a normal window go here: session cookies die with the browser anyway,
 * and nothing of a private window ever touches the disk. These cookies are on disk already, in the
 * browser's own cookie file; this copy lives for the audit only.
 * IndexedDB, not storage.local: the extension origin's IndexedDB is reachable from the worker and
 * extension pages only, while Firefox exposes storage.local to content scripts and cannot lock it
 * (https://bugzilla.mozilla.org/show_bug.cgi?id=1724754).
 */
import type { RawCookie } from '../../core/cookies/raw-cookie';

const DB = 'cookie-charter-audit';
const STORE = 'jars';

/** One audit's crash copy. */
export interface DiskJar {
  id: string;
  tabId: number;
  cookies: RawCookie[];
}

/** The persistent cookies of a normal window: what may be written to disk. */
export function diskWorthy(cookies: readonly RawCookie[], incognito: boolean): RawCookie[] {
  return incognito ? [] : cookies.filter((c) => !c.session && c.expirationDate !== undefined);
}

function open(): Promise<IDBDatabase> | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.addEventListener('upgradeneeded', () => request.result.createObjectStore(STORE, { keyPath: 'id' }));
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  const db = await open();
  if (!db) return undefined;
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.addEventListener('success', () => resolve(request.result));
      request.addEventListener('error', () => reject(request.error));
    });
  } finally {
    db.close();
  }
}

/** Saves an audit's crash copy (nothing when no cookie qualifies); a failure is logged, not fatal. */
export async function saveDiskJar(jar: DiskJar): Promise<void> {
  if (jar.cookies.length === 0) return;
  await run('readwrite', (s) => s.put(jar)).catch((e: unknown) => console.warn('[ext] audit crash copy not saved', e));
}

/** Deletes an audit's crash copy. */
export async function dropDiskJar(id: string): Promise<void> {
  await run('readwrite', (s) => s.delete(id)).catch((e: unknown) => console.warn('[ext] audit crash copy not deleted', e));
}

/** Every crash copy on disk. */
export async function diskJars(): Promise<DiskJar[]> {
  return ((await run('readonly', (s) => s.getAll() as IDBRequest<DiskJar[]>).catch(() => undefined)) ?? []).filter((j) => Array.isArray(j?.cookies));
}
