/**
 * One pass over a charter page in document order: the title, and each cookie table with the
 * heading it sits under.
 */
import { findHeader, type TableHeader } from './headers';
import { rowsOf } from './grid';
import { clip, MAX_SECTION_CHARS } from './limits';
import { readRecordBlock, type RecordBlock } from './records';
import { elementText, flatten, fold } from './text';

/** A cookie table and the heading above it. */
export interface FoundTable {
  table: Element;
  header: TableHeader;
  section: string;
}

/** A label/value block of cookie records (Complianz), the heading above it and its service. */
export interface FoundRecords {
  block: RecordBlock;
  section: string;
  /** The `<summary>` heading of the `<details>` it sits in (Complianz's service), or "". */
  service: string;
}

/** What one pass over the page found. */
export interface PageScan {
  title: string;
  tables: (FoundTable | FoundRecords)[];
}

// Never the charter's content: site navigation, footers, code and embedded documents.
const SKIPPED = new Set(['head', 'nav', 'footer', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'select', 'textarea']);
const HEADING = /^h[1-6]$/;
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;
const MAX_PSEUDO_HEADING = 200;
// Consent platforms style their category line by class, not markup: Cookiebot's
// `<p class="CookieDeclarationTypeHeader">Necessary (3)</p>`.
const HEADER_CLASS = /header|heading|title/i;
// Containers a label/value block of cookies may be (Complianz uses divs, hand-written lists `<dl>`).
const RECORD_TAGS = new Set(['div', 'dl', 'section', 'article', 'ul']);
/**
 * Elements deeper than this are not read: Chromium's parser never builds a deeper tree
 * (kMaximumHTMLParserDOMTreeDepth), so Firefox reads a hostile page as Chromium does.
 */
export const MAX_SCAN_DEPTH = 512;
/**
 * Tables inside tables looked at for a cookie header: real charters sit in at most a layout
 * table or two. Each look reads the first cells, which hold every table nested below, so a
 * deep stack of tables would be read over and over.
 */
export const MAX_TABLE_NESTING = 8;

/** A charter's own title: "Charte cookies", "Cookies policy", not "Qu'est ce qu'un cookie ?". */
function isCharterTitle(text: string): boolean {
  const folded = fold(text).trim();
  // A privacy policy holding the cookie table is titled for privacy: "Datenschutzerklärung".
  if (!/cookie|datenschutz|privacy|privacidad|riservatezza|privacybeleid|privacyverklaring/.test(folded) || folded.length > 120 || folded.endsWith('?'))
    return false;
  return !/^(?:a quoi|what|which|how|why|qu'est|quels?|quelles?|comment|pourquoi|was|welche|wie|warum|que|cuales|como|cosa|quali|come|perche|wat|welke|hoe|waarom)\b/.test(
    folded,
  );
}

function isBold(el: Element): boolean {
  const tag = el.localName;
  return tag === 'strong' || tag === 'b' || BOLD_STYLE.test(el.getAttribute('style') ?? '');
}

/** A `<p>` whose text is all bold stands for a heading (editors often make headings that way). */
function isPseudoHeading(p: Element): boolean {
  const text = p.textContent ?? '';
  if (text.trim() === '' || text.length > MAX_PSEUDO_HEADING) return false;
  if (isBold(p) || HEADER_CLASS.test(p.getAttribute('class') ?? '')) return true;
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

/** The first heading (or first line) of a `<details>` element's own `<summary>`, or "". */
function summaryHeading(details: Element): string {
  for (let child = details.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (child.localName !== 'summary') continue;
    const line = elementText(child, MAX_SECTION_CHARS).split('\n')[0] ?? '';
    return clip(line, MAX_SECTION_CHARS);
  }
  return '';
}

/**
 * Title and cookie tables of `doc`, in document order. Cookie tables are not entered (their
 * nested tables are cell content); other tables are, as layout tables may hold the charter.
 * @example scanDocument(doc).tables.map((t) => t.section) // → ['Cookies nécessaires ...']
 */
export function scanDocument(doc: Document): PageScan {
  let title = '';
  let section = '';
  const tables: (FoundTable | FoundRecords)[] = [];
  const root = doc.body ?? doc.documentElement;
  // Explicit stack: deeply nested markup must not overflow the call stack.
  const stack: [el: Element, depth: number, tableDepth: number, service: string][] = root === null ? [] : [[root, 0, 0, '']];
  while (stack.length > 0) {
    const [el, depth, tableDepth, outerService] = stack.pop() ?? [];
    if (el === undefined || depth === undefined || tableDepth === undefined || outerService === undefined) break;
    const tag = el.localName;
    if (SKIPPED.has(tag)) continue;
    if (HEADING.test(tag)) {
      const text = clip(flatten(elementText(el)), MAX_SECTION_CHARS);
      if (text !== '') section = text;
      if (title === '' && (tag === 'h1' || tag === 'h2') && isCharterTitle(text)) title = text;
      continue;
    }
    if (tag === 'p' && isPseudoHeading(el)) {
      section = clip(flatten(elementText(el)), MAX_SECTION_CHARS);
      continue;
    }
    if (tag === 'table' && tableDepth < MAX_TABLE_NESTING) {
      const header = findHeader(rowsOf(el));
      if (header !== null) {
        tables.push({ table: el, header, section });
        continue;
      }
    }
    if (RECORD_TAGS.has(tag) && tableDepth === 0) {
      const block = readRecordBlock(el);
      if (block !== null) {
        if (block.lead !== '') section = clip(block.lead, MAX_SECTION_CHARS);
        tables.push({ block, section, service: outerService });
        continue;
      }
    }
    if (depth >= MAX_SCAN_DEPTH) continue;
    const inner = tag === 'table' ? tableDepth + 1 : tableDepth;
    const service = tag === 'details' ? summaryHeading(el) : outerService;
    for (let child = el.lastElementChild; child !== null; child = child.previousElementSibling) stack.push([child, depth + 1, inner, service]);
  }
  if (title === '') title = clip((doc.title ?? '').replace(/\s+/g, ' ').trim(), MAX_SECTION_CHARS);
  return { title, tables };
}
