/**
 * Consent in words: why a row has its consent class ("Needs consent — Google Analytics (known
 * tracker)") and the one line under the verdict that says what the site's consent cookie records
 * and how many cookies that need consent are present anyway.
 */
import type { CmpId, ConsentState } from '../../core/consent/types';
import type { ReportRow } from '../../core/types';
import { CONSENT_LABELS, type Tone } from './labels';
import { plural, type Locale, type MsgKey } from './locale';

/** Why a row has its consent class, or '' for a row the background did not classify. */
export function explainConsent(row: ReportRow, L: Locale): string {
  if (!row.consentClass) return '';
  const label = L.t(CONSENT_LABELS[row.consentClass].key);
  const detail = row.consentReason?.detail;
  switch (row.consentReason?.basis) {
    case 'known-tracker':
      return L.t('crKnown', label, detail ?? '');
    case 'charter-section':
      return detail ? L.t('crSection', label, detail) : L.t('crSectionPlain', label);
    case 'charter-condition':
      return L.t('crCondition', label, detail ?? '');
    case 'reference':
      return detail ? L.t('crReference', label, detail) : L.t('crReferencePlain', label);
    default:
      return L.t('crNone', label);
  }
}

/** Platform names as their makers write them (not translated). */
const CMP_NAMES: Readonly<Record<CmpId, string>> = {
  opendatasoft: 'Opendatasoft',
  tarteaucitron: 'tarteaucitron',
  orejime: 'Orejime',
  klaro: 'Klaro',
  cookiebot: 'Cookiebot',
  onetrust: 'OneTrust',
  axeptio: 'Axeptio',
  didomi: 'Didomi',
  cookieyes: 'CookieYes',
  tcf: 'IAB TCF',
};

/** What the line says, for `data-consent-state`: `none` is never shown. */
export type ConsentLineState = 'no-choice' | 'refused' | 'accepted' | 'partial' | 'unknown';

export interface ConsentLine {
  state: ConsentLineState;
  tone: Tone;
  text: string;
}

/** "3 Dec" / "3 déc.", with the year when it is not the report's. */
function shortDate(iso: string, comparedAt: number, lang: string): string | undefined {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return undefined;
  const sameYear = at.getFullYear() === new Date(comparedAt * 1000).getFullYear();
  return new Intl.DateTimeFormat(lang, sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' }).format(at);
}

/** [none, one, many] keys of a sentence that counts the needs-consent cookies present. */
function counted(n: number, L: Locale, keys: readonly [MsgKey, MsgKey, MsgKey], ...before: string[]): string {
  if (n === 0) return L.t(keys[0], ...before);
  const key = plural(n, L.lang, keys[1], keys[2]);
  return key === keys[1] ? L.t(key, ...before) : L.t(key, ...before, n);
}

/**
 * The consent line for a report, or null when there is nothing to say (no consent cookie and no
 * cookie that needs one). `consent`: the state the background derived (never a value).
 * @example consentLine(undefined, report, en)?.text // "No choice recorded yet; 3 cookies that need consent are already present."
 */
export function consentLine(consent: ConsentState | undefined, report: { rows: readonly ReportRow[]; comparedAt: number }, L: Locale): ConsentLine | null {
  const present = report.rows.filter((r) => r.observed !== null && r.consentClass === 'needs-consent').length;
  const tone: Tone = present ? 'bad' : 'ok';
  if (!consent || !consent.decided) {
    if (!consent && present === 0) return null;
    return { state: 'no-choice', tone, text: counted(present, L, ['csNoChoiceNone', 'csNoChoiceOne', 'csNoChoiceMany']) };
  }
  const date = consent.decidedAt ? shortDate(consent.decidedAt, report.comparedAt, L.lang) : undefined;
  switch (consent.choice) {
    case 'refused':
      return date
        ? { state: 'refused', tone, text: counted(present, L, ['csRefusedOnNone', 'csRefusedOnOne', 'csRefusedOnMany'], date) }
        : { state: 'refused', tone, text: counted(present, L, ['csRefusedNone', 'csRefusedOne', 'csRefusedMany']) };
    case 'accepted':
      return { state: 'accepted', tone: 'info', text: date ? L.t('csAcceptedOn', date) : L.t('csAccepted') };
    case 'partial':
      return { state: 'partial', tone: 'info', text: date ? L.t('csPartialOn', date) : L.t('csPartial') };
    default:
      return { state: 'unknown', tone: 'none', text: L.t('csUnknown', CMP_NAMES[consent.cmp] ?? consent.cmp) };
  }
}
