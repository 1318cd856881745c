import { defuseLinks, mdCell, mdRow } from '../../../src/core/export/markdown-text';
import { toMarkdown } from '../../../src/core/export/markdown';
import { META, sampleReport } from './fixtures';

/** Splits a Markdown table line into cells on unescaped pipes. */
const cells = (line: string) => line.slice(2, -2).split(/(?<!\\) \| /);

describe('toMarkdown', () => {
  const { report } = sampleReport();
  const md = toMarkdown(report, META);
  const lines = md.split('\n');
  const table = lines.filter((l) => l.startsWith('| '));

  it('has a title, the provenance, the summary and one table line per row', () => {
    expect(lines[0]).toBe('# Cookie charter report: Charte cookies');
    expect(md).toContain('- Charter SHA-256: ' + 'a'.repeat(64));
    expect(md).toContain('- Cookie Charter 0.1.0 (firefox)');
    expect(md).toContain('**Summary:** 5 declared, 5 observed: 2 matched, 2 undeclared, 1 absent, 1 vague, 1 unnamed.');
    expect(table).toHaveLength(1 + report.rows.length);
  });

  it('keeps every table line to 8 cells: pipes and newlines in cells are escaped', () => {
    for (const line of table) expect(cells(line)).toHaveLength(8);
    expect(md).toContain('| =cmd\\|calc |');
    expect(md).toContain('(unnamed: Heatmaps \\| UX)');
    expect(md).toContain('\\_pk\\_id.\\*');
  });

  it('never writes a cookie value', () => expect(md).not.toContain('SECRET-VALUE'));
});

describe('mdCell', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['one\ntwo\r\nthree\rfour', 'one<br>two<br>three<br>four'],
    ['_ga_<container-id>', '\\_ga\\_\\<container-id\\>'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['back\\slash', 'back\\\\slash'],
    ['[link](x)', '\\[link\\](x)'],
    ['  padded  ', 'padded'],
  ])('%j → %j', (input, output) => expect(mdCell(input)).toBe(output));

  it('fills an empty cell so the table keeps its shape', () => {
    expect(mdRow(['', 'x'])).toBe('|   | x |');
  });
});

describe('defuseLinks: nothing GitHub would link or notify', () => {
  it.each([
    ['ping @octocat', 'ping @<!-- -->octocat'],
    ['@org/team', '@<!-- -->org/team'],
    ['see https://evil.test/x', 'see https:<!-- -->//evil.test/x'],
    ['HTTP://EVIL.TEST', 'HTTP:<!-- -->//EVIL.TEST'],
    ['www.evil.test', 'www<!-- -->.evil.test'],
    ['mail dpo@evil.test', 'mail dpo@<!-- -->evil.test'],
    ['a @ b, _pk_id.*, 13 mois', 'a @ b, _pk_id.*, 13 mois'],
  ])('%j → %j', (input, output) => expect(defuseLinks(input)).toBe(output));

  it('leaves no bare URL or mention in a table cell, and shows the same text once rendered', () => {
    const cell = mdCell('Matomo (https://matomo.org) — contact @dpo or www.cnil.fr');
    expect(cell).not.toMatch(/https:\/\/|@[a-z]|www\./i);
    // What a reader sees: the comments render as nothing, the backslash escapes as their character.
    expect(cell.replaceAll('<!-- -->', '').replace(/\\(.)/g, '$1')).toBe('Matomo (https://matomo.org) — contact @dpo or www.cnil.fr');
  });

  it('applies to the whole report export', () => {
    const { report } = sampleReport();
    const row = report.rows[0]!;
    const md = toMarkdown({ ...report, title: 'Charte @everyone https://evil.test', rows: [{ ...row, declaredName: '@octocat' }] }, META);
    expect(md).toContain('# Cookie charter report: Charte @<!-- -->everyone https:<!-- -->//evil.test');
    expect(md).not.toMatch(/(^|[^>])@[a-z]|https:\/\//m);
  });
});
