/**
 * scripts/public-suffix.mjs: the list it derives from tldts's compiled trie is complete (as many
 * rules as the trie holds, counted another way), each rule is one tldts knows, the file is written
 * gzipped through a renamed temporary, and the worker's bundle no longer carries tldts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { getPublicSuffix } from 'tldts';
// @ts-expect-error tldts ships no types for its data file
import * as trieModule from 'tldts/dist/cjs/src/data/trie.js';
import { parsePublicSuffixes } from '../../src/core/cookies/public-suffix';
// @ts-expect-error plain ESM module of the build
import * as script from '../../scripts/public-suffix.mjs';

type Rule = { rule: string; flag: number };
type Trie = {
  nodeFlags: Uint8Array;
  edgeStart: Uint16Array;
  edgeLength: Uint8Array;
  edgeChild: Uint16Array;
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
};
const trie = trieModule as Trie;
const { rulesOfTrie, installedRules, publicSuffixText, writePublicSuffixes } = script as {
  rulesOfTrie: (t: Trie) => Rule[];
  installedRules: () => { rules: Rule[]; source: string };
  publicSuffixText: (rules: Rule[], source: string) => string;
  writePublicSuffixes: (outfile: string) => Promise<number>;
};
const { rules, source } = installedRules();
const OPTIONS = { allowPrivateDomains: true } as const;

/** Rules the trie holds, counted without listing them: paths from a root to a flagged node (nodes are shared). */
function countRules(root: number): number {
  const memo = new Map<number, number>();
  const below = (node: number): number => {
    if (memo.has(node)) return memo.get(node)!;
    let n = 0;
    for (let edge = trie.edgeStart[node]!; edge < trie.edgeStart[node + 1]!; edge++) {
      const child = trie.edgeChild[edge]!;
      n += (trie.nodeFlags[child] !== 0 ? 1 : 0) + below(child);
    }
    memo.set(node, n);
    return n;
  };
  return below(root);
}

describe('the rules derived from the trie', () => {
  it('are as many as the trie holds, none twice', () => {
    expect(rules.length).toBe(countRules(trie.rulesRoot) + countRules(trie.exceptionsRoot));
    expect(new Set(rules.map((r) => r.rule)).size).toBe(rules.length);
    expect(rules.length).toBeGreaterThan(10_000);
    expect(source).toMatch(/^tldts \d+\.\d+\.\d+$/);
  });

  const sectionOf = new Map(rules.map(({ rule, flag }) => [rule, flag === 1 ? 'ICANN' : flag === 2 ? 'private' : `flag ${flag}`]));
  it.each([
    ['gouv.fr', 'ICANN'],
    ['fr', 'ICANN'],
    ['co.uk', 'ICANN'],
    ['*.ck', 'ICANN'],
    ['!www.ck', 'ICANN'],
    ['*.kawasaki.jp', 'ICANN'],
    ['!city.kawasaki.jp', 'ICANN'],
    ['公司.cn', 'ICANN'],
    ['github.io', 'private'],
    ['blogspot.com', 'private'],
    ['s3.amazonaws.com', 'private'],
    ['myshopify.com', 'private'],
  ])('holds %s, in the %s section', (rule, section) => {
    expect(sectionOf.get(rule)).toBe(section);
  });

  it('are each a rule tldts applies: a host named as the rule is a public suffix', () => {
    const wrong = rules
      .filter(({ rule }) => !rule.startsWith('!'))
      .map(({ rule }) => rule.replace(/^\*/, 'wild'))
      .filter((suffix) => getPublicSuffix(suffix, OPTIONS) !== suffix);
    expect(wrong).toEqual([]);
    // An exception's suffix is its parent: !www.ck makes www.ck registrable.
    for (const { rule } of rules.filter((r) => r.rule.startsWith('!')))
      expect(getPublicSuffix(`a.${rule.slice(1)}`, OPTIONS)).toBe(rule.slice(rule.indexOf('.') + 1));
  });

  it('walks any trie of that shape: two roots, shared nodes, labels in edge order', () => {
    // rules: fr, gouv.fr, *.ck; exception: !www.ck. Node 0 is the rules root, 4 the exceptions root.
    const tiny = {
      nodeFlags: new Uint8Array([0, 1, 0, 1, 0, 0, 1]),
      edgeStart: new Uint16Array([0, 2, 3, 4, 4, 5, 6, 6]),
      edgeLength: new Uint8Array([2, 2, 4, 1, 2, 3]),
      edgeChild: new Uint16Array([1, 2, 3, 3, 5, 6]),
      labelText: 'frckgouv*ckwww',
      rulesRoot: 0,
      exceptionsRoot: 4,
    };
    expect(
      rulesOfTrie(tiny)
        .map((r) => r.rule)
        .sort(),
    ).toEqual(['!www.ck', '*.ck', 'fr', 'gouv.fr']);
  });
});

describe('publicSuffixText', () => {
  const text = publicSuffixText(rules, source);

  it('writes the ICANN section, then the private one, in the list’s own syntax', () => {
    const lines = text.trimEnd().split('\n');
    const at = (marker: string) => lines.indexOf(`// ===${marker} DOMAINS===`);
    expect(at('BEGIN ICANN')).toBeLessThan(at('END ICANN'));
    expect(at('END ICANN')).toBeLessThan(at('BEGIN PRIVATE'));
    expect(at('BEGIN PRIVATE')).toBeLessThan(at('END PRIVATE'));
    expect(lines.indexOf('gouv.fr')).toBeLessThan(at('END ICANN'));
    expect(lines.indexOf('github.io')).toBeGreaterThan(at('BEGIN PRIVATE'));
    expect(lines.filter((l) => l !== '' && !l.startsWith('//'))).toHaveLength(rules.length);
  });

  it('refuses a rule of no known section', () => {
    expect(() => publicSuffixText([{ rule: 'x', flag: 3 }], source)).toThrow('rule x has an unknown flag 3');
  });
});

describe('writePublicSuffixes', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'cc-psl-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the list gzipped (level 9) through a renamed temporary, and says how many bytes', async () => {
    const file = join(dir, 'public-suffix.txt.gz');
    const bytes = await writePublicSuffixes(file);
    const data = readFileSync(file);
    expect(bytes).toBe(data.length);
    expect(readdirSync(dir)).toEqual(['public-suffix.txt.gz']); // no temporary left behind
    const text = gunzipSync(data).toString('utf8');
    expect(text).toBe(publicSuffixText(rules, source));
    expect(parsePublicSuffixes(text).size).toBe(rules.length);
    expect(bytes).toBeLessThan(text.length / 3);
  });

  it('writes it plain for a name without .gz', async () => {
    const file = join(dir, 'public-suffix.txt');
    await writePublicSuffixes(file);
    expect(readFileSync(file, 'utf8')).toBe(publicSuffixText(rules, source));
  });
});

describe('the worker bundle', () => {
  it('no longer carries tldts (the list is read from public-suffix.txt.gz)', async () => {
    const root = join(__dirname, '../..');
    const out = await build({
      absWorkingDir: root,
      entryPoints: ['src/background/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      minify: true,
      format: 'iife',
      outdir: join(tmpdir(), 'cc-psl-bundle'),
      define: { __TARGET__: '"chrome"', __DEV__: 'false' },
      logLevel: 'silent',
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs).toContain('src/core/cookies/public-suffix.ts');
    expect(inputs.filter((path) => path.includes('node_modules/tldts'))).toEqual([]);
  });
});
