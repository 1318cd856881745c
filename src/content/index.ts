/**
 * Content script entry. It runs on every http(s) page, so its first step is one cheap check;
 * pages that are not Opendatasoft portals end there, with no listener, no request, no timer.
 */
import { detectPortal } from '../core/portal';
import { sendToBackground, serveContent } from '../platform/messaging';
import { findCharter } from './charter';
import { readPageFacts } from './dom';

const portal = detectPortal(document);

if (portal.isPortal) {
  serveContent({ rescan: () => run(true) });
  void run(false);
}

let warned = false;

/** Reports the page and, unless the background has a fresh copy, its charter. */
async function run(force: boolean): Promise<{ ok: boolean }> {
  try {
    const { cached } = await sendToBackground('portal-seen', readPageFacts(portal));
    if (cached && !force) return { ok: true };
    const finding = await findCharter();
    await sendToBackground('charter-read', { pageUrl: location.href, finding });
    return { ok: true };
  } catch (error) {
    // The extension was reloaded or updated under this page: this script is orphaned; stop quietly.
    if (String(error).includes('context invalidated') || String(error).includes('Extension context')) {
      if (!warned) console.warn('[ext] Cookie Charter was reloaded; reload the page to analyse it again.');
      warned = true;
    } else {
      console.error('[ext] Cookie Charter could not analyse this page:', error);
    }
    return { ok: false };
  }
}
