/** The audit's requests (src/contracts/audit.ts), answered for the extension's own pages only. */
import { onAnswer } from '../../core/audit/phase-rules';
import { buildSnapshot, idleSnapshot } from './snapshot';
import { referenceLookup } from '../../core/reference/consent';
import type { AuditApi, AuditSnapshot, UserAnswer } from '../../contracts/audit';
import type { Handlers } from '../../platform/messaging';
import { referenceIndex } from '../../platform/reference-data';
import { requireExtensionPage } from '../sender';
import { endAudit } from './end';
import { announce } from './notify';
import { flush } from './recorder';
import { siteSource } from './source';
import { planFor, startAudit } from './start';
import { readAudit, serially, writeAudit } from './store';

const ANSWERS: readonly UserAnswer[] = ['refused', 'accepted', 'withdrawn'];

function tabIdOf(payload: { tabId?: unknown } | undefined): number {
  const tabId = payload?.tabId;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) throw new Error('invalid tab id');
  return tabId;
}

/** The tab's audit as the view shows it; idle (with the fresh start's plan) when none was recorded. */
export async function snapshotOf(tabId: number): Promise<AuditSnapshot> {
  const record = await readAudit(tabId);
  if (!record) {
    const planned = await planFor(tabId).catch(() => undefined);
    return idleSnapshot(tabId, planned?.pageUrl ?? null, planned?.plan ?? null);
  }
  const [source, index] = await Promise.all([siteSource(tabId, record.pageUrl), referenceIndex()]);
  return buildSnapshot(record, source, Date.now() / 1000, index ? referenceLookup(index) : undefined);
}

export const auditHandlers: Omit<Handlers<AuditApi>, 'audit-autoconsent'> = {
  async 'audit-get'(payload, sender) {
    requireExtensionPage(sender);
    const tabId = tabIdOf(payload);
    await flush();
    return snapshotOf(tabId);
  },

  async 'audit-start'(payload, sender) {
    requireExtensionPage(sender);
    const tabId = tabIdOf(payload);
    await flush();
    await serially(async () => {
      if ((await readAudit(tabId))?.state !== 'recording') await startAudit(tabId);
    });
    announce(tabId);
    return snapshotOf(tabId);
  },

  async 'audit-stop'(payload, sender) {
    requireExtensionPage(sender);
    const tabId = tabIdOf(payload);
    await endAudit(tabId, 'stopped', payload?.keep === true);
    return snapshotOf(tabId);
  },

  async 'audit-answer'(payload, sender) {
    requireExtensionPage(sender);
    const tabId = tabIdOf(payload);
    const answer = payload?.answer;
    if (!ANSWERS.includes(answer)) throw new Error('invalid answer');
    await flush();
    await serially(async () => {
      const record = await readAudit(tabId);
      if (record?.state !== 'recording') throw new Error('no audit is recording in this tab');
      await writeAudit({ ...record, phases: onAnswer(record.phases, answer, Date.now() / 1000), needsAnswer: false });
    });
    announce(tabId);
    return snapshotOf(tabId);
  },
};
