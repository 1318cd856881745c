/**
 * The consent flags of a report row outside an audit (docs/CONTRACTS.md, "The audit"): what the
 * site's consent cookie says now, applied to the cookies present now. A present cookie counts as
 * written in the phase the consent state describes, so the audit's own rules (audit-flags.ts)
 * decide, and both places agree on what each flag means.
 */
import { FLAG_ORDER } from '../compare/flags';
import type { Flag, ReportRow } from '../types';
import { flagsForCookie } from './audit-flags';
import { AUDIT_FLAG_ORDER } from './audit-rules';
import type { AuditPhase, ConsentClass, ConsentState } from './types';

/** Every row flag, report flags then consent flags: the order rows and exports always use. */
export const ROW_FLAG_ORDER: readonly Flag[] = [...FLAG_ORDER, ...AUDIT_FLAG_ORDER];

/**
 * Where the visit stands: `no-choice` (an undecided consent cookie, or none at all while a
 * cookie that needs consent is present), `refused`, `chosen` (accepted, partial, or a choice
 * whose content is unknown), or `none` (no consent cookie and nothing that needs one).
 */
export type ConsentSituation = 'no-choice' | 'refused' | 'chosen' | 'none';

/**
 * The situation from the consent state and whether a needs-consent cookie is present.
 * @example consentSituation(undefined, true) // 'no-choice'
 */
export function consentSituation(state: ConsentState | undefined, needsConsentPresent: boolean): ConsentSituation {
  if (!state) return needsConsentPresent ? 'no-choice' : 'none';
  if (!state.decided) return 'no-choice';
  return state.choice === 'refused' ? 'refused' : 'chosen';
}

const PHASE: Readonly<Record<Exclude<ConsentSituation, 'none'>, AuditPhase>> = {
  'no-choice': 'before-choice',
  refused: 'after-refusal',
  chosen: 'after-acceptance',
};

/**
 * The consent flags of one row in AUDIT_FLAG_ORDER; none for a row with no cookie present.
 * The choice cookie's remaining lifetime stands for the one it was written with: when what is
 * left exceeds 6 months, the whole did too.
 * @example consentFlags(gaRow, 'needs-consent', 'refused') // ['set-after-refusal']
 */
export function consentFlags(row: Pick<ReportRow, 'observed'>, consentClass: ConsentClass, situation: ConsentSituation): Flag[] {
  const o = row.observed;
  if (!o || situation === 'none') return [];
  const event = { t: 0, phase: PHASE[situation], name: o.name, domain: o.domain, path: o.path, event: 'set' as const, consentClass };
  return flagsForCookie([event], { lifetimeSeconds: o.session ? null : o.lifetimeSeconds });
}

/** A row's report flags and consent flags together, in ROW_FLAG_ORDER. */
export function mergeFlags(report: readonly Flag[], consent: readonly Flag[]): Flag[] {
  if (consent.length === 0) return [...report];
  const on = new Set<Flag>([...report, ...consent]);
  return ROW_FLAG_ORDER.filter((f) => on.has(f));
}
