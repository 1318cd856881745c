/**
 * Flattens markup nested deeper than a charter ever is, before jsdom parses it: jsdom's tree
 * inserts cost as much as the element's depth (it walks the ancestors on every insert), so a
 * 100 KB page of 20,000 nested `<div>`s took 35 s and then overflowed the stack. Browsers cap
 * nesting themselves (Chromium at 512 levels), so the CLI reads such a page alike.
 */

/** Nesting kept, in levels of the tree jsdom builds (Chromium's own cap is 512). */
export const MAX_NESTING = 256;

// Tags that never nest: no end tag, or one the parser closes when a sibling starts.
const FLAT = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
  'rtc',
  'html',
  'head',
  'body',
]);
// Their text is not markup: skipped whole, so `if (a<b)` in a script opens no `<b>`.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
// A table brings tbody, tr and td levels with it; a list its li.
const WEIGHT: Record<string, number> = { table: 4, ul: 2, ol: 2, dl: 2, menu: 2, select: 2 };
const TAG_NAME = /^<(\/?)([a-zA-Z][^\t\n\f\r />]*)/;

/** The page with opening tags past `maxDepth` (and their end tags) removed, text kept; how many were. */
export function capNesting(html: string, maxDepth = MAX_NESTING): { html: string; dropped: number } {
  const out: string[] = [];
  let kept = 0; // html before this index is in `out`, or dropped
  let depth = 0;
  let excess = 0; // dropped opening tags whose end tag has not come yet
  let dropped = 0;
  let foreign = 0; // inside <svg> or <math>, where `/>` closes an element
  let nextGt = -1; // cached: the next '>' at or after i, so a page of '<' without '>' stays linear
  const drop = (from: number, to: number) => {
    out.push(html.slice(kept, from));
    kept = to;
  };
  let i = html.indexOf('<');
  while (i >= 0) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    if (nextGt < i) nextGt = html.indexOf('>', i);
    if (nextGt < 0) break;
    const match = TAG_NAME.exec(html.slice(i, i + 64));
    if (match === null) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const closing = match[1] === '/';
    const name = match[2]!.toLowerCase();
    const end = nextGt + 1;
    if (!closing && RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = end;
      const found = close.exec(html);
      if (found === null) break;
      i = html.indexOf('<', found.index + 2);
      continue;
    }
    if (FLAT.has(name)) {
      // Beyond the cap everything is text: stray rows of a dropped table would still be rows.
      if (excess > 0) drop(i, end);
    } else {
      const weight = WEIGHT[name] ?? 1;
      const selfClosing = foreign > 0 && html[nextGt - 1] === '/';
      if (closing && excess > 0) {
        excess -= 1;
        drop(i, end);
      } else if (closing) {
        depth = Math.max(0, depth - weight);
        if (name === 'svg' || name === 'math') foreign = Math.max(0, foreign - 1);
      } else if (selfClosing) {
        // Nothing stays open.
      } else if (depth + weight > maxDepth) {
        excess += 1;
        dropped += 1;
        drop(i, end);
      } else {
        depth += weight;
        if (name === 'svg' || name === 'math') foreign += 1;
      }
    }
    i = html.indexOf('<', end);
  }
  if (dropped === 0) return { html, dropped };
  out.push(html.slice(kept));
  return { html: out.join(''), dropped };
}
