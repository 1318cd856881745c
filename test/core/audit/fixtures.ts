/** Builders shared by the audit core tests. */
import { firstPhase } from '../../../src/core/audit/phase-rules';
import type { AuditRecord, CookieChange } from '../../../src/core/audit/types';

export const T0 = 1_800_000_000;

export function record(patch: Partial<AuditRecord> = {}): AuditRecord {
  return {
    id: '1-1',
    tabId: 1,
    state: 'recording',
    pageUrl: 'https://data.example.test/',
    site: 'example.test',
    sites: ['example.test'],
    storeId: '0',
    incognito: false,
    startedAt: T0,
    endedAt: null,
    endReason: null,
    phases: [firstPhase(T0)],
    consent: null,
    needsAnswer: false,
    seen: [],
    written: {},
    restored: null,
    timeline: [],
    ...patch,
  };
}

export function change(t: number, name: string, patch: Partial<CookieChange> = {}, cookie: Partial<CookieChange['cookie']> = {}): CookieChange {
  return {
    t,
    removed: false,
    cause: 'explicit',
    cookie: {
      name,
      domain: '.example.test',
      path: '/',
      hostOnly: false,
      secure: false,
      httpOnly: false,
      sameSite: 'lax',
      session: false,
      expirationDate: t + 400 * 86_400,
      storeId: '0',
      ...cookie,
    },
    ...patch,
  };
}
