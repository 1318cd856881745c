import { buildGrid, rowsOf, spanOf } from '../../../src/core/charter/grid';
import { makeBodyFactory } from './load';

const body = makeBodyFactory();
const layout = (html: string, width: number): string[][] => {
  const table = body(html).querySelector('table');
  if (table === null) throw new Error('no table');
  return buildGrid(rowsOf(table), width).map((row) => row.slots.map((cell) => cell?.textContent?.trim() ?? '·'));
};

describe('buildGrid', () => {
  it('carries a rowspan down and a colspan across', () => {
    const html = `<table>
      <tr><td rowspan="3">P</td><td>a</td><td colspan="2">bc</td></tr>
      <tr><td>d</td><td>e</td><td>f</td></tr>
      <tr><td colspan="3">ghi</td></tr>
      <tr><td>j</td></tr></table>`;
    expect(layout(html, 4)).toEqual([
      ['P', 'a', 'bc', 'bc'],
      ['P', 'd', 'e', 'f'],
      ['P', 'ghi', 'ghi', 'ghi'],
      ['j', '·', '·', '·'],
    ]);
  });

  it('treats rowspan="0" as "to the end" and clamps absurd spans', () => {
    const html = `<table>
      <tr><td rowspan="0">A</td><td colspan="999999">B</td></tr>
      <tr><td>c</td></tr><tr><td>d</td></tr></table>`;
    expect(layout(html, 2)).toEqual([
      ['A', 'B'],
      ['A', 'c'],
      ['A', 'd'],
    ]);
  });

  it('drops cells beyond the width and ignores nested tables', () => {
    const html = `<table><tr><td>a</td><td>b<table><tr><td>x</td><td>y</td></tr></table></td><td>c</td></tr></table>`;
    const table = body(html).querySelector('table');
    if (table === null) throw new Error('no table');
    expect(rowsOf(table)).toHaveLength(1);
    expect(buildGrid(rowsOf(table), 2)[0]?.own).toHaveLength(3);
    expect(layout(html, 2)[0]?.[0]).toBe('a');
  });

  it('reads span attributes defensively', () => {
    const cell = body('<table><tr><td colspan="-3" rowspan="abc">x</td></tr></table>').querySelector('td');
    if (cell === null) throw new Error('no cell');
    expect(spanOf(cell, 'colspan')).toBe(1);
    expect(spanOf(cell, 'rowspan')).toBe(1);
  });
});
