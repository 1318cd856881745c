/** The one name a report row goes by. */
import type { ReportRow } from '../types';

/**
 * What a row is called (the popup's `data-cookie`, the exports' name column): the observed
 * cookie's name, else the declared name or pattern, else '' (an unnamed declaration).
 * @example rowName({ status: 'absent', flags: [], declared, declaredName: '_pk_id.*', observed: null }) // '_pk_id.*'
 */
export function rowName(row: Pick<ReportRow, 'observed' | 'declaredName'>): string {
  return row.observed?.name ?? row.declaredName ?? '';
}
