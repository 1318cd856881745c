/**
 * The every-page content script. It runs on every http(s) page, so it reads one attribute of the
 * root element and nothing else: pages without `ng-app="ods.frontend"` end here, with no walk of
 * the page, no listener, no request, no timer. (A portal without that attribute is recognised by
 * its weaker signs when the user opens the popup: the background injects probe.js then.) On a
 * portal it asks the background to load the charter reader (reader.ts).
 */
import { rootSign } from '../core/portal';
import { announcePortal } from '../platform/lite';

const sign = rootSign(document);
if (sign !== null) {
  announcePortal({ signs: [sign] }).catch((error: unknown) => {
    // Orphaned after an extension reload: the new background re-injects this script; stop quietly.
    console.warn('[ext] Cookie Charter could not reach its background:', String(error));
  });
}
