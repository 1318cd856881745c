/**
 * Text helpers for charter cells: our own `innerText`-like reading of an element (which jsdom
 * lacks and which costs a layout in browsers), plus the accent/case folding keyword matching uses.
 */

/** Tags whose boundaries end a line, the way a reader sees the cell. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

// `\s` already covers &nbsp; (U+00A0) and the Unicode space separators; zero-width
// characters are not spaces but end up in copy-pasted charters, so they are dropped.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\u00ad]/g;
const SPACES = /\s+/g;
// Anything beyond ASCII needs the full fold (accents, typographic quotes).
const NON_ASCII = /[^\u0020-\u007e\s]/;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const ELEMENT_NODE = 1;

/** Collapses whitespace on each line, drops blank lines: "\n a \n\n b " → "a\nb". */
export function tidyLines(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(ZERO_WIDTH, '').split('\n')) {
    const tidy = line.replace(SPACES, ' ').trim();
    if (tidy !== '') out.push(tidy);
  }
  return out.join('\n');
}

/** One line of text: line breaks become spaces. */
export function flatten(text: string): string {
  return text.replaceAll('\n', ' ');
}

/**
 * The visible text of an element, with `<br>` and block boundaries (`<p>`, `<div>`, `<li>`...)
 * as "\n", source whitespace collapsed and blank lines removed. Script text stays literal text.
 * With `limit`, reading stops after about that many characters (or 8× as many nodes): enough
 * to tell a header cell from a layout cell holding a whole page.
 * @example elementText(td) // "<td><p>_ga</p><p>_gid&nbsp;</p></td>" → "_ga\n_gid"
 */
export function elementText(root: Element, limit = Number.POSITIVE_INFINITY): string {
  // Fast path: most cells hold only text, and textContent is native.
  if (root.firstElementChild === null) {
    const text = root.textContent ?? '';
    return tidyLines((text.length > limit ? text.slice(0, limit) : text).replace(SPACES, ' '));
  }
  const parts: string[] = [];
  let length = 0;
  let budget = limit * 8;
  // Iterative walk (null = "end of block" marker) so hostile nesting cannot overflow the stack.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    budget -= 1;
    if (node === undefined || length > limit || budget < 0) break;
    if (node === null) {
      parts.push('\n');
      continue;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      // Newlines in source text are layout, not content: only elements make line breaks.
      const raw = node.nodeValue ?? '';
      const value = (raw.length > limit ? raw.slice(0, limit) : raw).replace(SPACES, ' ');
      parts.push(value);
      length += value.length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).localName;
    if (tag === 'br') {
      parts.push('\n');
      continue;
    }
    const block = node !== root && BLOCK_TAGS.has(tag);
    if (block) {
      parts.push('\n');
      stack.push(null);
    }
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child);
  }
  return tidyLines(parts.join(''));
}

/**
 * Lower-case, accents removed, typographic quotes and apostrophes made plain: the one fold for
 * every keyword test and search (charter parser, discovery, the popup's search box). Whitespace
 * is left as it is: callers tidy or split it.
 * @example fold('Mesure d’Audience') // "mesure d'audience"
 */
export function fold(text: string): string {
  // Most charter text is plain ASCII: skip the Unicode normalisation it does not need.
  if (!NON_ASCII.test(text)) return text.toLowerCase().replaceAll('`', "'");
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"');
}
