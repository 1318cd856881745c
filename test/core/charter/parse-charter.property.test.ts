import { appendFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { array, assert, constantFrom, integer, nat, oneof, property, record, string, tuple, type Arbitrary } from 'fast-check';
import { parseCharter } from '../../../src/core/charter/parse-charter';
import { makeBodyFactory } from './load';
import { shapeProblems } from './well-formed';

const makeDoc = makeBodyFactory();

/**
 * Runs per property: a quick default for `npm test`, or CC_FUZZ_RUNS for `npm run fuzz`, which
 * also names a file (CC_FUZZ_REPORT) where each property adds how many cases it tried.
 */
const runs = (quick: number) => Number(process.env.CC_FUZZ_RUNS) || quick;
const timeout = (quick: number) => Math.max(60_000, runs(quick) * 50);
const tried: Record<string, number> = {};
const count = (what: string) => (tried[what] = (tried[what] ?? 0) + 1);
afterAll(() => {
  if (process.env.CC_FUZZ_REPORT)
    appendFileSync(
      process.env.CC_FUZZ_REPORT,
      Object.entries(tried)
        .map(([what, cases]) => `${JSON.stringify({ what, cases })}\n`)
        .join(''),
    );
});

const HEADER_WORDS = [
  'Nom du prestataire',
  'Service et emplacement',
  'Nom du cookies',
  'Finalités',
  'Supplier name',
  'Cookie name',
  'Duration',
  'Function',
  'Function and location',
  "Service provider's name",
  'Cookie name(s)',
  'Purposes',
  'Durée',
  'Provider',
  'Nom',
  'Population',
  'Type',
  'Domaine',
  '',
  'Cookie',
  'Expiry',
];
const CELL_TEXT = [
  'sessionid',
  '_ga, _gid et _gat',
  '_pk_id.*<br>_pk_ses.*',
  'Any cookie starting with “_hs”',
  'tout cookie commençant par _pk',
  '2 weeks by default',
  'Token randomly reset between two requests or two sessions. Up to 12 months',
  '13 mois',
  'session',
  'This cookie is activated only if the portal is available in multiple languages',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<p>a</p><p>&nbsp;</p>',
  '&nbsp;',
  '-',
  'N/A',
  '*',
  '(1) only for signed-in users',
  '<strong>Cookies tiers</strong>',
  '<table><tr><th>Cookie</th><th>Durée</th></tr><tr><td>inner</td><td>1 an</td></tr></table>',
  '9'.repeat(400) + ' years',
  '<p><b>bold</b></p>',
  '</td></tr></table><table><tr><td>Cookie</td><td>Durée',
];
const SPAN = oneof(
  constantFrom('', ' colspan="2"', ' rowspan="2"', ' rowspan="0"', ' colspan="0"', ' colspan="-1"', ' rowspan="999999"', ' colspan="x"'),
  string({ maxLength: 3 }).map((s) => ` rowspan="${s.replaceAll('"', '')}"`),
);
const TEXT: Arbitrary<string> = oneof(
  { weight: 4, arbitrary: constantFrom(...CELL_TEXT) },
  { weight: 2, arbitrary: string({ maxLength: 30 }) },
  { weight: 1, arbitrary: string({ unit: 'grapheme', maxLength: 20 }) },
  // Long text, kept moderate: building the jsdom tree costs far more than parsing it.
  { weight: 1, arbitrary: tuple(constantFrom(...CELL_TEXT), nat(20)).map(([text, n]) => text.repeat(n + 1)) },
);
const CELL = tuple(constantFrom('td', 'th'), SPAN, TEXT).map(([tag, span, text]) => `<${tag}${span}>${text}</${tag}>`);
const HEADER_CELL = tuple(constantFrom('td', 'th', 'td-strong', 'td-style'), SPAN, oneof(constantFrom(...HEADER_WORDS), string({ maxLength: 12 }))).map(
  ([kind, span, word]) => {
    if (kind === 'td-strong') return `<td${span}><strong>${word}</strong></td>`;
    if (kind === 'td-style') return `<td${span} style="font-weight: bold">${word}</td>`;
    return `<${kind}${span}>${word}</${kind}>`;
  },
);
const TABLE = record({
  head: array(HEADER_CELL, { maxLength: 6 }),
  thead: constantFrom(true, false),
  rows: array(array(CELL, { maxLength: 7 }), { maxLength: 8 }),
}).map(({ head, thead, rows }) => {
  const headRow = `<tr>${head.join('')}</tr>`;
  const body = rows.map((cells) => `<tr>${cells.join('')}</tr>`).join('');
  return thead ? `<table><thead>${headRow}</thead><tbody>${body}</tbody></table>` : `<table>${headRow}${body}</table>`;
});
const BLOCK = oneof(
  TABLE,
  constantFrom(
    '<h2>Charte cookies</h2>',
    '<h3>Cookies statistiques</h3>',
    '<p><strong>Cookies tiers</strong></p>',
    '<a href="?format=pdf">Download as PDF</a>',
    '<nav><h1>Menu</h1></nav>',
    '<p>Texte</p>',
  ),
  TEXT,
);
// Blocks, some wrapped in a layout table cell or a div, to nest tables in tables.
const DOCUMENT = array(tuple(BLOCK, constantFrom('', 'layout', 'div', 'cell')), { maxLength: 6 }).map((blocks) =>
  blocks
    .map(([html, wrap]) => {
      if (wrap === 'layout') return `<table><tr><td>${html}</td></tr></table>`;
      if (wrap === 'div') return `<div>${html}</div>`;
      if (wrap === 'cell') return `<table><tr><th>Cookie</th><th>Durée</th></tr><tr><td>${html}</td><td>1 an</td></tr></table>`;
      return html;
    })
    .join('\n'),
);

function expectWellFormed(doc: Document): void {
  const result = parseCharter(doc, 'https://x.test/terms/cookies-policy/');
  expect(shapeProblems(result)).toEqual([]);
}

describe('parseCharter (property)', () => {
  it(
    'returns well-formed output for random charter documents',
    () => {
      assert(
        property(DOCUMENT, (html) => {
          count('generated charter documents');
          expectWellFormed(makeDoc(html));
        }),
        { numRuns: runs(150) },
      );
    },
    timeout(150),
  );

  const fixtures = readdirSync(join(__dirname, '..', '..', 'fixtures', 'charters')).map((name) =>
    readFileSync(join(__dirname, '..', '..', 'fixtures', 'charters', name), 'utf8').replace(/^[\s\S]*?<body[^>]*>|<\/body>[\s\S]*$/g, ''),
  );
  // Mutations applied to a real charter: remove, duplicate or re-span a random cell or row,
  // or inject a random fragment into a random cell.
  const MUTATION = tuple(constantFrom('remove-cell', 'remove-row', 'duplicate-row', 'span', 'inject', 'unwrap-thead'), nat(), nat(), TEXT);
  // ...and, before those, cuts in its markup: a slice dropped, repeated, or replaced by random
  // text or by a slice of another charter (unclosed tags, tables cut in half, stray </td>).
  const CUT = tuple(constantFrom('drop', 'repeat', 'text', 'graft'), nat(), nat(2000), TEXT, nat());

  function cutMarkup(html: string, [kind, at, length, text, other]: [string, number, number, string, number]): string {
    const start = at % (html.length + 1);
    const end = Math.min(html.length, start + length);
    const donor = fixtures[other % fixtures.length] ?? '';
    const graft = donor.slice(other % (donor.length + 1), (other % (donor.length + 1)) + length);
    const middle = { drop: '', repeat: html.slice(start, end).repeat(2), text, graft }[kind] ?? '';
    return html.slice(0, start) + middle + html.slice(end);
  }

  it(
    'returns well-formed output for mutated real charters',
    () => {
      assert(
        property(integer({ min: 0, max: fixtures.length - 1 }), array(CUT, { maxLength: 3 }), array(MUTATION, { maxLength: 8 }), (index, cuts, mutations) => {
          count('mutated real charter documents');
          const doc = makeDoc(cuts.reduce(cutMarkup, fixtures[index] ?? ''));
          for (const [kind, a, b, text] of mutations) {
            const cells = doc.querySelectorAll('td, th');
            const rows = doc.querySelectorAll('tr');
            const cell = cells[a % Math.max(cells.length, 1)];
            const row = rows[a % Math.max(rows.length, 1)];
            if (kind === 'remove-cell') cell?.remove();
            if (kind === 'remove-row') row?.remove();
            if (kind === 'duplicate-row' && row) row.after(row.cloneNode(true));
            if (kind === 'span') cell?.setAttribute(b % 2 === 0 ? 'rowspan' : 'colspan', String((b % 7) - 1));
            if (kind === 'inject' && cell) cell.innerHTML += text;
            if (kind === 'unwrap-thead') doc.querySelector('thead')?.replaceWith(...Array.from(doc.querySelector('thead')?.childNodes ?? []));
          }
          expectWellFormed(doc);
        }),
        { numRuns: runs(60) },
      );
    },
    timeout(60),
  );
});
