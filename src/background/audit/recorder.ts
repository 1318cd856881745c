/**
 * Records the cookie changes of audited sites: `onCookieChanged` is registered at the top level
 * (lifecycle.ts), buffers each notice in memory with the time it came, and a flush within
 * FLUSH_MS applies the batch to storage.session through the core (core/audit/recorder.ts). A
 * consent cookie's value is read in the flush to derive the decision, then dropped: no value
 * reaches storage, the timeline or a message.
 */
import { classifier } from '../../core/audit/classes';
import { applyChanges, type ClassOf } from '../../core/audit/recorder';
import { isAuditedDomain } from '../../core/audit/sites';
import type { CookieChange } from '../../core/audit/types';
import { readConsentState } from '../../core/consent/consent-state';
import { isConsentChoiceCookie } from '../../core/consent/consent-cookie-names';
import { normaliseSameSite, type RawCookie } from '../../core/cookies/raw-cookie';
import { referenceLookup } from '../../core/reference/consent';
import type { Cookies } from '../../platform/browser';
import { referenceIndexNow } from '../../platform/reference-data';
import { publicSuffixReady } from '../public-suffix-gate';
import { isOwnRemoval } from './jar';
import { announce } from './notify';
import { siteSource } from './source';
import { activeAudits, readAudit, serially, writeAudit, type ActiveAudit } from './store';

/** A recorded change reaches storage.session within this (the worker may be stopped after ~30 s idle). */
export const FLUSH_MS = 100;

type Notice = { t: number; info: Cookies.OnChangedChangeInfoType };
let buffer: Notice[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
const classes = new Map<string, ClassOf>();

/** The cookies.onChanged listener (synchronous: it only buffers). */
export function onCookieChanged(info: Cookies.OnChangedChangeInfoType): void {
  buffer.push({ t: Date.now() / 1000, info });
  timer ??= setTimeout(() => void flush(), FLUSH_MS);
}

function changeOf(notice: Notice): CookieChange {
  const { removed, cause, cookie } = notice.info;
  const raw = cookie as unknown as RawCookie;
  const attributes: CookieChange['cookie'] = {
    name: raw.name,
    domain: raw.domain,
    path: raw.path,
    hostOnly: raw.hostOnly,
    secure: raw.secure,
    httpOnly: raw.httpOnly,
    sameSite: normaliseSameSite(raw.sameSite),
    session: raw.session || raw.expirationDate === undefined,
    storeId: raw.storeId,
  };
  if (!attributes.session) attributes.expirationDate = raw.expirationDate;
  if (raw.partitionKey?.topLevelSite) attributes.partitionKey = { topLevelSite: raw.partitionKey.topLevelSite };
  const change: CookieChange = { t: notice.t, removed, cause, cookie: attributes };
  if (!removed && isConsentChoiceCookie(raw.name)) {
    // The value is read here only to derive the decision; only the derived state is kept.
    const value = { name: raw.name, value: raw.value, ...(attributes.session ? {} : { expirationDate: raw.expirationDate as number }) };
    change.consent = readConsentState([value], notice.t).state ?? null;
  }
  return change;
}

const belongs = (audit: ActiveAudit, c: CookieChange['cookie']) => c.storeId === audit.storeId && isAuditedDomain(c.domain, audit.sites);

/** The classifier of a tab's audit: its declaration when the tab has one, then trackers and reference. */
async function classOf(tabId: number, auditId: string, pageUrl: string): Promise<ClassOf> {
  const memo = classes.get(auditId);
  if (memo) return memo;
  const source = await siteSource(tabId, pageUrl);
  const reference = referenceIndexNow();
  const made = classifier(source?.declaration ?? null, reference ? referenceLookup(reference) : undefined);
  // Kept once the declaration is known; until then (the reloaded page reads it again) asked anew.
  if (source) classes.set(auditId, made);
  return made;
}

/** Applies every buffered change to the audits it concerns; resolves once they are stored. */
export function flush(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  const notices = buffer;
  buffer = [];
  if (notices.length === 0) return serially(async () => undefined);
  return serially(async () => {
    // Which audit a change belongs to is a matter of sites (registrableDomain): the list first.
    // The notices keep the time they came, however long it takes (a cold worker's start).
    await publicSuffixReady;
    const audits = await activeAudits();
    if (audits.length === 0) return;
    const changes = notices.map(changeOf).filter((c) => !(c.removed && c.cause === 'explicit' && isOwnRemoval(c.cookie)));
    for (const audit of audits) {
      const mine = changes.filter((c) => belongs(audit, c.cookie));
      if (mine.length === 0) continue;
      const record = await readAudit(audit.tabId);
      if (!record || record.id !== audit.id) continue;
      const applied = applyChanges(record, mine, await classOf(audit.tabId, record.id, record.pageUrl));
      await writeAudit(applied.record);
      if (applied.events.length > 0) announce(audit.tabId);
    }
  }).catch((error: unknown) => console.warn('[ext] audit: recording failed', error));
}
