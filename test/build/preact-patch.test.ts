/**
 * @jest-environment jsdom
 *
 * The Preact we ship cannot write markup: rendered with the build's patched copy, a prop named
 * innerHTML or outerHTML, or dangerouslySetInnerHTML, never turns page text into elements. The
 * same renders with the unpatched copy do, so the test can fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM helper of the build
import { patchPreact } from '../../scripts/preact-patch.mjs';

const SOURCE = readFileSync(join(__dirname, '../../node_modules/preact/dist/preact.mjs'), 'utf8');
const HOSTILE = '<img src=x onerror="window.__pwned=1"><b>bold</b>';

type Preact = { h: (...a: unknown[]) => unknown; render: (vnode: unknown, parent: Element) => void };

/** Loads a Preact source (its one-line ESM build: no import, one export list) in this jsdom window. */
function load(code: string): Preact {
  const list = /export\{([^}]*)\};?/.exec(code);
  if (!list) throw new Error('no export list in preact.mjs');
  const exported = list[1]!
    .split(',')
    .map((pair) => pair.trim().split(/\s+as\s+/))
    .map(([local, name]) => `${name}: ${local}`);
  const body = code.replace(list[0], `return { ${exported.join(', ')} };`).replace(/\/\/# sourceMappingURL=.*$/m, '');
  return new Function(body)() as Preact;
}

function renderWith(preact: Preact, props: Record<string, unknown>): Element {
  const root = document.createElement('div');
  try {
    preact.render(preact.h('div', props), root);
  } catch {
    // the patched dangerouslySetInnerHTML throws: nothing written is what matters
  }
  return root;
}

const CASES: [string, Record<string, unknown>][] = [
  ['innerHTML', { innerHTML: HOSTILE }],
  ['outerHTML', { outerHTML: HOSTILE }],
  ['dangerouslySetInnerHTML', { dangerouslySetInnerHTML: { __html: HOSTILE } }],
];

describe('patchPreact', () => {
  it.each(CASES)('the shipped Preact writes no markup from a %s prop', (_name, props) => {
    const root = renderWith(load(patchPreact(SOURCE)), props);
    expect(root.querySelector('img, b')).toBeNull();
  });

  it.each(CASES.slice(0, 1).concat(CASES.slice(2)))('unpatched Preact does write markup from %s (what the patch closes)', (_name, props) => {
    const root = renderWith(load(SOURCE), props);
    expect(root.querySelector('b')).not.toBeNull();
  });

  it('fails the build when Preact no longer holds the code it patches', () => {
    expect(() => patchPreact(SOURCE.replace('"popover"!=t&&t in n)', '"popover"!=t&&t in q)'))).toThrow(/Preact changed/);
  });
});
