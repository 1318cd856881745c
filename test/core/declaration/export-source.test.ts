/** The exports carry a declaration's source: JSON keys, per-entry sources of a merged declaration, Markdown lines. */
import { mergeDeclarations } from '../../../src/core/declaration/merge';
import { declarationToJson, declarationToMarkdown, describeSource } from '../../../src/core/export/declaration';
import { toJson } from '../../../src/core/export/json';
import { toMarkdown } from '../../../src/core/export/markdown';
import type { Declaration, DeclarationSource } from '../../../src/core/types';
import { declaration, entry } from '../compare/helpers';
import { META, sampleReport } from '../export/fixtures';

const TABLE: DeclarationSource = { kind: 'cookie-table', url: 'https://www.example.test/cookies/' };
const KLARO: DeclarationSource = { kind: 'klaro', url: 'https://www.example.test/' };
const sourced = (d: Declaration, source: DeclarationSource): Declaration => ({ ...d, source, entries: d.entries.map((e) => ({ ...e, source })) });

describe('declaration exports', () => {
  it('JSON: `source` after `url`; an entry repeats it only when it differs (a merged declaration)', () => {
    const table = sourced(declaration([entry(['sessionid'])]), TABLE);
    expect(JSON.parse(declarationToJson(table))).toMatchObject({ source: TABLE, entries: [expect.not.objectContaining({ source: expect.anything() })] });
    const merged = mergeDeclarations([table, sourced(declaration([entry(['klaro'])]), KLARO)]).declaration;
    const json = JSON.parse(declarationToJson(merged));
    expect(Object.keys(json)).toEqual(['title', 'url', 'entries']);
    expect(json.entries.map((e: { source: DeclarationSource }) => e.source)).toEqual([TABLE, KLARO]);
    expect(Object.keys(json.entries[1]).at(-1)).toBe('source');
  });

  it('a declaration without a source prints exactly as before', () => {
    const json = JSON.parse(declarationToJson(declaration([entry(['a'])])));
    expect(Object.keys(json)).toEqual(['title', 'url', 'entries']);
    expect(json.entries[0]).not.toHaveProperty('source');
    expect(declarationToMarkdown(declaration([entry(['a'])]))).not.toContain('Source');
  });

  // Markdown cells are neutralised (no bare links): the address is there, broken up.
  it('Markdown and the stderr line name the kind and the address', () => {
    expect(declarationToMarkdown(sourced(declaration([entry(['a'])]), TABLE))).toMatch(/\n- Source: cookie-table \(https:.*example\.test\/cookies\/\)\n/);
    expect(describeSource(KLARO)).toBe('source: klaro (https://www.example.test/)');
  });
});

describe('report exports', () => {
  it('JSON: `source` between the provenance and the report when known; Markdown: a "Declared by" line', () => {
    const { report } = sampleReport();
    const json = JSON.parse(toJson(report, { ...META, source: { ...TABLE, sha256: 'f'.repeat(64) } }));
    expect(Object.keys(json)).toEqual(['charterUrl', 'fetchedAt', 'charterSha256', 'extensionVersion', 'browser', 'source', 'report']);
    expect(json.source).toEqual(TABLE);
    expect(Object.keys(JSON.parse(toJson(report, META)))).not.toContain('source');
    expect(toMarkdown(report, { ...META, source: KLARO })).toMatch(/\n- Declared by: klaro \(https:.*example\.test\/\)\n/);
  });
});
