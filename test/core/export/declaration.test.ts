import { parseCsv } from '../../../src/core/export/csv-format';
import { DECLARATION_CSV_COLUMNS, declarationToCsv, declarationToJson, declarationToMarkdown } from '../../../src/core/export/declaration';
import { declaration, entry } from '../compare/helpers';

const decl = declaration([
  entry(['sessionid'], { durationText: '2 weeks', maxAgeSeconds: 1_209_600 }),
  entry(['_pk_id.*', '_pk_ses.*'], { provider: 'Matomo', category: 'statistics', section: 'Mesure | audience' }),
  entry([], { service: 'Mesure d’audience', conditional: true, condition: 'after consent' }),
]);

describe('declaration exports', () => {
  it('JSON: { title, url, entries } with the public entry keys, in order, and nothing else', () => {
    const extra = { ...decl, entries: [{ ...decl.entries[0]!, internal: 1 }] };
    const parsed = JSON.parse(declarationToJson(extra));
    expect(Object.keys(parsed)).toEqual(['title', 'url', 'entries']);
    expect(Object.keys(parsed.entries[0])).toEqual([
      'names',
      'provider',
      'service',
      'purpose',
      'durationText',
      'maxAgeSeconds',
      'session',
      'conditional',
      'condition',
      'section',
      'category',
    ]);
    expect(JSON.parse(declarationToJson(decl)).entries[2].names).toEqual([]);
  });

  it('CSV: one row per entry, names joined with "; "', () => {
    const [header, ...rows] = parseCsv(declarationToCsv(decl));
    expect(header).toEqual([...DECLARATION_CSV_COLUMNS]);
    expect(rows.map((r) => [r[0], r[5], r[7], r[10]])).toEqual([
      ['sessionid', '1209600', 'false', 'necessary'],
      ['_pk_id.*; _pk_ses.*', '', 'false', 'statistics'],
      ['', '', 'true', 'necessary'],
    ]);
  });

  it('Markdown: a title and one escaped table line per entry', () => {
    const md = declarationToMarkdown(decl);
    expect(md.startsWith('# Charte cookies\n')).toBe(true);
    expect(md).toContain('| \\_pk\\_id.\\*, \\_pk\\_ses.\\* | Matomo |');
    expect(md).toContain('Mesure \\| audience');
    expect(md).toContain('| (unnamed) |');
    expect(md).toContain('after consent |');
  });
});
