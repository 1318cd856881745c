/** What the content script reports about a page and its charter, and what the popup shows. */
import type { ConsentState } from './consent/types';
import type { DeclarationDisagreement } from './declaration/merge';
import type { PortalSigns } from './portal';
import type { Declaration, DeclarationSourceKind, Report } from './types';

/** Facts a content script reads from a portal page. */
export interface PageFacts {
  pageUrl: string;
  /** The portal's name as the page gives it (og:site_name, else the title's last part). */
  portalName: string;
  portal: PortalSigns;
  /** Names `document.cookie` lists: what page scripts can read. Names only, never values. */
  readableNames: string[];
  /** Hosts of other sites the page actually fetched from (resource timing, never markup). */
  thirdPartyHosts: string[];
}

/** Where the charter was read from and when. */
export interface CharterSource {
  url: string;
  /** ISO time of the fetch (or of reading the live page). */
  fetchedAt: string;
  /** SHA-256 (hex) of the charter page's text, so a report can cite exactly what it read. */
  sha256: string;
}

/**
 * A site that is not a portal, examined because the popup was opened on it: where its declaration
 * came from, the page the user pointed at, and what its consent platforms' globals gave. Added by
 * the background (never taken from a content script's message).
 */
export interface AnySite {
  /** Each declaration read, in merge order; `kind` is public vocabulary (`[data-source-kind]`). */
  sources: { kind: DeclarationSourceKind; url: string }[];
  /** The page the user said is this site's cookie policy, when remembered. */
  pointed: string | null;
  /**
   * The page-world read of the consent platforms' globals: `read` (a declaration came of it),
   * `none` (no platform), `unreadable` (present but hostile or malformed), `no-answer` (time-boxed out).
   */
  globals: 'read' | 'none' | 'unreadable' | 'no-answer';
  /** Platforms on the page whose configuration could not be read cleanly (so was not used), when any. */
  unreadable?: DeclarationSourceKind[];
  /** Where the merged declarations disagree (capped), when they do. */
  disagreements?: DeclarationDisagreement[];
  /** In a view of a site where nothing was found: the addresses tried. */
  tried?: string[];
}

/** What a content script found when looking for the charter (`anySite`: the background's, see AnySite). */
export type CharterFinding = (
  | ({ status: 'ok'; declaration: Declaration; tried: string[] } & CharterSource)
  | ({ status: 'no-table'; title: string; tried: string[] } & CharterSource)
  | { status: 'not-found'; tried: string[]; message: string }
  | { status: 'error'; url: string; tried: string[]; message: string }
) & { anySite?: AnySite };

/** Everything the popup shows for one tab (`anySite`: a site that is not a portal, see AnySite). */
export type TabView =
  /** `unanswered`: the popup-time check found the page too busy to answer (not a verdict). */
  (
    | { kind: 'not-portal'; pageUrl: string | null; unanswered?: true }
    | { kind: 'loading'; pageUrl: string }
    | { kind: 'no-charter'; pageUrl: string; tried: string[]; message: string }
    | { kind: 'no-table'; pageUrl: string; source: CharterSource; title: string }
    | { kind: 'error'; pageUrl: string; url: string; tried: string[]; message: string }
    /** `consent`: what the site's consent cookie says, derived in the background (never its value); absent when there is none. */
    | { kind: 'report'; pageUrl: string; portalName: string; source: CharterSource; report: Report; consent?: ConsentState }
  ) & { anySite?: AnySite };
