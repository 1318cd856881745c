/**
 * Recognises a cookie table by its header row's keywords, never by column position.
 */
import { cellsOf, MAX_COLUMNS, spanOf } from './grid';
import { elementText, flatten, fold } from './text';

/** The columns of a charter table we read. */
export type Column = 'name' | 'provider' | 'service' | 'purpose' | 'duration';

/** Where a cookie table's header is and what each grid column holds. */
export interface TableHeader {
  /** Index in `table.rows` of the header row. */
  rowIndex: number;
  /** Column kind per grid column (colspans expanded); null for a column we don't read. */
  columns: (Column | null)[];
  /** Folded header text per grid column, to recognise a header repeated further down. */
  texts: string[];
}

// Most specific first: "Service provider's name" is the provider, "Function and location" the
// service, "Function" alone the purpose, "Nom du prestataire" the provider, and only then
// does "nom"/"name"/"cookie" mean the cookie-name column. Null rules mark columns we skip
// ("Type de cookie", "Domaine", OneTrust's "Cookie Subgroup" of hosts) so that they do not read
// as the name column. Words are folded (no accents): FR, EN, DE, ES, IT, NL, and the column
// titles of Cookiebot, OneTrust, CookieYes and Complianz in those languages.
const RULES: readonly [Column | null, RegExp][] = [
  [
    'provider',
    /prestataire|fournisseur|provider|supplier|vendor|editeur|emetteur|partenaire|publisher|third[- ]part|\btiers\b|societe|company|anbieter|aanbieder|leverancier|proveedor|fornitore|\b(?:set|placed) by\b|gesetzt von|geplaatst door/,
  ],
  [
    'duration',
    /duree|duration|retention|conservation|expir|lifetime|lifespan|validite|validity|\bperiod|laufzeit|dauer|ablauf|gultigkeit|duracion|caducidad|vencimiento|\bplazo|durata|scadenza|conservazione|bewaartermijn|bewaartijd|vervaldatum|vervaltijd|looptijd|duur\b|geldigheid/,
  ],
  ['service', /emplacement|location|localisation|\bservices?\b|\bdienst\b|\bservicio\b|\bservizio\b/],
  [
    'purpose',
    /finalite|purpose|fonction|function|objectif|\bobjet\b|description|\brole\b|utilite|usage|utilisation|\bwhy\b|^but\b|zweck|funktion|beschreibung|finalidad|proposito|descripcion|funcion|finalita|\bscopo\b|descrizione|funzione|\bdoel|omschrijving|beschrijving|functie/,
  ],
  [
    null,
    /\btype\b|\btyp\b|\btipo\b|\bsoort\b|categor|kategor|domaine?s?\b|\bdomane\b|dominio|\bdomein|\bhost|\bhote|\bpath\b|chemin|\bpfad\b|\bvaleur|\bvalue|\bwert\b|\bvalor|exemple|example|subgroup|sous-groupe|cookies used/,
  ],
  ['name', /cookie|traceur|tracker|\bnoms?\b|\bnames?\b|\bintitule\b|\bnaam\b|\bnombre\b|\bnome\b|bezeichnung/],
];

/** Longer than this, a cell is prose, not a column header. */
const MAX_HEADER_LENGTH = 80;
/** Characters read from a candidate header cell; more already means "not a header". */
const HEADER_READ_LIMIT = 200;
/** Rows looked at for the header: a title row may come before it. */
const HEADER_SCAN = 3;

/**
 * The column a header text names, or null.
 * @example classifyHeader('Nom du prestataire') // → 'provider'
 * @example classifyHeader('Function and location') // → 'service'
 */
export function classifyHeader(text: string): Column | null {
  return headerKind(text) ?? null;
}

/**
 * Like classifyHeader, but tells a known column we skip ("Type": null) from a text that names
 * no column at all (undefined): a key/value list skips the first and ends on the second.
 * @example headerKind('Typ') // → null
 * @example headerKind('Google Analytics') // → undefined
 */
export function headerKind(text: string): Column | null | undefined {
  const folded = fold(text).trim();
  if (folded === '' || folded.length > MAX_HEADER_LENGTH) return undefined;
  for (const [column, pattern] of RULES) if (pattern.test(folded)) return column;
  return undefined;
}

/**
 * Whether header columns describe cookies: a cookie-name column backed by one more sign
 * (the word "cookie", a provider or duration column, or purpose + service), or provider +
 * purpose (a template whose rows may be unnamed). A lone "Nom" column is a data table.
 */
export function isCookieHeader(columns: readonly (Column | null)[], texts: readonly string[]): boolean {
  const has = (column: Column): boolean => columns.includes(column);
  const saysCookie = texts.some((text) => /cookie|traceur|tracker/.test(text));
  if (has('provider') && has('purpose')) return true;
  if (!has('name')) return false;
  return saysCookie || has('provider') || has('duration') || (has('purpose') && has('service'));
}

function readHeaderRow(row: Element): { columns: (Column | null)[]; texts: string[] } {
  const columns: (Column | null)[] = [];
  const texts: string[] = [];
  for (const cell of cellsOf(row)) {
    // Bounded read: a layout table's first cell may hold the whole page.
    const text = flatten(elementText(cell, HEADER_READ_LIMIT));
    const column = classifyHeader(text);
    const span = Math.min(spanOf(cell, 'colspan'), MAX_COLUMNS - columns.length);
    for (let k = 0; k < span; k += 1) {
      // The first column of a spanning header gets the kind; a kind is read from one column.
      columns.push(k === 0 && !columns.includes(column) ? column : null);
      texts.push(fold(text));
    }
    if (columns.length >= MAX_COLUMNS) break;
  }
  return { columns, texts };
}

/**
 * The header of a cookie table among its first non-empty rows (`<th>` in `<thead>`, `<th>`s
 * or bold `<td>`s in the first row: keywords decide, markup does not), or null.
 */
export function findHeader(rows: readonly Element[]): TableHeader | null {
  let scanned = 0;
  for (let rowIndex = 0; rowIndex < rows.length && scanned < HEADER_SCAN; rowIndex += 1) {
    const row = rows[rowIndex];
    if (row === undefined) break;
    const { columns, texts } = readHeaderRow(row);
    if (texts.every((text) => text.trim() === '')) continue;
    scanned += 1;
    if (isCookieHeader(columns, texts)) return { rowIndex, columns, texts };
  }
  return null;
}
