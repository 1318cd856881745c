/**
 * The audit view's sentences: the verdict line, phase and choice names, the consent state read,
 * the restore result. Pure: the Locale is passed in (tests render in 'en' and 'fr').
 */
import type { AuditPlan, AuditSnapshot, RestoreResult } from '../contracts/audit';
import type { AuditVerdict } from '../core/consent/audit-findings';
import type { AuditFlag, AuditPhase, ConsentChoice, ConsentState, PhaseConsent, Severity } from '../core/consent/types';
import { CMP_NAMES } from './cmp-names';
import { plural, type Locale, type MsgKey } from '../popup/format/locale';

export const PHASE_KEYS: Readonly<Record<AuditPhase, MsgKey>> = {
  'before-choice': 'auditPhaseBeforeChoice',
  'after-refusal': 'auditPhaseAfterRefusal',
  'after-acceptance': 'auditPhaseAfterAcceptance',
  'after-withdrawal': 'auditPhaseAfterWithdrawal',
};

export const PHASE_ORDER: readonly AuditPhase[] = ['before-choice', 'after-refusal', 'after-acceptance', 'after-withdrawal'];

const CHOICE_KEYS: Readonly<Record<ConsentChoice, MsgKey>> = {
  refused: 'auditChoiceRefused',
  accepted: 'auditChoiceAccepted',
  partial: 'auditChoicePartial',
  unknown: 'auditChoiceUnknown',
};

export const SEVERITY_KEYS: Readonly<Record<Severity, MsgKey>> = {
  violation: 'auditSeverityViolation',
  'to-check': 'auditSeverityToCheck',
  recommendation: 'auditSeverityRecommendation',
};

/** `audit.rule.setBeforeChoice` (core's rule key) → `auditRuleSetBeforeChoice`: browsers allow no dots in message names. */
export function ruleMessageKey(ruleKey: string): MsgKey {
  return ruleKey.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase()) as MsgKey;
}

/** A count sentence: the `one` key takes no number, the `many` key takes it as $1. */
function count(n: number, L: Locale, one: MsgKey, many: MsgKey, ...more: (string | number)[]): string {
  const key = plural(n, L.lang, one, many);
  return key === one ? L.t(one, ...more) : L.t(many, n, ...more);
}

const VERDICT_PARTS: readonly [AuditFlag, MsgKey, MsgKey][] = [
  ['set-before-choice', 'auditVerdictBeforeOne', 'auditVerdictBeforeMany'],
  ['set-after-refusal', 'auditVerdictRefusalOne', 'auditVerdictRefusalMany'],
  ['needs-check', 'auditVerdictCheckOne', 'auditVerdictCheckMany'],
];

/**
 * The line at the top: "3 cookies that need consent were written before you chose".
 * @example verdictLine({ byFlag: { 'set-before-choice': 3, ... } }, en) // '3 cookies that need consent were written before you chose.'
 */
export function verdictLine(verdict: AuditVerdict | null, L: Locale): string {
  if (!verdict) return L.t('auditVerdictNothingYet');
  const parts = VERDICT_PARTS.filter(([flag]) => verdict.byFlag[flag] > 0).map(([flag, one, many]) => count(verdict.byFlag[flag], L, one, many));
  if (verdict.byFlag['choice-over-6-months'] > 0) parts.push(L.t('auditVerdictChoiceLong'));
  if (parts.length === 0) return verdict.cookies === 0 ? L.t('auditVerdictNothingYet') : L.t('auditVerdictClean', verdict.cookies);
  const text = parts.join(L.t('auditVerdictJoin'));
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** "Opendatasoft records: refused" / "No consent cookie yet" / "Your answer: refused". */
export function consentText(consent: ConsentState | PhaseConsent | null, L: Locale): string {
  if (!consent || consent.cmp === 'none') return L.t('auditConsentNone');
  const choice = L.t(CHOICE_KEYS[consent.choice]);
  if (consent.cmp === 'user') return L.t('auditConsentUser', choice);
  const cmp = CMP_NAMES[consent.cmp] ?? consent.cmp;
  return consent.decided ? L.t('auditConsentRead', cmp, choice) : L.t('auditConsentUndecided', cmp);
}

/** "148 cookies put back; 2 could not: _a (expired meanwhile), _b (…)". */
export function restoreText(restored: RestoreResult, L: Locale): string {
  const back = count(restored.count, L, 'auditRestoredOne', 'auditRestoredMany');
  if (restored.failed.length === 0) return `${back}.`;
  const which = restored.failed.map((f) => `${f.name} (${f.reason})`).join(', ');
  return `${back}; ${L.t('auditRestoreFailed', restored.failed.length, which)}`;
}

/** Why the audit ended, in words. */
export function endText(reason: AuditSnapshot['endReason'], L: Locale): string {
  const keys: Record<NonNullable<AuditSnapshot['endReason']>, MsgKey> = {
    stopped: 'auditEndStopped',
    'tab-closed': 'auditEndTabClosed',
    timeout: 'auditEndTimeout',
    update: 'auditEndUpdate',
  };
  return reason ? L.t(keys[reason]) : '';
}

/** Where the fresh start removes cookies from: the ordinary store, a container, a private window. */
export function storeText(plan: AuditPlan, L: Locale): string {
  if (plan.incognito) return L.t('auditStorePrivate');
  // Chrome's ordinary store is "0", Firefox's "firefox-default"; anything else is a container.
  if (plan.storeId === '0' || plan.storeId === 'firefox-default' || plan.storeId === '') return L.t('auditStoreDefault');
  return L.t('auditStoreContainer', plan.storeId);
}

/** "data.example.test: 12 cookies". */
export function siteCountText(site: string, n: number, L: Locale): string {
  return count(n, L, 'auditSiteCountOne', 'auditSiteCountMany', site);
}

// One formatter per language: constructing one costs ~0.1 ms once warm (the first in a page far
// more), which the timeline table paid per event (5,000 events: half a second).
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** A time in the UI language with seconds ("14:03:27"). */
export function clockTime(seconds: number, lang: string): string {
  const d = new Date(seconds * 1000);
  if (Number.isNaN(d.getTime())) return String(seconds);
  let format = clockFormats.get(lang);
  if (!format) clockFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' })));
  return format.format(d);
}
