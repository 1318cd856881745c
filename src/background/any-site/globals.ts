/**
 * Reads a page's consent-platform declarations: copyPageGlobals runs in the page's own world
 * (the only way to see `window.tarteaucitron` and its kin), within GLOBALS_TIMEOUT_MS; what it
 * returns is untrusted and goes through the core's validators (src/core/declaration/page-globals.ts).
 * Nothing the page returns is ever evaluated here.
 */
import { DUMP_CAPS, PAGE_GLOBALS } from '../../core/declaration/dump';
import { readPageGlobals } from '../../core/declaration/page-globals';
import { sha256Hex } from '../../core/sha256';
import type { AnySite } from '../../core/findings';
import type { Declaration, DeclarationSourceKind } from '../../core/types';
import { browser } from '../../platform/browser';
import { withDeadline } from '../../platform/deadline';
import { copyPageGlobals } from '../../platform/page-globals';

/**
 * The page-world read answers within this, or the page counts as not answering: a getter that
 * loops forever holds the page's thread, never the popup (the function stops itself sooner).
 */
export const GLOBALS_TIMEOUT_MS = 1500;

/** What the page's globals declared. `sha256`: of the dump as received, so a report can cite what was read. */
export interface GlobalsRead {
  globals: AnySite['globals'];
  declarations: Declaration[];
  sha256: string | null;
  /** Platforms present whose reading was not clean (a getter threw, malformed, cut at a cap): not used. */
  unreadable: DeclarationSourceKind[];
}

const NOTHING: GlobalsRead = { globals: 'none', declarations: [], sha256: null, unreadable: [] };

/**
 * The platforms' declarations of the page in a tab's top frame, as `pageUrl` (the browser's URL
 * of the tab, never the page's word) names them. A tab that may not be scripted has none.
 */
export async function readPlatformDeclarations(tabId: number, pageUrl: string): Promise<GlobalsRead> {
  const injected = browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, world: 'MAIN', func: copyPageGlobals, args: [PAGE_GLOBALS, DUMP_CAPS] })
    .then(([injection]) => injection?.result as unknown)
    .catch((error: unknown) => {
      console.warn('[ext] reading the page globals failed', error instanceof Error ? error.message : error);
      return undefined;
    });
  const dump = await withDeadline(injected, GLOBALS_TIMEOUT_MS, () => 'no-answer' as const);
  if (dump === 'no-answer') return { ...NOTHING, globals: 'no-answer' };
  return judgeDump(dump, pageUrl);
}

/**
 * The validated declarations of a dump. Only a clean reading is used: a platform whose global
 * threw, was not its shape or overflowed a cap (no real configuration holds 2,000 services) is a
 * page built to mislead, or broken, and its partial entries would be guesses.
 */
export function judgeDump(dump: unknown, pageUrl: string): GlobalsRead {
  const { declarations, notes } = readPageGlobals(dump, pageUrl);
  const clean = new Set(notes.filter((n) => n.state === 'ok').map((n) => n.kind));
  const unreadable = notes.filter((n) => n.state !== 'ok').map((n) => n.kind);
  const useful = declarations.filter((d) => d.source !== undefined && clean.has(d.source.kind) && d.entries.length > 0);
  if (useful.length > 0) return { globals: 'read', declarations: useful, sha256: sha256Hex(stableJson(dump)), unreadable };
  return unreadable.length > 0 ? { ...NOTHING, globals: 'unreadable', unreadable } : NOTHING;
}

/** JSON of a dump (plain data by then); '' when it cannot be written (a cycle cannot survive the clone, but be total). */
function stableJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}
