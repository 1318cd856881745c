import { spanOf } from '../../../src/core/charter/grid';
import {
  clip,
  DeclarationBudget,
  DECLARATION_SIZE_BASE,
  DECLARATION_SIZE_FACTOR,
  MAX_COLSPAN,
  MAX_DECLARATION_BYTES,
  MAX_ENTRIES,
  MAX_FIELD_CHARS,
  MAX_NAMES,
  MAX_ROWSPAN,
  MAX_SECTION_CHARS,
} from '../../../src/core/charter/limits';
import { parseCharter } from '../../../src/core/charter/parse-charter';
import type { Declaration } from '../../../src/core/types';
import { htmlDocument } from './load';

const HEADER = '<thead><tr><th>Nom du prestataire</th><th>Nom du cookie</th><th>Durée</th><th>Finalité</th></tr></thead>';
const page = (body: string, heading = 'Cookies nécessaires') =>
  `<!doctype html><html><body><h2>Charte cookies</h2><h3>${heading}</h3><table>${HEADER}<tbody>${body}</tbody></table></body></html>`;

/** Parsed with the page's length, as the CLI passes it; without, the serialised document's length is used. */
function declarationOf(html: string): Declaration {
  const result = parseCharter(htmlDocument(html), 'https://data.example.fr/terms/cookies-policy/', html.length);
  if (result.kind !== 'declaration') throw new Error('no declaration');
  return result.declaration;
}

/** The bound every declaration keeps: a small multiple of its page, and an absolute maximum. */
function expectBounded(html: string, declaration: Declaration): number {
  const size = JSON.stringify(declaration).length;
  expect(size).toBeLessThanOrEqual(DECLARATION_SIZE_FACTOR * html.length + DECLARATION_SIZE_BASE);
  expect(size).toBeLessThanOrEqual(MAX_DECLARATION_BYTES);
  return size;
}

/** 28.8 KB: four cells of 1,200 characters spanning 65,534 rows, then 1,250 rows of one cell. */
const SPAN_BOMB = page(
  `<tr>${['a', 'b', 'c', 'd'].map((ch) => `<td rowspan="65534">${ch.repeat(1200)}</td>`).join('')}</tr>${'<tr><td>x</td></tr>'.repeat(1250)}`,
);

describe('declaration size caps', () => {
  it('keeps a 28.8 KB rowspan bomb to a bounded declaration (it made 6.3 MB, 1,251 entries)', () => {
    expect(SPAN_BOMB.length).toBeGreaterThan(28_000);
    expect(SPAN_BOMB.length).toBeLessThan(30_000);
    const declaration = declarationOf(SPAN_BOMB);
    const size = expectBounded(SPAN_BOMB, declaration);
    expect(size).toBeLessThan(20 * SPAN_BOMB.length);
    // What is kept is still read right: the first rows carry the spanning cells.
    expect(declaration.entries[0]).toMatchObject({ provider: 'a'.repeat(1200), names: ['b'.repeat(256 - 1) + '…'] });
    expect(declaration.entries.length).toBeLessThanOrEqual(MAX_ROWSPAN);
  });

  it('clamps spans: colspan to MAX_COLSPAN, rowspan (and rowspan="0") to MAX_ROWSPAN', () => {
    const doc = htmlDocument('<table><tr><td colspan="1000" rowspan="65534">a</td><td rowspan="0">b</td><td colspan="3">c</td></tr></table>');
    const [wide, zero, small] = [...doc.querySelectorAll('td')];
    expect([spanOf(wide!, 'colspan'), spanOf(wide!, 'rowspan')]).toEqual([MAX_COLSPAN, MAX_ROWSPAN]);
    expect(spanOf(zero!, 'rowspan')).toBe(MAX_ROWSPAN);
    expect(spanOf(small!, 'colspan')).toBe(3);
  });

  it('stops a rowspan at MAX_ROWSPAN rows', () => {
    const rows = Array.from(
      { length: MAX_ROWSPAN + 50 },
      (_, i) => `<tr>${i === 0 ? '<td rowspan="0">Huwise</td>' : ''}<td>c${i}</td><td>1 jour</td><td>Session</td></tr>`,
    );
    const entries = declarationOf(page(rows.join(''))).entries;
    expect(entries).toHaveLength(MAX_ROWSPAN + 50);
    expect(entries[MAX_ROWSPAN - 1]?.provider).toBe('Huwise');
    expect(entries[MAX_ROWSPAN]?.provider).not.toBe('Huwise');
  });

  it('makes no entry of a row without a cell of its own', () => {
    const html = page(
      '<tr><td rowspan="5">Huwise</td><td rowspan="5">sessionid</td><td rowspan="5">2 semaines</td><td rowspan="5">Session</td></tr><tr></tr><tr></tr><tr></tr><tr></tr>',
    );
    expect(declarationOf(html).entries.map((e) => e.names)).toEqual([['sessionid']]);
  });

  it('clips long fields, names, sections and footnote conditions', () => {
    const long = 'Mesure d’audience. '.repeat(1000);
    const names = Array.from({ length: 200 }, (_, i) => `c${i}`).join(', ');
    const footnote = `<tr><td colspan="4">* Uniquement si ${'vous acceptez '.repeat(1000)}</td></tr>`;
    const html = page(`<tr><td>${long}</td><td>${names}*</td><td>13 mois</td><td>${long}</td></tr>${footnote}`, 'Section '.repeat(500));
    const [entry] = declarationOf(html).entries;
    expect(entry?.provider).toHaveLength(MAX_FIELD_CHARS);
    expect(entry?.purpose).toHaveLength(MAX_FIELD_CHARS);
    expect(entry?.names).toHaveLength(MAX_NAMES);
    expect(entry?.section).toHaveLength(MAX_SECTION_CHARS);
    expect(entry?.condition?.length).toBeLessThanOrEqual(MAX_FIELD_CHARS);
    expect(entry?.conditional).toBe(true);
  });

  // Counted by the budget itself: 20,001 rows in jsdom take 20 s. The CLI's hostile test reads
  // the 20,000-row charter whole through parseCharter.
  it(`takes at most MAX_ENTRIES (${MAX_ENTRIES}) entries`, () => {
    const budget = new DeclarationBudget(() => 10 * MAX_DECLARATION_BYTES);
    const entry = declarationOf(page('<tr><td>H</td><td>c</td><td>1 jour</td><td>x</td></tr>')).entries[0]!;
    let taken = 0;
    for (let i = 0; i <= MAX_ENTRIES; i += 1) if (budget.take(entry)) taken += 1;
    expect(taken).toBe(MAX_ENTRIES);
    expect(budget.open).toBe(false);
  });

  it('stops at the relative cap when tiny rows would make big entries', () => {
    const html = `<table><tr><th>Provider</th><th>Cookie name</th></tr>${'<tr><td>H<td>c'.repeat(5000)}</table>`;
    const declaration = declarationOf(html);
    expect(declaration.entries.length).toBeGreaterThan(1000);
    expect(declaration.entries.length).toBeLessThan(5000);
    expectBounded(html, declaration);
  });

  it('never passes MAX_DECLARATION_BYTES, whatever the page size', () => {
    const budget = new DeclarationBudget(() => 100 * MAX_DECLARATION_BYTES);
    const entry = declarationOf(page(`<tr><td>H</td><td>c</td><td>1 jour</td><td>${'x'.repeat(3000)}</td></tr>`)).entries[0]!;
    let size = 0;
    while (budget.take(entry)) size += JSON.stringify(entry).length + 1;
    expect(size).toBeLessThanOrEqual(MAX_DECLARATION_BYTES);
    expect(size).toBeGreaterThan(MAX_DECLARATION_BYTES - 8192);
  });

  it('leaves real charters whole', () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) => `<tr><td>Huwise</td><td>c${i}</td><td>13 mois</td><td>${'Mesure d’audience du portail. '.repeat(10)}</td></tr>`,
    );
    expect(declarationOf(page(rows.join(''))).entries).toHaveLength(40);
  });
});

describe('clip', () => {
  it('cuts with an ellipsis, never inside a surrogate pair', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('abc', 4)).toBe('abc');
    expect(clip('ab😀cd', 4)).toBe('ab…');
  });
});
