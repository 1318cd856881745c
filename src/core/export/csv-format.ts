/**
 * RFC 4180 CSV writing and reading. Cells are quoted only when they must be, and cells a
 * spreadsheet would run as a formula are defused (see neutraliseFormula).
 */

/**
 * Prefixes `'` to a cell starting with `=`, `+`, `-`, `@`, tab or CR. Charter text and cookie names
 * come from web pages: opened in Excel or LibreOffice, `=HYPERLINK(...)` in a cookie name would
 * run as a formula on the auditor's machine (CSV injection, OWASP). The quote shows as text.
 * @example neutraliseFormula('=1+1') // "'=1+1"
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One field: defused, then quoted when it holds `,`, `"`, CR or LF (quotes doubled). */
export function csvField(value: string): string {
  const cell = neutraliseFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Records → CSV text with CRLF line ends. A record of one empty field is written `""` so it
 * does not read back as a blank line.
 * @example formatCsv([['a', 'b,c']]) // 'a,"b,c"\r\n'
 */
export function formatCsv(records: readonly (readonly string[])[]): string {
  return records
    .map((r) => (r.length === 1 && r[0] === '' ? '""' : r.map(csvField).join(',')) + '\r\n')
    .join('');
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
