import * as fc from 'fast-check';
import { toCsv, REPORT_CSV_COLUMNS } from '../../../src/core/export/csv';
import { csvField, formatCsv, neutraliseFormula, parseCsv } from '../../../src/core/export/csv-format';
import { sampleReport } from './fixtures';

const col = (row: string[], name: (typeof REPORT_CSV_COLUMNS)[number]) => row[REPORT_CSV_COLUMNS.indexOf(name)];

describe('toCsv', () => {
  const { report } = sampleReport();
  const text = toCsv(report);
  const [header, ...rows] = parseCsv(text);

  it('writes a header and one CRLF-ended record per report row', () => {
    expect(header).toEqual([...REPORT_CSV_COLUMNS]);
    expect(rows).toHaveLength(report.rows.length);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('reads back field by field', () => {
    const byCookie = new Map(rows.map((r) => [col(r, 'cookie'), r]));
    expect(rows.map((r) => col(r, 'status'))).toEqual(report.rows.map((r) => r.status));
    expect(byCookie.get('sessionid')).toEqual([
      'matched',
      'session-mismatch http-only',
      'sessionid',
      'sessionid',
      'Opendatasoft',
      'Se souvenir de l’utilisateur',
      '2 weeks by default',
      '',
      'data.example.test',
      '/',
      'session',
      'true',
      'true',
      'lax',
      'false',
      'false',
    ]);
    expect(byCookie.get('django_language')).toEqual([
      'absent',
      'conditional',
      'django_language',
      'django_language',
      'Opendatasoft',
      'Langue, "FR" | EN\nsecond line',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    const pk = byCookie.get('_pk_id.1.abcd')!;
    expect(col(pk, 'flags')).toBe('expiry-exceeds-declared over-13-months');
    expect(col(pk, 'declared_name')).toBe('_pk_id.*');
    expect(col(pk, 'expires')).toBe('2029-02-14T06:30:00.000Z');
    const evil = byCookie.get("'=cmd|calc")!;
    expect([col(evil, 'status'), col(evil, 'third_party'), col(evil, 'partitioned'), col(evil, 'same_site')]).toEqual([
      'undeclared',
      'true',
      'true',
      'no_restriction',
    ]);
    const unnamed = rows.find((r) => col(r, 'status') === 'unnamed')!;
    expect(col(unnamed, 'cookie')).toBe('');
    expect(col(unnamed, 'provider')).toBe('Hotjar');
  });

  it('defuses formula cells (CSV injection) and never writes a cookie value', () => {
    expect(text).toContain('\'=HYPERLINK(""http://evil.test"")');
    expect(text).not.toMatch(/(^|,)=/m);
    expect(text).not.toContain('SECRET-VALUE');
  });
});

describe('CSV format', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', '"\'\tx"'],
    ['\rx', '"\'\rx"'],
    ['=a,b', '"\'=a,b"'],
    ['a=b', 'a=b'],
    // A French Excel splits unquoted cells at ";": the half after it must not become a formula.
    ['x;=SERVICEWEB("http://evil.test")', '"x;=SERVICEWEB(""http://evil.test"")"'],
    ['x,=1+1', '"x,=1+1"'],
    ['x\t@SUM(A1)', '"x\t@SUM(A1)"'],
    ['x; +1', '"x; +1"'],
    ['a;b', '"a;b"'],
    ['  =1+1', "'  =1+1"],
    ['\uff1d1+1', "'\uff1d1+1"],
    ['', ''],
  ])('csvField(%j) → %j', (input, output) => expect(csvField(input)).toBe(output));

  it('neutraliseFormula leaves safe cells alone', () => {
    expect(neutraliseFormula('_ga')).toBe('_ga');
    expect(neutraliseFormula("'=x")).toBe("'=x");
  });

  it('writes a record holding one empty field as "" so it is not a blank line', () => {
    expect(formatCsv([[''], ['a']])).toBe('""\r\na\r\n');
    expect(parseCsv('""\r\na\r\n')).toEqual([[''], ['a']]);
  });

  it.each([
    [
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a,b\r\n', [['a', 'b']]],
    ['"x""y",z', [['x"y', 'z']]],
    [
      'a,,\r\n,',
      [
        ['a', '', ''],
        ['', ''],
      ],
    ],
    ['"a\r\nb"', [['a\r\nb']]],
    ['', []],
  ])('parseCsv(%j)', (text, records) => expect(parseCsv(text)).toEqual(records));

  it('round-trips any records (defused cells aside)', () => {
    const cell = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('"', ',', '\r\n', '\n', '\r', '""', '=', ' '));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 6 }), (records) => {
        expect(parseCsv(formatCsv(records))).toEqual(records.map((r) => r.map(neutraliseFormula)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('CSV in a spreadsheet that splits on ";" (French Excel) or tab', () => {
  /** Every cell a reader splitting on `sep` outside quotes would see. */
  function cellsSplitOn(csv: string, sep: string): string[] {
    const cells: string[] = [];
    for (const record of parseCsv(csv)) {
      for (const field of record) {
        // A quoted field stays one cell in any reader; an unquoted one splits at `sep`.
        const quoted = csv.includes(`"${field.replace(/"/g, '""')}"`);
        cells.push(...(quoted ? [field] : field.split(sep)));
      }
    }
    return cells;
  }

  it.each([';', '\t', ','])('leaves no cell starting with a formula when split on %j', (sep) => {
    const evil = ['x;=SERVICEWEB("http://evil.test")', 'a\t+1', 'b,-2', 'c;@SUM(A1)', '=HYPERLINK("x")', 'ok'];
    const csv = formatCsv([evil]);
    for (const cell of cellsSplitOn(csv, sep)) expect(cell).not.toMatch(/^\s*[=+\-@]/);
  });
});
