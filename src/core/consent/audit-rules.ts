/**
 * The audit flags (public vocabulary), their severity, the key of their rule text (the UI
 * phrases it in French or English) and the CNIL texts they rest on.
 */
import { DAY_SECONDS } from '../compare/flags';
import type { AuditFlag, Severity } from './types';

/** A text a flag rests on. */
export interface RuleSource {
  label: string;
  url: string;
}

/** What the UI and exports show for a flag. */
export interface AuditFlagRule {
  flag: AuditFlag;
  severity: Severity;
  /** Message key of the rule's plain-language text. */
  ruleKey: string;
  sources: readonly RuleSource[];
}

/**
 * Six months, the CNIL's recommended retention of a choice, read as the longest span six
 * calendar months can cover: 184 days (July–December, or August–January, have 31+31+30+31+30+31
 * days), plus one hour because a banner that adds 6 months in local time may cross a daylight
 * saving change. A consent cookie that lives longer than this lives longer than 6 months
 * whatever month it was set in; one set with `setMonth(+6)` never does.
 */
export const SIX_MONTHS_SECONDS = 184 * DAY_SECONDS + 3600;

/** Order flags always appear in, so exports diff cleanly. */
export const AUDIT_FLAG_ORDER: readonly AuditFlag[] = ['set-before-choice', 'set-after-refusal', 'needs-check', 'choice-over-6-months'];

/** Severity order, worst first. */
export const SEVERITY_ORDER: readonly Severity[] = ['violation', 'to-check', 'recommendation'];

// Official texts. The guidelines and recommendation are on Légifrance; the CNIL pages are the
// announcements of the CNIL sanctions (Le Figaro 2021: before any action and despite a
// refusal; Amazon 2020: before any action; SHEIN 2025: despite a refusal).
const GUIDELINES: RuleSource = {
  label: 'CNIL, délibération n° 2020-091 du 17 septembre 2020 (lignes directrices « cookies et autres traceurs »)',
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042388179',
};
const RECOMMENDATION: RuleSource = {
  label: 'CNIL, délibération n° 2020-092 du 17 septembre 2020 (recommandation « cookies et autres traceurs »)',
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000042388197',
};
const FIGARO: RuleSource = {
  label: 'CNIL, Cookies: penalty of 50,000 euros against SOCIETE DU FIGARO (29 July 2021)',
  url: 'https://www.cnil.fr/en/cookies-penalty-50000-euros-against-societe-du-figaro',
};
const AMAZON: RuleSource = {
  label: "CNIL, Cookies : sanction de 35 millions d'euros à l'encontre d'AMAZON EUROPE CORE (décembre 2020)",
  url: 'https://www.cnil.fr/fr/cookies-sanction-de-35-millions-deuros-lencontre-damazon-europe-core',
};
const SHEIN: RuleSource = {
  label: "CNIL, Cookies déposés sans consentement : la CNIL sanctionne SHEIN d'une amende de 150 millions d'euros (2025)",
  url: 'https://www.cnil.fr/fr/cookies-deposes-sans-consentement-la-cnil-sanctionne-shein-dune-amende-de-150-millions-deuros',
};
const AUDIENCE: RuleSource = {
  label: "CNIL, Cookies : solutions pour les outils de mesure d'audience (4 juillet 2025)",
  url: 'https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies-solutions-pour-les-outils-de-mesure-daudience',
};
const CONFORMITY: RuleSource = {
  label: 'CNIL, Cookies et traceurs : comment mettre mon site web en conformité ? (1er octobre 2020)',
  url: 'https://www.cnil.fr/fr/cookies-et-autres-traceurs/regles/cookies/comment-mettre-mon-site-web-en-conformite',
};

/** Every flag's rule. */
export const AUDIT_RULES: Readonly<Record<AuditFlag, AuditFlagRule>> = {
  'set-before-choice': {
    flag: 'set-before-choice',
    severity: 'violation',
    ruleKey: 'audit.rule.setBeforeChoice',
    sources: [GUIDELINES, FIGARO, AMAZON],
  },
  'set-after-refusal': {
    flag: 'set-after-refusal',
    severity: 'violation',
    ruleKey: 'audit.rule.setAfterRefusal',
    sources: [GUIDELINES, FIGARO, SHEIN],
  },
  'needs-check': {
    flag: 'needs-check',
    severity: 'to-check',
    ruleKey: 'audit.rule.needsCheck',
    sources: [AUDIENCE, GUIDELINES],
  },
  'choice-over-6-months': {
    flag: 'choice-over-6-months',
    severity: 'recommendation',
    ruleKey: 'audit.rule.choiceOver6Months',
    sources: [RECOMMENDATION, CONFORMITY],
  },
};

/** The worst severity among flags, or null when there is none. */
export function worstSeverity(flags: readonly AuditFlag[]): Severity | null {
  for (const severity of SEVERITY_ORDER) if (flags.some((f) => AUDIT_RULES[f].severity === severity)) return severity;
  return null;
}
