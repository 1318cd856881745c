/**
 * The report's rows as the table needs them: indexed once per report (problem, stable key, vague
 * group), then filtered and sorted cheaply on every keystroke. The search text of a row is folded
 * on the first search only: most openings never search, and it is kept per row.
 */
import { fold } from '../core/charter/text';
import { rowName } from '../core/compare/row-name';
import type { ReportRow, Status } from '../core/types';
import { CONSENT_PROBLEM_FLAGS, PROBLEM_FLAGS } from './format/labels';

export type Filter = 'all' | 'problems';
export type Sort = 'charter' | 'status' | 'name';

export interface Controls {
  filter: Filter;
  query: string;
  sort: Sort;
}

export const DEFAULT_CONTROLS: Controls = { filter: 'all', query: '', sort: 'charter' };

export interface RowItem {
  row: ReportRow;
  /** Position in the report (charter order). */
  index: number;
  /** Survives live updates, so a row keeps its expanded or revealed state. */
  key: string;
  /** What `data-cookie` holds: the observed name, else the declared name or pattern. */
  label: string;
  problem: boolean;
  /** For vague rows: the unnamed declaration they fall under, so the table can group them. */
  group: string | null;
}

/** A row is a problem when the charter and the browser disagree, a lifetime is too long, or consent is not honoured. */
export function isProblem(row: ReportRow): boolean {
  return (
    row.status === 'undeclared' ||
    row.status === 'absent' ||
    row.status === 'vague' ||
    row.flags.some((f) => PROBLEM_FLAGS.includes(f) || CONSENT_PROBLEM_FLAGS.includes(f))
  );
}

function declarationKey(row: ReportRow): string {
  const d = row.declared;
  return d ? [d.provider, d.service, d.purpose, d.section, d.durationText].join('\u0001') : '';
}

/** Indexes a report's rows; call once per report (memoised by the caller). */
export function indexRows(rows: readonly ReportRow[]): RowItem[] {
  const seen = new Map<string, number>();
  return rows.map((row, index) => {
    const o = row.observed;
    const base = o
      ? `${row.status}|${o.name}|${o.domain}|${o.path}|${o.storeId ?? ''}|${o.partitionKey?.topLevelSite ?? ''}`
      : `${row.status}|${row.declaredName ?? ''}|${declarationKey(row)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const group = row.status === 'vague' ? declarationKey(row) : null;
    return { row, index, key: n ? `${base}#${n}` : base, label: rowName(row), problem: isProblem(row), group };
  });
}

const searchTexts = new WeakMap<RowItem, string>();

/** The folded text the search box looks in (names, provider, purpose, domain), folded once per item. */
function searchText(it: RowItem): string {
  let text = searchTexts.get(it);
  if (text === undefined) {
    const { row } = it;
    const d = row.declared;
    text = fold([it.label, row.declaredName, d?.provider, d?.service, d?.purpose, row.observed?.domain].filter(Boolean).join('\n'));
    searchTexts.set(it, text);
  }
  return text;
}

/** Problems first, then what agrees; within a status the charter's order is kept. */
const STATUS_RANK: Record<Status, number> = { undeclared: 0, vague: 1, absent: 2, matched: 3, unnamed: 4 };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The rows the table shows for the current filter, search and sort (nameless declarations sort last by name). */
export function selectRows(items: readonly RowItem[], { filter, query, sort }: Controls): RowItem[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const out = items.filter((it) => (filter === 'all' || it.problem) && words.every((w) => searchText(it).includes(w)));
  if (sort === 'status') out.sort((a, b) => STATUS_RANK[a.row.status] - STATUS_RANK[b.row.status] || a.index - b.index);
  else if (sort === 'name') out.sort((a, b) => Number(!a.label) - Number(!b.label) || collator.compare(a.label, b.label) || a.index - b.index);
  return out;
}
