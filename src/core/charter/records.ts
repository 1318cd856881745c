/**
 * Reads cookie declarations laid out as label/value pairs rather than a table: Complianz's
 * cookie policy (a `div.cookies-per-purpose` grid of `Name`, `Expiration`, `Function` label
 * divs, each followed by its value div) and `<dl>` lists of `<dt>Name</dt><dd>_ga</dd>`.
 */
import { emptyRow, type RowTexts } from './entry';
import { headerKind } from './headers';
import { elementText, flatten } from './text';

/** The records of one label/value block, and the heading it opens with (Complianz's purpose). */
export interface RecordBlock {
  records: RowTexts[];
  /** Text of a short child before the first label ("Statistics"), or "". */
  lead: string;
  hasDuration: boolean;
}

/** A label is one short line ("Name", "Expiration"), never a question. */
const MAX_LABEL_LENGTH = 40;
/** Children before the first label: Complianz puts one (the purpose heading) there. */
const MAX_LEAD = 2;
const MAX_LEAD_LENGTH = 200;
/** Label/value pairs at least: a name and two more facts, so two headed paragraphs are not a record. */
const MIN_PAIRS = 3;
/** Children read per block; a real one has a few dozen. */
const MAX_CHILDREN = 6000;
/** A cookie name is short and is no sentence. */
const MAX_NAME_VALUE = 200;

function labelOf(el: Element): ReturnType<typeof headerKind> {
  const text = elementText(el, MAX_LABEL_LENGTH * 2);
  if (text === '' || text.includes('\n') || text.length > MAX_LABEL_LENGTH || /[?:.]$/.test(text)) return undefined;
  return headerKind(text);
}

function isNameValue(text: string): boolean {
  return text !== '' && text.length <= MAX_NAME_VALUE && !/[.?!:]$/.test(flatten(text));
}

/**
 * The records of `el` when its children are label/value pairs (after at most MAX_LEAD lead
 * children), each record starting at a name label; null when they are not, so that the scan
 * reads `el` as ordinary content.
 * @example readRecordBlock(div) // <div><h5>Name</h5><div>_ga</div><h5>Expiration</h5><div>2 years</div>... → { records: [{ name: '_ga', duration: '2 years', ... }] }
 */
export function readRecordBlock(el: Element): RecordBlock | null {
  const children: Element[] = [];
  for (let child = el.firstElementChild; child !== null && children.length < MAX_CHILDREN; child = child.nextElementSibling) children.push(child);
  if (children.length < 2 * MIN_PAIRS) return null;
  // The lead may itself read as a label (Complianz's purpose "Functional"): pairs decide.
  for (let start = 0; start <= MAX_LEAD; start += 1) {
    if ((children.length - start) % 2 !== 0) continue;
    const block = readPairs(children, start);
    if (block !== null) return block;
  }
  return null;
}

function readPairs(children: readonly Element[], start: number): RecordBlock | null {
  const records: RowTexts[] = [];
  let current: RowTexts | null = null;
  let hasDuration = false;
  for (let i = start; i < children.length; i += 2) {
    const kind = labelOf(children[i] as Element);
    if (kind === undefined) return null;
    if (kind === null) continue;
    const value = elementText(children[i + 1] as Element);
    if (kind === 'name') {
      if (!isNameValue(value)) return null;
      if (current !== null) records.push(current);
      current = { ...emptyRow(), name: value };
      continue;
    }
    // A fact before any name, or a second one of a kind: not a list of cookies.
    if (current === null || current[kind] !== '') return null;
    current[kind] = value;
    hasDuration ||= kind === 'duration';
  }
  if (current !== null) records.push(current);
  const facts = records.some((record) => record.provider !== '' || record.purpose !== '' || record.duration !== '' || record.service !== '');
  if (records.length === 0 || !facts || (children.length - start) / 2 < MIN_PAIRS) return null;
  const lead = start === 0 ? '' : flatten(elementText(children[start - 1] as Element, MAX_LEAD_LENGTH));
  return { records, lead: lead.length >= MAX_LEAD_LENGTH ? '' : lead, hasDuration };
}
