/**
 * The every-page content script. It runs on every http(s) page, so it is one cheap check and a
 * few hundred bytes: pages that are not Opendatasoft portals end here, with no listener, no
 * request, no timer. On a portal it asks the background to load the charter reader (reader.ts).
 */
import { detectPortal } from '../core/portal';
import { announcePortal } from '../platform/lite';

const portal = detectPortal(document);
if (portal.isPortal) {
  announcePortal({ signs: portal.signs }).catch((error: unknown) => {
    // Orphaned after an extension reload: the new background re-injects this script; stop quietly.
    console.warn('[ext] Cookie Charter could not reach its background:', String(error));
  });
}
