import { parseCharter, type ParseResult } from '../../../src/core/charter/parse-charter';
import type { DeclaredEntry } from '../../../src/core/types';
import { htmlDocument, makeBodyFactory } from './load';

const body = makeBodyFactory();
const HEAD = '<tr><th>Nom du prestataire</th><th>Nom du cookie</th><th>Finalités</th><th>Durée</th></tr>';
const table = (rows: string, head = HEAD): string => `<table><thead>${head}</thead><tbody>${rows}</tbody></table>`;

function entriesOf(result: ParseResult): DeclaredEntry[] {
  if (result.kind !== 'declaration') throw new Error('expected a declaration');
  return result.declaration.entries;
}
const parseBody = (html: string): ParseResult => parseCharter(body(html), 'https://x.test/terms/cookies-policy/');
const entries = (html: string): DeclaredEntry[] => entriesOf(parseBody(html));

describe('parseCharter: title', () => {
  const titleOf = (html: string): string => {
    const result = parseCharter(htmlDocument(html), '');
    return result.kind === 'declaration' ? result.declaration.title : result.title;
  };

  it.each<[string, string]>([
    ["<title>T</title><h2>Qu'est ce qu'un cookie ?</h2><h2>Charte cookies</h2>", 'Charte cookies'],
    ['<title>T</title><h1>Data Example</h1><h2>Cookies policy</h2>', 'Cookies policy'],
    ['<title>T</title><h3>Charte cookies</h3>', 'T'],
    ['<title>  Charte\n cookies — Portail </title><p>x</p>', 'Charte cookies — Portail'],
    ['<p>no title at all</p>', ''],
    ['<title>T</title><nav><h1>Cookies policy</h1></nav><a href="?format=pdf">Download as PDF</a>', 'T'],
    ['<title>T</title><h2>A quoi servent les cookies sur la plateforme</h2>', 'T'],
  ])('%j → %j', (html, title) => {
    expect(titleOf(html)).toBe(title);
  });
});

describe('parseCharter: sections', () => {
  it('takes the nearest heading before each table, including bold paragraphs', () => {
    const found = entries(`<h2>Charte cookies</h2><h3>Cookies nécessaires</h3><p>Texte.</p>${table('<tr><td>O</td><td>a</td><td>p</td><td>1 an</td></tr>')}
      <p><strong>Cookies statistiques</strong></p>${table('<tr><td>M</td><td>b</td><td>p</td><td>1 an</td></tr>')}
      <p><strong>Note :</strong> pas un titre.</p>${table('<tr><td>M</td><td>c</td><td>p</td><td>1 an</td></tr>')}
      <h3>After</h3>`);
    expect(found.map((e) => [e.names[0], e.section, e.category])).toEqual([
      ['a', 'Cookies nécessaires', 'necessary'],
      ['b', 'Cookies statistiques', 'statistics'],
      ['c', 'Cookies statistiques', 'statistics'],
    ]);
  });

  it('has an empty section when no heading comes before the table', () => {
    expect(entries(table('<tr><td>O</td><td>a</td><td>p</td><td></td></tr>'))[0]?.section).toBe('');
  });

  it('starts a sub-section at a full-width row inside the table', () => {
    const found = entries(`<h3>Liste</h3>${table(`<tr><td colspan="4">Cookies tiers</td></tr><tr><td>Y</td><td>YSC</td><td>p</td><td>session</td></tr>`)}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ names: ['YSC'], section: 'Cookies tiers', category: 'third-party', session: true });
  });
});

describe('parseCharter: conditions outside the purpose', () => {
  it('takes a condition out of the names cell', () => {
    const [found] = entries(table('<tr><td>O</td><td>django_language (only if the portal is multilingual)</td><td>Langue</td><td>1 an</td></tr>'));
    expect(found).toMatchObject({ names: ['django_language'], conditional: true, condition: 'only if the portal is multilingual' });
  });

  it.each(['(1)', '¹', '**'])('ties a footnote row to the rows marked %s and drops the marker', (marker) => {
    const found = entries(
      table(`<tr><td>O</td><td>sessionid${marker}</td><td>Session</td><td>2 semaines</td></tr>
        <tr><td>O</td><td>csrftoken</td><td>API</td><td>1 an</td></tr>
        <tr><td colspan="4">${marker} Ce cookie n'est déposé que pour les utilisateurs connectés.</td></tr>`),
    );
    expect(found.map((e) => [e.names, e.condition])).toEqual([
      [['sessionid'], "Ce cookie n'est déposé que pour les utilisateurs connectés."],
      [['csrftoken'], null],
    ]);
  });

  it('does not read the star of a pattern as a footnote call', () => {
    const found = entries(
      table(`<tr><td>M</td><td>_pk_id.*</td><td>Visites</td><td>13 mois</td></tr><tr><td>O</td><td>sessionid*</td><td>Session</td><td>2 semaines</td></tr>
        <tr><td colspan="4">* Uniquement pour les utilisateurs connectés.</td></tr>`),
    );
    expect(found.map((e) => [e.names, e.conditional])).toEqual([
      [['_pk_id.*'], false],
      [['sessionid'], true],
    ]);
  });

  it('applies an unmarked footnote row to the rows of its sub-section', () => {
    const found = entries(
      table(`<tr><td colspan="4">Cookies statistiques</td></tr><tr><td>M</td><td>_pk_id.*</td><td>Visites</td><td>13 mois</td></tr>
        <tr><td colspan="4">Ces cookies ne sont déposés qu'après votre consentement.</td></tr>
        <tr><td colspan="4">Cookies nécessaires</td></tr><tr><td>O</td><td>sessionid</td><td>Session</td><td>2 semaines</td></tr>`),
    );
    expect(found.map((e) => [e.names[0], e.section, e.condition])).toEqual([
      ['_pk_id.*', 'Cookies statistiques', "Ces cookies ne sont déposés qu'après votre consentement."],
      ['sessionid', 'Cookies nécessaires', null],
    ]);
  });
});

describe('parseCharter: rows', () => {
  it('skips empty rows and a repeated header, keeps unnamed rows', () => {
    const found = entries(
      table(`<tr><td></td><td>&nbsp;</td><td><br></td><td></td></tr>
        <tr><td>O</td><td>a</td><td>p</td><td></td></tr>
        <tr><th>Nom du prestataire</th><th>Nom du cookie</th><th>Finalités</th><th>Durée</th></tr>
        <tr><td>Matomo</td><td></td><td>Mesure d'audience</td><td>13 mois</td></tr>
        <tr></tr>`),
    );
    expect(found.map((e) => [e.names, e.provider])).toEqual([
      [['a'], 'O'],
      [[], 'Matomo'],
    ]);
  });

  it('reads rows that lack cells', () => {
    expect(entries(table('<tr><td>O</td><td>a</td></tr>'))[0]).toMatchObject({ names: ['a'], provider: 'O', purpose: '', durationText: '' });
  });

  it('has no lifetime without a duration column, whatever the purpose says', () => {
    const [found] = entries('<table><tr><th>Cookie</th><th>Finalité</th></tr><tr><td>_ga</td><td>Conservé 13 mois, durée de la session</td></tr></table>');
    expect(found).toMatchObject({ names: ['_ga'], durationText: '', maxAgeSeconds: null, session: false });
  });

  it('keeps script and markup in cells as literal text and leaves the document as it was', () => {
    const html = table('<tr><td>O</td><td><script>window.hacked = 1</script>x</td><td><img src=x onerror="alert(1)">Purpose &lt;b&gt;</td><td></td></tr>');
    const doc = body(html);
    const before = doc.body.innerHTML;
    const [found] = entriesOf(parseCharter(doc, ''));
    expect(found).toMatchObject({ names: ['window.hacked = 1x'], purpose: 'Purpose <b>' });
    expect(doc.body.innerHTML).toBe(before);
  });

  it('does not count the rows of a table nested in a cell', () => {
    const found = entries(
      table('<tr><td>O</td><td>a</td><td>p<table><tr><th>Cookie</th><th>Durée</th></tr><tr><td>inner</td><td>1 an</td></tr></table></td><td></td></tr>'),
    );
    expect(found.map((e) => e.names)).toEqual([['a']]);
  });
});

describe('parseCharter: documents without a cookie table', () => {
  it.each(['', '<p>text</p>', '<table><tr><td>Nom</td><td>Population</td></tr><tr><td>Bourges</td><td>1</td></tr></table>', '<table></table>'])(
    "returns 'no-table' for %j",
    (html) => {
      expect(parseBody(html).kind).toBe('no-table');
    },
  );

  it('copes with a document without a body', () => {
    const doc = body('');
    doc.documentElement.removeChild(doc.body);
    expect(parseCharter(doc, '')).toEqual({ kind: 'no-table', title: '' });
  });
});
