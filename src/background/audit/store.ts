/**
 * Where a running audit lives (docs/ARCHITECTURE.md, "Storage"): storage.session, memory only and
 * out of content scripts' reach, so a stopped worker, a closed view or popup lose nothing.
 * - `audit:<tabId>`: the audit (AuditRecord: phases, timeline, attributes of written cookies; no value);
 * - `audit-jar:<tabId>`: the cookies the fresh start removed, values included, to put them back;
 * - `audit-index`: the audits recording now (tab, store, sites), read by the cookie listener.
 * Every change goes through `serially`, so a flush, a stop and an answer never interleave.
 */
import type { RawCookie } from '../../core/cookies/raw-cookie';
import type { AuditRecord } from '../../core/audit/types';
import { readSession, removeSession, writeSession } from '../../platform/storage';

/** What the cookie listener needs of a recording audit. */
export interface ActiveAudit {
  id: string;
  tabId: number;
  storeId: string;
  sites: string[];
}

const INDEX_KEY = 'audit-index';
const recordKey = (tabId: number) => `audit:${tabId}`;
const jarKey = (tabId: number) => `audit-jar:${tabId}`;

let queue: Promise<unknown> = Promise.resolve();
let index: Promise<ActiveAudit[]> | undefined;

/** Runs audit storage changes one after another. */
export function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/** The recording audits (read once per worker, then kept in step with every write). */
export function activeAudits(): Promise<ActiveAudit[]> {
  index ??= readSession([INDEX_KEY]).then((items) => (Array.isArray(items[INDEX_KEY]) ? (items[INDEX_KEY] as ActiveAudit[]) : []));
  return index;
}

async function writeIndex(list: ActiveAudit[]): Promise<void> {
  index = Promise.resolve(list);
  await writeSession({ [INDEX_KEY]: list });
}

export async function readAudit(tabId: number): Promise<AuditRecord | undefined> {
  return (await readSession([recordKey(tabId)]))[recordKey(tabId)] as AuditRecord | undefined;
}

/** Writes an audit, and keeps the index of recording audits in step. */
export async function writeAudit(record: AuditRecord): Promise<void> {
  await writeSession({ [recordKey(record.tabId)]: record });
  const others = (await activeAudits()).filter((a) => a.tabId !== record.tabId);
  const entry: ActiveAudit = { id: record.id, tabId: record.tabId, storeId: record.storeId, sites: record.sites };
  await writeIndex(record.state === 'recording' ? [...others, entry] : others);
}

export async function readJar(tabId: number): Promise<RawCookie[]> {
  const jar = (await readSession([jarKey(tabId)]))[jarKey(tabId)];
  return Array.isArray(jar) ? (jar as RawCookie[]) : [];
}

export async function writeJar(tabId: number, cookies: RawCookie[]): Promise<void> {
  await writeSession({ [jarKey(tabId)]: cookies });
}

export async function removeJar(tabId: number): Promise<void> {
  await removeSession([jarKey(tabId)]);
}

/** Ids of every audit storage.session holds (recording or done). */
export async function sessionAuditIds(): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const a of await activeAudits()) ids.add(a.id);
  return ids;
}

/** Forgets the index held in memory (tests start each case from storage). */
export function resetAuditMemory(): void {
  index = undefined;
  queue = Promise.resolve();
}
