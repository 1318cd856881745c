/**
 * Autoconsent's "eval" steps: a few rules (Klaro's, for one) call the consent platform's own
 * JavaScript API in the page. Only the library's named snippets ever run, looked up by id; the
 * `code` a content script sends along is never run (a page could have written it).
 */
import { evalSnippets } from '@duckduckgo/autoconsent';
import { browser } from '../../platform/browser';

type SnippetId = keyof typeof evalSnippets;

/** True when `id` names one of autoconsent's snippets (own keys only: no `constructor`, no `__proto__`). */
export function isSnippetId(id: unknown): id is SnippetId {
  return typeof id === 'string' && Object.hasOwn(evalSnippets, id);
}

/**
 * Runs a snippet in the page's main world of one frame; its answer as a boolean (false when it
 * throws or the frame is gone). The page can make the answer lie: it only steers the rule's next step.
 */
export async function runSnippet(tabId: number, frameId: number, id: SnippetId): Promise<boolean> {
  const func = evalSnippets[id] as () => unknown;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, world: 'MAIN', func });
    return Boolean(injection?.result);
  } catch {
    return false;
  }
}
