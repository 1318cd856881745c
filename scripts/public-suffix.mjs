#!/usr/bin/env node
// Writes the Public Suffix List the background worker reads (public-suffix.txt.gz), taken from the
// compiled trie the installed tldts package ships, so the extension and the node side (jest, the
// CLI, which call tldts itself) always follow the same list:
//   node scripts/public-suffix.mjs <outfile>     (an outfile ending in .gz is written gzipped)
// The text is in the list's own syntax, one rule per line (`gouv.fr`, `*.ck`, `!www.ck`), the ICANN
// section then the private one, each between the list's own BEGIN/END comment lines; it is read by
// src/core/cookies/public-suffix.ts.
import { rename, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
// Static imports, not import.meta and createRequire: jest loads this file as CommonJS for its tests.
import * as trie from 'tldts/dist/cjs/src/data/trie.js';
import tldtsPackage from 'tldts/package.json' with { type: 'json' };

const gzipAsync = promisify(gzip);

/** The trie's node flags: which section of the list a rule that ends on the node comes from. */
const SECTIONS = [
  { flag: 1, name: 'ICANN' },
  { flag: 2, name: 'PRIVATE' },
];

/**
 * Every rule of a tldts flat trie, as `{ rule, flag }`. The trie is a graph of nodes (identical
 * subtrees are shared): node `n`'s edges are `edgeStart[n]` up to `edgeStart[n + 1]`, edge `e`
 * carries the next label to the left (its text is the `edgeLength[e]` characters of `labelText`
 * after those of the edges before it) and leads to node `edgeChild[e]`; a node with a non-zero
 * flag ends a rule. Exceptions live under their own root, written here with their `!`.
 * @example rulesOfTrie(trie).length // 11257 (tldts 7.6.0)
 */
export function rulesOfTrie({ nodeFlags, edgeStart, edgeLength, edgeChild, labelText, rulesRoot, exceptionsRoot }) {
  const offset = new Uint32Array(edgeLength.length);
  for (let edge = 0, at = 0; edge < edgeLength.length; edge++) {
    offset[edge] = at;
    at += edgeLength[edge];
  }
  const rules = [];
  // Iterative depth-first walk: a path is one label per edge, the right-most first.
  const walk = (root, prefix) => {
    const stack = [[root, '']];
    while (stack.length) {
      const [node, suffix] = stack.pop();
      for (let edge = edgeStart[node]; edge < edgeStart[node + 1]; edge++) {
        const label = labelText.slice(offset[edge], offset[edge] + edgeLength[edge]);
        const name = suffix === '' ? label : `${label}.${suffix}`;
        const child = edgeChild[edge];
        if (nodeFlags[child] !== 0) rules.push({ rule: prefix + name, flag: nodeFlags[child] });
        stack.push([child, name]);
      }
    }
  };
  walk(rulesRoot, '');
  walk(exceptionsRoot, '!');
  return rules;
}

/** Right-most label first (`gouv.fr` → `fr gouv`): rules of one TLD end up side by side, which gzip likes. */
const sortKey = (rule) =>
  rule
    .replace(/^[!*]\.?/, '')
    .split('.')
    .toReversed()
    .join(' ');

/** The list as text: each section sorted by its labels read right to left, between its BEGIN/END lines. */
export function publicSuffixText(rules, source) {
  const lines = [`// Public Suffix List (https://publicsuffix.org/), from ${source}`];
  for (const { flag, name } of SECTIONS) {
    const section = rules.filter((r) => r.flag === flag).map((r) => [sortKey(r.rule), r.rule]);
    section.sort(([a, ra], [b, rb]) => (a < b ? -1 : a > b ? 1 : ra < rb ? -1 : ra > rb ? 1 : 0));
    lines.push(`// ===BEGIN ${name} DOMAINS===`, ...section.map(([, rule]) => rule), `// ===END ${name} DOMAINS===`);
  }
  const unknown = rules.find((r) => !SECTIONS.some(({ flag }) => flag === r.flag));
  if (unknown) throw new Error(`public suffix: rule ${unknown.rule} has an unknown flag ${unknown.flag}`);
  return `${lines.join('\n')}\n`;
}

/** The installed tldts's rules and the name of what they come from (`tldts 7.6.0`). */
export function installedRules() {
  return { rules: rulesOfTrie(trie), source: `tldts ${tldtsPackage.version}` };
}

const packed = {};

async function packList(gzipped) {
  const { rules, source } = installedRules();
  const text = Buffer.from(publicSuffixText(rules, source));
  return gzipped ? gzipAsync(text, { level: 9 }) : text;
}

/**
 * Writes the list, gzipped (level 9) when `outfile` ends in `.gz`, through a temporary file renamed
 * into place (a browser reloading the unpacked extension never reads half a file); returns the
 * bytes written.
 */
export async function writePublicSuffixes(outfile) {
  const gzipped = outfile.endsWith('.gz');
  // Once per process: the list changes only with `npm install`, and watch mode writes it on every rebuild.
  packed[gzipped] ??= packList(gzipped);
  const bytes = await packed[gzipped];
  const temporary = `${outfile}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, outfile);
  return bytes.length;
}

// Run as a script, not imported (by the build, the bench's scripts/bench/psl.mjs or jest).
if (/[\\/]scripts[\\/]public-suffix\.mjs$/.test(process.argv[1] ?? '')) {
  const outfile = process.argv[2];
  if (!outfile || outfile.startsWith('-')) {
    console.error('usage: node scripts/public-suffix.mjs <outfile>');
    process.exit(2);
  }
  writePublicSuffixes(outfile).then(
    (bytes) => console.log(`[public-suffix] wrote ${outfile} (${bytes} bytes)`),
    (error) => {
      console.error(`[public-suffix] ${error.message}`);
      process.exit(1);
    },
  );
}
