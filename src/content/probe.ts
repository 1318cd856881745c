/**
 * The full portal check (weak signs), injected by the background when the popup opens on a page
 * without the root attribute (docs/ARCHITECTURE.md, "From page load to popup").
 *
 * The signs are this script's result: the build appends `cookieCharterProbe.signs` after the
 * bundle, and executeScript reports a script's last value. `cookieCharterProbe` lives in the
 * extension's isolated world, never in the page's.
 */
import { detectPortal } from '../core/portal';

export const signs = detectPortal(document);
