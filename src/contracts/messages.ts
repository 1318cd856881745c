/**
 * The one typed message map between the extension's contexts (docs/ARCHITECTURE.md, "Layers").
 * A handler object must cover every key of its map, so a missing handler is a compile error.
 */
import type { CandidateOutcome } from '../core/candidate';
import type { AuditApi } from './audit';
import type { CharterFinding, PageFacts, TabView } from './state';

/** Requests the background worker answers (the audit's are in ./audit.ts). */
export interface BackgroundApi extends AuditApi {
  /** From the every-page content script: this page is a portal; load the charter reader into it. */
  'portal-detected': { req: Record<string, never>; res: { ok: boolean } };
  /**
   * From a content script on a portal: page facts (refused unless of the sending tab's origin);
   * answers whether a fresh charter is cached for that origin, never the charter itself, and the
   * page the user pointed at as the site's cookie policy (tried first), when there is one.
   */
  'portal-seen': { req: PageFacts; res: { cached: boolean; pointed?: string } };
  /** From a content script: the charter it found (or why it found none), for the sending tab's origin. */
  'charter-read': { req: { finding: CharterFinding }; res: { ok: true } };
  /**
   * From a content script: read a charter page on another origin (a footer link may point
   * elsewhere). Answers with what was read from it, never its HTML; refuses an address the
   * request policy refuses for the sending tab's origin.
   */
  'fetch-charter': { req: { url: string }; res: CandidateOutcome };
  /** From the popup: is the background alive? Answered at once, while a large report may take longer. */
  ping: { req: Record<string, never>; res: { ok: true } };
  /** From the popup: everything it shows for a tab. */
  'get-tab-view': { req: { tabId: number }; res: TabView };
  /** From the popup: read the charter again (retry button). */
  'refresh-charter': { req: { tabId: number }; res: { ok: boolean } };
  /** From the popup: "this page is the cookie policy of this site": remember the tab's page for its site, read it now. */
  'source-point': { req: { tabId: number }; res: { ok: boolean } };
  /** From the popup: forget the page pointed at for the tab's site, read the site's declaration again. */
  'source-forget': { req: { tabId: number }; res: { ok: boolean } };
}

/** Requests a content script answers (sent by the background to one tab). */
export interface ContentApi {
  /** Read the charter again, ignoring the cache. */
  rescan: { req: { force: true }; res: { ok: boolean } };
}

/** Broadcasts an open popup listens to (an open audit view listens to AuditViewApi's). */
export interface PopupApi {
  /** The report of a tab changed (cookies changed, charter re-read). */
  'tab-changed': { req: { tabId: number }; res: void };
}

/** A page fetched by the background for a content script. */
export type FetchedPage = { ok: true; url: string; status: number; contentType: string; html: string } | { ok: false; url: string; reason: string };

/** A request map: each key names a request with its payload and answer types. */
export type ApiMap<M> = { [K in keyof M]: { req: unknown; res: unknown } };

/** The envelope every message travels in. */
export interface Envelope<M extends ApiMap<M>, K extends keyof M = keyof M> {
  type: K;
  payload: M[K]['req'];
}
