/**
 * The declaration an audit compares with: the one the tab's record holds or points at, when the
 * tab's record is about the audited page's origin (docs/ARCHITECTURE.md, "Storage").
 */
import type { SnapshotSource } from '../../core/audit/snapshot';
import type { CharterFinding } from '../../contracts/state';
import { readTab } from '../../platform/storage';
import { keyOf, readCachedCharter, tabOnlyFinding } from '../charter-cache';

/** The site's declaration and its source, or null when the tab has none (or another origin's). */
export async function siteSource(tabId: number, pageUrl: string): Promise<SnapshotSource | null> {
  const record = await readTab(tabId);
  if (!record || record.origin !== new URL(pageUrl).origin) return null;
  let finding: CharterFinding | null | undefined = null;
  if (record.finding === 'cached') finding = await readCachedCharter(keyOf(record));
  else if (record.finding === 'tab-only') finding = tabOnlyFinding(tabId);
  else finding = record.finding;
  if (finding?.status !== 'ok') return null;
  return { declaration: finding.declaration, source: { url: finding.url, sha256: finding.sha256, fetchedAt: finding.fetchedAt } };
}
