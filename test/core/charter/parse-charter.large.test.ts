import { MAX_FIELD_CHARS } from '../../../src/core/charter/limits';
import { parseCharter } from '../../../src/core/charter/parse-charter';
import { htmlDocument } from './load';

function bigCharter(rows: number): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i += 1) {
    const provider = i % 3 === 0 ? '<td rowspan="3">Matomo</td>' : '';
    body.push(`<tr>${provider}<td><p>_pk_id.${i}</p></td><td>Distinguer les visiteurs<br>numéro ${i}</td><td>&nbsp;13 mois&nbsp;</td></tr>`);
  }
  return `<!DOCTYPE html><html ng-app="ods.frontend"><body><h2>Charte cookies</h2><h3>Cookies statistiques</h3>
    <table><tr><td><strong>Nom du prestataire</strong></td><td><strong>Nom du cookie</strong></td><td><strong>Finalités</strong></td><td><strong>Durée</strong></td></tr>${body.join('')}</table></body></html>`;
}

describe('parseCharter on large input', () => {
  it('reads a 10,000-row charter into 10,000 entries', () => {
    const doc = htmlDocument(bigCharter(10_000));
    const result = parseCharter(doc, '');
    expect(result.kind).toBe('declaration');
    if (result.kind !== 'declaration') return;
    const { entries } = result.declaration;
    expect(entries).toHaveLength(10_000);
    expect(entries[9_999]).toMatchObject({
      names: ['_pk_id.9999'],
      provider: 'Matomo',
      purpose: 'Distinguer les visiteurs numéro 9999',
      maxAgeSeconds: 34_187_400,
      category: 'statistics',
    });
  });

  // A purpose is a few hundred characters: a 200,000-character cell is read (its duration too) but
  // kept to MAX_FIELD_CHARS, since each entry is stored, and rowspans would copy it (limits.ts).
  it('reads a cell of 200,000 characters, keeping MAX_FIELD_CHARS of it', () => {
    const huge = 'Mesure d’audience, '.repeat(10_000);
    const doc = htmlDocument(
      `<table><tr><th>Cookie</th><th>Finalité</th><th>Durée</th></tr><tr><td>_ga</td><td><p>${huge}</p></td><td>${'13 mois '.repeat(5_000)}</td></tr></table>`,
    );
    const result = parseCharter(doc, '');
    expect(result.kind === 'declaration' && result.declaration.entries[0]?.maxAgeSeconds).toBe(34_187_400);
    const purpose = result.kind === 'declaration' ? result.declaration.entries[0]?.purpose : '';
    expect(purpose).toHaveLength(MAX_FIELD_CHARS);
    expect(purpose?.startsWith('Mesure d’audience, Mesure')).toBe(true);
    expect(purpose?.endsWith('…')).toBe(true);
  });
});
