/**
 * Maps a charter's section heading (and, when the heading says nothing, the row itself) to a
 * cookie category.
 */
import type { Category } from '../types';
import { fold } from './text';

// Checked in order on the folded heading. "Necessary" comes first because the French
// template's heading is "Cookies nécessaires au bon fonctionnement de la plateforme /
// cookies fonctionnels"; the French template's "fonctionnels" means "needed to function", as
// Dutch "functionele cookies" (the exempt kind under the Telecommunicatiewet) do.
const HEADING_RULES: readonly [Category, RegExp][] = [
  [
    'necessary',
    /necessaire|necessary|essenti|essenzi|strictement|strictly|indispensable|required|obligatoire|fonctionnels?\b|fonctionnement|technique|technical|notwendig|erforderlich|unbedingt|technisch|necesari|imprescindible|tecnic|necessari|noodzakelijk|functione(?:el|le)/,
  ],
  [
    'statistics',
    /statisti|estadistic|mesure d'audience|mesure de l'audience|audience measurement|analytics|analytique|analyse|analiti|analytis|performance|reichweitenmessung|\bstats?\b/,
  ],
  [
    'marketing',
    /marketing|publicit|publicidad|pubblicit|profilazione|advertis|advertentie|werbung|reclame|\bads?\b|ciblage|targeting|reseaux sociaux|social media/,
  ],
  ['experience', /experience|\bux\b/],
  [
    'functional',
    /functional|functionality|fonctionnalite|preferenc|preferenz|praferenz|voorkeur|funktional|funcional|funzional|personnalisation|personali[sz]ation|personalizacion|personalizzazione|komfort/,
  ],
  ['third-party', /tiers|tierce|third[- ]part|drittanbieter|terceros|terze parti/],
];

// Row evidence strong enough to override a generic heading: the saint-nazaire charter lists
// "Mesure d'audience" under its "nécessaires / fonctionnels" table.
const AUDIENCE = /mesure d'audience|mesure de l'audience|audience measurement|analytics|statisti|matomo|piwik|at internet|xiti|piano analytics|eulerian|hotjar/;
const AUDIENCE_PHRASE = /mesure d'audience|mesure de l'audience|audience measurement/;
const ADVERTISING = /publicit|advertis|marketing|ciblage|targeting|retargeting|doubleclick|facebook pixel|meta pixel/;

/** Category the row's own words point at, or 'unknown'. */
function rowCategory(rowText: string): Category {
  if (AUDIENCE.test(rowText)) return 'statistics';
  if (ADVERTISING.test(rowText)) return 'marketing';
  return 'unknown';
}

/**
 * Category for a row: from its section heading, unless the heading is generic and the row
 * names audience measurement or advertising. Under a necessary/functional heading the purpose
 * counts only when it says "audience measurement" outright (a necessary cookie's purpose may
 * mention "analytics" consent); under an unknown heading any row evidence counts.
 * @example categorize('Cookies nécessaires au bon fonctionnement de la plateforme / cookies fonctionnels') // → 'necessary'
 * @example categorize('Cookies nécessaires', '', "Mesure d'audience (front et back office)") // → 'statistics'
 */
export function categorize(heading: string, provider = '', purpose = '', service = ''): Category {
  const folded = fold(heading);
  let fromHeading: Category = 'unknown';
  for (const [category, pattern] of HEADING_RULES) {
    if (pattern.test(folded)) {
      fromHeading = category;
      break;
    }
  }
  if (fromHeading !== 'unknown' && fromHeading !== 'necessary' && fromHeading !== 'functional') {
    return fromHeading;
  }
  if (fromHeading === 'unknown') return rowCategory(fold(`${provider}\n${service}\n${purpose}`));
  const fromRow = rowCategory(fold(`${provider}\n${service}`));
  if (fromRow !== 'unknown') return fromRow;
  return AUDIENCE_PHRASE.test(fold(purpose)) ? 'statistics' : fromHeading;
}
