/**
 * The recording step of an audit, pure: a batch of cookie changes (in the order the browser sent
 * them) applied to the stored audit. Each change becomes at most one timeline event, with the phase
 * in force at its time and the cookie's consent class; a consent cookie's decision may open a phase
 * first (the refusal is what makes the page write what follows, see core/consent/phases.ts).
 */
import { phaseAt } from '../consent/phases';
import type { ConsentClass, TimelineEvent } from '../consent/types';
import { eventKind } from './changes';
import { onConsent } from './phase-rules';
import { cookieRefKey, type AuditRecord, type CookieChange, type WrittenCookie } from './types';

/** Decides a cookie's consent class (the glue: the site's declaration, else known trackers, else reference). */
export type ClassOf = (name: string, domain: string) => ConsentClass;

function writtenOf(change: CookieChange): WrittenCookie {
  const { storeId: _store, ...attributes } = change.cookie;
  const lifetimeSeconds = attributes.session || attributes.expirationDate === undefined ? null : Math.round(attributes.expirationDate - change.t);
  return { ...attributes, lifetimeSeconds };
}

/**
 * A new record with `changes` applied, and the events they added. `record` is not modified.
 * @example applyChanges(record, [{ t: 5, removed: false, cause: 'explicit', cookie }], () => 'needs-consent').events[0].event // 'set'
 */
export function applyChanges(record: AuditRecord, changes: readonly CookieChange[], classOf: ClassOf): { record: AuditRecord; events: TimelineEvent[] } {
  if (record.state !== 'recording') return { record, events: [] };
  const seen = new Set(record.seen);
  const written = { ...record.written };
  let { phases, consent, needsAnswer } = record;
  const events: TimelineEvent[] = [];
  for (const change of changes) {
    const { name, domain, path } = change.cookie;
    const key = cookieRefKey(change.cookie);
    const kind = eventKind(change, seen.has(key));
    seen.add(key);
    if (kind === null) continue;
    if (!change.removed) {
      written[key] = writtenOf(change);
      if (change.consent) {
        consent = change.consent;
        ({ phases, needsAnswer } = onConsent(phases, change.consent, change.t));
      }
    }
    events.push({ t: change.t, phase: phaseAt(change.t, phases), name, domain, path, event: kind, consentClass: classOf(name, domain) });
  }
  const next: AuditRecord = { ...record, seen: [...seen], written, phases, consent, needsAnswer, timeline: [...record.timeline, ...events] };
  return { record: next, events };
}
