/**
 * One copy of what repeats across a report's rows. A message arrives structured-cloned, which gives
 * every row its own copy of the same strings ('matched', '.example.test', '/', 'lax'), of the same
 * flag lists and of the same consent reason; on a 170-row report those copies were ~20 KB of the
 * popup's heap (`npm run bench`, "popup JS heap"). The rows are the popup's own: shared values are
 * never mutated, only replaced.
 */
import type { TabView } from '../core/findings';
import type { ReportRow } from '../core/types';

type Interned = <T extends string | undefined>(s: T) => T;

/** The report of `view` with repeated strings, flag lists and consent reasons shared; other views as they are. */
export function shareRepeats(view: TabView): TabView {
  if (view.kind !== 'report') return view;
  const strings = new Map<string, string>();
  const one: Interned = (s) => {
    if (s === undefined) return s;
    const known = strings.get(s);
    if (known !== undefined) return known as typeof s;
    strings.set(s, s);
    return s;
  };
  const flagLists = new Map<string, ReportRow['flags']>();
  const reasons = new Map<string, NonNullable<ReportRow['consentReason']>>();
  for (const row of view.report.rows) {
    row.status = one(row.status);
    const key = row.flags.join(' ');
    row.flags = flagLists.get(key) ?? (flagLists.set(key, row.flags.map(one)), flagLists.get(key)!);
    if (row.consentClass) row.consentClass = one(row.consentClass);
    if (row.consentReason) {
      const reason = row.consentReason;
      const reasonKey = `${reason.basis}\u0000${reason.detail ?? ''}`;
      row.consentReason = reasons.get(reasonKey) ?? (reasons.set(reasonKey, reason), reason);
    }
    const o = row.observed;
    if (o) {
      o.domain = one(o.domain);
      o.path = one(o.path);
      o.sameSite = one(o.sameSite);
      if (o.storeId !== undefined) o.storeId = one(o.storeId);
    }
  }
  return view;
}
