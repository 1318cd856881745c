/**
 * The every-page content script: one attribute read, then nothing on pages that are not portals;
 * on a portal, asks the background for the charter reader. Why it is this small, and what happens
 * on a portal without the attribute: docs/ARCHITECTURE.md, "From page load to popup".
 */
import { rootSign } from '../core/portal';
import { announcePortal } from '../platform/lite';

if (rootSign(document) !== null) {
  announcePortal().catch((error: unknown) => {
    // Orphaned after an extension reload: the new background re-injects this script; stop quietly.
    console.warn('[ext] Cookie Charter could not reach its background:', String(error));
  });
}
