/**
 * The end of an audit, whatever ends it (the user, the tab closed, the 30-minute alarm, an
 * extension update): the last buffered changes are recorded, recording stops, what the site
 * wrote meanwhile is removed (unless the user keeps it), and every removed cookie is put back.
 */
import type { AuditRecord, EndReason } from '../../core/audit/types';
import type { RawCookie } from '../../core/cookies/raw-cookie';
import { browser } from '../../platform/browser';
import { setRecording } from '../badge';
import { dropDiskJar } from './disk';
import { clearSites, restoreCookies } from './jar';
import { announce } from './notify';
import { flush } from './recorder';
import { alarmName } from './start';
import { readAudit, readJar, removeJar, serially, writeAudit } from './store';

/** Puts `cookies` back over what the site holds now; `keep`: leave what the site wrote. */
export async function putBack(storeId: string, sites: readonly string[], cookies: readonly RawCookie[], keep: boolean, now = Date.now() / 1000) {
  const removedWritten = keep ? 0 : await clearSites(storeId, sites);
  return { ...(await restoreCookies(cookies, now)), removedWritten };
}

/**
 * Ends the tab's audit if one is recording; resolves with the audit as stored (undefined when none).
 * A second end of the same audit finds it done and changes nothing.
 */
export async function endAudit(tabId: number, reason: EndReason, keep = false): Promise<AuditRecord | undefined> {
  await flush();
  const ended = await serially(async () => {
    const record = await readAudit(tabId);
    if (!record || record.state !== 'recording') return record;
    const done: AuditRecord = { ...record, state: 'done', endedAt: Date.now() / 1000, endReason: reason };
    await writeAudit(done); // recording stops here: what follows is the audit's own doing
    const restored = await putBack(record.storeId, record.sites, await readJar(tabId), keep);
    const final: AuditRecord = { ...done, restored };
    await writeAudit(final);
    await removeJar(tabId);
    await dropDiskJar(record.id);
    return final;
  });
  if (ended?.endReason === reason && ended.restored) {
    await browser.alarms.clear(alarmName(tabId)).catch(() => false);
    await setRecording(tabId, false);
    announce(tabId);
  }
  return ended;
}
