import { classifyHeader, findHeader, isCookieHeader } from '../../../src/core/charter/headers';
import { rowsOf } from '../../../src/core/charter/grid';
import { makeBodyFactory } from './load';

const body = makeBodyFactory();

describe('classifyHeader', () => {
  it.each([
    ['Nom du prestataire', 'provider'],
    ["Service provider's name", 'provider'],
    ['Service provider’s name', 'provider'],
    ['Provider', 'provider'],
    ['Supplier name', 'provider'],
    ['Nom du fournisseur', 'provider'],
    ['Émetteur', 'provider'],
    ['Service et emplacement', 'service'],
    ['Function and location', 'service'],
    ['Service and location', 'service'],
    ['Nom du cookies', 'name'],
    ['Nom du cookie', 'name'],
    ['Cookie name(s)', 'name'],
    ['Cookie name', 'name'],
    ['Cookie', 'name'],
    ['Nom', 'name'],
    ['Name', 'name'],
    ['Finalités', 'purpose'],
    ['Finalité', 'purpose'],
    ['Purposes', 'purpose'],
    ['Purpose', 'purpose'],
    ['Function', 'purpose'],
    ['Fonction', 'purpose'],
    ['Description', 'purpose'],
    ['Durée', 'duration'],
    ['Durée de conservation', 'duration'],
    ['Duration', 'duration'],
    ['Retention', 'duration'],
    ['Expiry', 'duration'],
    ['Expiration', 'duration'],
    ['Lifetime', 'duration'],
    ['Durée de vie du cookie', 'duration'],
    ['Type de cookie', null],
    ['Domaine', null],
    ['Population', null],
    ['', null],
    ['Nom du cookie '.repeat(10), null],
  ])('classifies %j as %s', (text, column) => {
    expect(classifyHeader(text)).toBe(column);
  });
});

describe('isCookieHeader', () => {
  it.each<[(string | null)[], string[], boolean]>([
    [['provider', 'service', 'name', 'purpose'], ['nom du prestataire', 'service et emplacement', 'nom du cookies', 'finalites'], true],
    [['provider', 'purpose'], ['provider', 'purpose'], true],
    [['name', 'duration'], ['nom', 'duree'], true],
    [['name', null], ['cookie', 'valeur'], true],
    [['name', null], ['nom', 'population'], false],
    [['name', 'purpose'], ['nom', 'description'], false],
    [['purpose', 'duration'], ['finalite', 'duree'], false],
    [[null, null], ['version', 'date'], false],
  ])('decides %j', (columns, texts, expected) => {
    expect(isCookieHeader(columns as Parameters<typeof isCookieHeader>[0], texts)).toBe(expected);
  });
});

describe('findHeader', () => {
  const header = (html: string) => {
    const table = body(html).querySelector('table');
    if (table === null) throw new Error('no table');
    return findHeader(rowsOf(table));
  };

  it('finds <th> in <thead>', () => {
    expect(header('<table><thead><tr><th>Provider</th><th>Cookie name</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>')).toEqual({
      rowIndex: 0,
      columns: ['provider', 'name'],
      texts: ['provider', 'cookie name'],
    });
  });

  it('finds bold first-row <td>s and skips a title row and empty rows', () => {
    const found = header(`<table><tr><td></td></tr><tr><td colspan="3">Liste</td></tr>
      <tr><td><p><strong>Durée</strong></p></td><td style="font-weight:bold">Finalité</td><td><b>Nom du cookie</b></td></tr></table>`);
    expect(found?.rowIndex).toBe(2);
    expect(found?.columns).toEqual(['duration', 'purpose', 'name']);
  });

  it('gives the first column of a spanning header its kind', () => {
    expect(header('<table><tr><th colspan="2">Cookie</th><th>Durée</th></tr></table>')?.columns).toEqual(['name', null, 'duration']);
  });

  it('ignores tables without cookie columns or with the header too far down', () => {
    expect(header('<table><tr><th>Version</th><th>Date</th></tr></table>')).toBeNull();
    expect(header('<table><tr><td>a</td></tr><tr><td>b</td></tr><tr><td>c</td></tr><tr><th>Cookie</th><th>Durée</th></tr></table>')).toBeNull();
    expect(header('<table></table>')).toBeNull();
  });
});
