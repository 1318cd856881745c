/**
 * One pass over a charter page in document order: the title, and each cookie table with the
 * heading it sits under.
 */
import { findHeader, type TableHeader } from './headers';
import { rowsOf } from './grid';
import { elementText, flatten, fold } from './text';

/** A cookie table and the heading above it. */
export interface FoundTable {
  table: Element;
  header: TableHeader;
  section: string;
}

/** What one pass over the page found. */
export interface PageScan {
  title: string;
  tables: FoundTable[];
}

// Never the charter's content: site navigation, footers, code and embedded documents.
const SKIPPED = new Set(['head', 'nav', 'footer', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'select', 'textarea']);
const HEADING = /^h[1-6]$/;
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;
const MAX_PSEUDO_HEADING = 200;

/** A charter's own title: "Charte cookies", "Cookies policy", not "Qu'est ce qu'un cookie ?". */
function isCharterTitle(text: string): boolean {
  const folded = fold(text).trim();
  if (!/cookie/.test(folded) || folded.length > 120 || folded.endsWith('?')) return false;
  return !/^(?:a quoi|what|which|how|why|qu'est|quels?|quelles?|comment|pourquoi)\b/.test(folded);
}

function isBold(el: Element): boolean {
  const tag = el.localName;
  return tag === 'strong' || tag === 'b' || BOLD_STYLE.test(el.getAttribute('style') ?? '');
}

/** A `<p>` whose text is all bold stands for a heading (editors often make headings that way). */
function isPseudoHeading(p: Element): boolean {
  const text = p.textContent ?? '';
  if (text.trim() === '' || text.length > MAX_PSEUDO_HEADING) return false;
  if (isBold(p)) return true;
  // Every non-blank text node must sit inside a bold element within the paragraph.
  const stack: [Node, boolean][] = [[p, false]];
  while (stack.length > 0) {
    const [node, bold] = stack.pop() ?? [p, false];
    if (node.nodeType === 3 && !bold && (node.nodeValue ?? '').trim() !== '') return false;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      stack.push([child, bold || (child.nodeType === 1 && isBold(child as Element))]);
    }
  }
  return true;
}

/**
 * Title and cookie tables of `doc`, in document order. Cookie tables are not entered (their
 * nested tables are cell content); other tables are, as layout tables may hold the charter.
 * @example scanDocument(doc).tables.map((t) => t.section) // → ['Cookies nécessaires ...']
 */
export function scanDocument(doc: Document): PageScan {
  let title = '';
  let section = '';
  const tables: FoundTable[] = [];
  const root = doc.body ?? doc.documentElement;
  // Explicit stack: deeply nested markup must not overflow the call stack.
  const stack: Element[] = root === null ? [] : [root];
  while (stack.length > 0) {
    const el = stack.pop();
    if (el === undefined) break;
    const tag = el.localName;
    if (SKIPPED.has(tag)) continue;
    if (HEADING.test(tag)) {
      const text = flatten(elementText(el));
      if (text !== '') section = text;
      if (title === '' && (tag === 'h1' || tag === 'h2') && isCharterTitle(text)) title = text;
      continue;
    }
    if (tag === 'p' && isPseudoHeading(el)) {
      section = flatten(elementText(el));
      continue;
    }
    if (tag === 'table') {
      const header = findHeader(rowsOf(el));
      if (header !== null) {
        tables.push({ table: el, header, section });
        continue;
      }
    }
    for (let child = el.lastElementChild; child !== null; child = child.previousElementSibling) stack.push(child);
  }
  if (title === '') title = (doc.title ?? '').replace(/\s+/g, ' ').trim();
  return { title, tables };
}
