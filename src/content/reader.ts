/**
 * The charter reader, loaded by the background into portal tabs only (scripting.executeScript),
 * so that pages that are not portals never pay for the parser. Reports the page's facts, then the
 * charter unless the background holds a fresh copy; answers `rescan` from the popup's retry.
 */
import { detectPortal } from '../core/portal';
import { sendToBackground, serveContent } from '../platform/messaging';
import { findCharter, findLiveCharter } from './charter';
import { readPageFacts } from './dom';

// Injected again (extension reloaded, or a second announce): one reader per page is enough.
const marker = globalThis as { cookieCharterReader?: boolean };
if (!marker.cookieCharterReader) {
  marker.cookieCharterReader = true;
  serveContent({ rescan: () => run(true) });
  void run(false);
}

/**
 * Longest wait for the page's load event before its facts are read: an image may never answer,
 * and a loaded machine may take seconds to load a page (hosts fetched later are not counted).
 */
const LOAD_WAIT_MS = 10_000;

/**
 * Resource timing lists a fetch only once it is done, and the third-party hosts come from there
 * alone: let the page's own resources finish (its load event), within LOAD_WAIT_MS.
 */
function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    addEventListener('load', () => resolve(), { once: true });
    setTimeout(resolve, LOAD_WAIT_MS);
  });
}

/** Reports the page and, unless the background has a fresh copy, its charter. */
async function run(force: boolean): Promise<{ ok: boolean }> {
  try {
    await pageLoaded();
    const signs = detectPortal(document);
    // `pointed`: the page the user said is this site's cookie policy; a page that is no portal
    // (examined from the popup) is searched as any site (src/core/discovery.ts).
    const { cached, pointed } = await sendToBackground('portal-seen', readPageFacts(signs));
    const live = findLiveCharter(pointed);
    if (cached && !force && !live) return { ok: true };
    const finding = live ?? (await findCharter({ anySite: !signs.isPortal, ...(pointed ? { pointed } : {}) }));
    await sendToBackground('charter-read', { finding });
    return { ok: true };
  } catch (error) {
    if (/context invalidated|Extension context/i.test(String(error))) {
      console.warn('[ext] Cookie Charter was reloaded; reload the page to analyse it again.');
    } else {
      console.error('[ext] Cookie Charter could not analyse this page:', error);
    }
    return { ok: false };
  }
}
