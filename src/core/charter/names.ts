/**
 * Splits a charter's cookie-name cell into the names and patterns it lists, as written.
 */
import { fold } from './text';

// Separators between names on one line. Spaces around words are required so that names
// like `_pk_id.*` or `mtm_consent_removed` are never cut.
const SEPARATORS = /\s*[;,]\s*|\s+(?:et|and|ou|or|\/|&)\s+/i;

// Prose describing a family of cookies is one declaration and stays verbatim.
const PROSE =
  /\b(?:any|all|every|tout|tous|toute|toutes)\b.*\bcookies?\b|\b(?:starting|beginning|begins|starts|prefixed|commencant|debutant|prefixes?|contenant|containing)\b/;

// Cells that say "nothing here" rather than naming a cookie.
const PLACEHOLDER =
  /^(?:-+|—|–|_+|\.+|\?|\/|n\/?a|n\.a\.|na|none|nil|null|aucune?|neant|nothing|sans objet|non applicable|not applicable|non communique|inconnu|unknown|tbd|nc)$/;

const QUOTES = /^[\s"'`“”‘’«»„‚]+|[\s"'`“”‘’«»„‚]+$/g;
// Cookiebot counts the domains a name was seen on: "__cf_bm [x2]" declares `__cf_bm`.
const COUNT_SUFFIX = /\s*\[x\d{1,4}\]$/i;

function isPlaceholder(item: string): boolean {
  return PLACEHOLDER.test(fold(item).trim());
}

/**
 * The names or patterns a cell lists. Newlines (from `<br>`/`<p>`) and `;` `,` " et " " and "
 * " ou " " or " " / " separate names; prose such as "Any cookie starting with “_hs”" is one item.
 * Placeholders ("-", "N/A", "aucun") and empty cells give [].
 * @example splitNames('_ga, _gid et _gat\n_pk_id.*') // → ['_ga', '_gid', '_gat', '_pk_id.*']
 */
export function splitNames(cellText: string): string[] {
  const names: string[] = [];
  if (typeof cellText !== 'string') return names;
  for (const rawLine of cellText.split('\n')) {
    const line = rawLine.replace(/\s+/g, ' ').trim();
    if (line === '' || isPlaceholder(line)) continue;
    if (PROSE.test(fold(line))) {
      names.push(line);
      continue;
    }
    for (const part of line.split(SEPARATORS)) {
      const name = part.replace(COUNT_SUFFIX, '').replace(QUOTES, '');
      if (name !== '' && !isPlaceholder(name)) names.push(name);
    }
  }
  return names;
}
