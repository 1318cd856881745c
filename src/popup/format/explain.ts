/**
 * Plain-language explanations of a row's status and flags ("lives 24 months, the charter says
 * 13 months"), computed from the report alone: tooltips and the expandable details use them.
 */
import type { Flag, ReportRow } from '../../core/types';
import { formatDuration } from './duration';
import type { Locale } from './locale';

/** What an unnamed declaration is about, in a few words ("AT Internet, Mesure d'audience"). */
export function describeDeclaration(row: ReportRow): string {
  const d = row.declared;
  if (!d) return '';
  return [d.provider, d.service || d.purpose || d.section].filter(Boolean).join(', ');
}

/** Why a row has its status. */
export function explainStatus(row: ReportRow, L: Locale): string {
  switch (row.status) {
    case 'matched':
      return L.t('exMatched', row.declaredName ?? '');
    case 'undeclared':
      return L.t('exUndeclared');
    case 'absent':
      return L.t('exAbsent');
    case 'vague':
      return L.t('exVague', describeDeclaration(row));
    case 'unnamed':
      return L.t('exUnnamed');
  }
}

/** Why a flag is set on a row; '' for a flag with nothing to say (http-only is an attribute). */
export function explainFlag(flag: Flag, row: ReportRow, L: Locale): string {
  const o = row.observed;
  const d = row.declared;
  const lived = o?.lifetimeSeconds == null ? '' : formatDuration(o.lifetimeSeconds, L);
  const said = d?.maxAgeSeconds == null ? (d?.durationText ?? '') : formatDuration(d.maxAgeSeconds, L);
  switch (flag) {
    case 'conditional':
      return d?.condition ? L.t('exConditional', d.condition) : L.t('exConditionalPlain');
    case 'expiry-exceeds-declared':
      return L.t('exExpiry', lived, said);
    case 'session-mismatch':
      return o?.session ? L.t('exSessionEnds', said) : L.t('exSessionPersistent', lived);
    case 'over-13-months':
      return L.t('exOver13', lived);
    case 'third-party':
      return L.t('exThird', o?.domain.replace(/^\./, '') ?? '');
    case 'http-only':
      return L.t('atHttpOnlyTip');
    case 'partitioned':
      return L.t('exPartitioned', o?.partitionKey?.topLevelSite ?? '');
    case 'set-before-choice':
      return L.t('exBeforeChoice');
    case 'set-after-refusal':
      return L.t('exAfterRefusal');
    case 'needs-check':
      return L.t('exNeedsCheck');
    case 'choice-over-6-months':
      return L.t('exChoice6', lived);
  }
}

/** The status explanation, then one line per flag: the row's tooltip and details. */
export function explainRow(row: ReportRow, L: Locale): string[] {
  return [explainStatus(row, L), ...row.flags.map((f) => explainFlag(f, row, L))];
}
