/**
 * The full portal check, injected by the background (scripting.executeScript) when the popup opens
 * on a page the every-page script passed over: that script reads only the root attribute, so a
 * portal known by its weaker signs (header, footer, dataset context, theme images) is found here,
 * at the user's request, and no other page pays for the walk.
 *
 * The signs are this script's result: the build appends `cookieCharterProbe.signs` after the
 * bundle, and executeScript reports a script's last value. `cookieCharterProbe` lives in the
 * extension's isolated world, never in the page's.
 */
import { detectPortal } from '../core/portal';

export const signs = detectPortal(document);
