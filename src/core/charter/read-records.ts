/**
 * Turns a label/value block found by the scan (records.ts) into declared entries.
 */
import type { DeclaredEntry } from '../types';
import { toEntry } from './entry';
import type { DeclarationBudget } from './limits';
import type { FoundRecords } from './scan';

/**
 * Entries of a record block in order, while `budget` takes them; a record without a service of
 * its own gets the `<details>` summary it sits under (Complianz's service name).
 * @example readRecords({ block, section: 'Statistics', service: 'Google Analytics' }, budget)[0].service // → 'Google Analytics'
 */
export function readRecords({ block, section, service }: FoundRecords, budget: DeclarationBudget): DeclaredEntry[] {
  const entries: DeclaredEntry[] = [];
  for (const record of block.records) {
    const entry = toEntry(record.service === '' ? { ...record, service } : record, section, block.hasDuration);
    if (!budget.take(entry)) break;
    entries.push(entry);
  }
  return entries;
}
