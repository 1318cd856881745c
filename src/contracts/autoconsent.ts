/**
 * The wire between autoconsent.js (DuckDuckGo's autoconsent, injected into a tab on request) and
 * the background that runs it: docs/ARCHITECTURE.md, "Refuse / accept for me". Autoconsent's own
 * messages travel inside these envelopes so that no other listener mistakes them for its own.
 */
import type { BackgroundMessage, ContentScriptMessage } from '@duckduckgo/autoconsent';

/** Envelope `type` of a message from autoconsent.js to the background. */
export const AUTOCONSENT_UP = 'autoconsent-up';
/** Envelope `type` of a command from the background to one frame's autoconsent.js. */
export const AUTOCONSENT_DOWN = 'autoconsent-down';

/** Content script → background: one of autoconsent's messages, with the run's id once known. */
export interface AutoconsentUp {
  type: typeof AUTOCONSENT_UP;
  /** null until the answer to `init` named the run (an older run's instance names its own). */
  runId: string | null;
  message: ContentScriptMessage;
}

/**
 * Background → content script, as the answer to an `AutoconsentUp` (the init's answer carries the
 * run's id) or as a command sent to a frame (`runId` must be the one its init got).
 */
export interface AutoconsentDown {
  type: typeof AUTOCONSENT_DOWN;
  runId: string;
  message: BackgroundMessage;
}
