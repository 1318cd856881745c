/** Each status and flag with its icon, message keys and tone: the popup never shows colour alone. */
import type { ConsentClass } from '../../core/consent/types';
import type { Flag, Status } from '../../core/types';
import type { MsgKey } from './locale';

/** Colour family in popup.css: bad (red), warn (amber), ok (green), none (grey), info (neutral). */
export type Tone = 'bad' | 'warn' | 'ok' | 'none' | 'info';

export interface Label {
  icon: string;
  key: MsgKey;
  tone: Tone;
}

/** Symbols present in every system font (DejaVu, Segoe UI, SF), so no icon font or SVG is needed. */
export const STATUS_LABELS: Record<Status, Label> = {
  undeclared: { icon: '✕', key: 'stUndeclared', tone: 'bad' },
  vague: { icon: '≈', key: 'stVague', tone: 'warn' },
  absent: { icon: '○', key: 'stAbsent', tone: 'none' },
  matched: { icon: '✓', key: 'stMatched', tone: 'ok' },
  unnamed: { icon: '?', key: 'stUnnamed', tone: 'none' },
};

/** Flags shown in the status column; the others are cookie attributes, shown on the observed side. */
export const STATUS_FLAGS: Partial<Record<Flag, Label>> = {
  'expiry-exceeds-declared': { icon: '⚠', key: 'flExpiry', tone: 'warn' },
  'session-mismatch': { icon: '⚠', key: 'flSession', tone: 'warn' },
  'over-13-months': { icon: '⚠', key: 'flOver13', tone: 'warn' },
  conditional: { icon: '◇', key: 'flConditional', tone: 'info' },
  'set-before-choice': { icon: '✕', key: 'flBeforeChoice', tone: 'bad' },
  'set-after-refusal': { icon: '✕', key: 'flAfterRefusal', tone: 'bad' },
  'needs-check': { icon: '⚠', key: 'flNeedsCheck', tone: 'warn' },
  'choice-over-6-months': { icon: '◇', key: 'flChoice6', tone: 'info' },
};

/** Each consent class (docs/CONTRACTS.md, "Consent class"): symbol, word and colour, never colour alone. */
export const CONSENT_LABELS: Record<ConsentClass, Label> = {
  'needs-consent': { icon: '⚑', key: 'ccNeedsConsent', tone: 'bad' },
  exemptable: { icon: '◐', key: 'ccExemptable', tone: 'warn' },
  exempt: { icon: '✓', key: 'ccExempt', tone: 'ok' },
  unknown: { icon: '?', key: 'ccUnknown', tone: 'none' },
};

/** Consent flags that make a row a problem: they break or may break a CNIL rule. */
export const CONSENT_PROBLEM_FLAGS: readonly Flag[] = ['set-before-choice', 'set-after-refusal', 'needs-check'];

/** The flags that make a row a problem (with the statuses undeclared, absent and vague). */
export const PROBLEM_FLAGS: readonly Flag[] = ['expiry-exceeds-declared', 'session-mismatch', 'over-13-months'];
