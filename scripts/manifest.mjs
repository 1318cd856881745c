// Derives each browser's manifest from the one source manifest.json (docs/ARCHITECTURE.md, "Bundles").
// Chrome warns on background.scripts in MV3 and Firefox has no service_worker, hence two outputs.

/** The targets the build knows. */
export const TARGETS = ['chrome', 'firefox'];

/**
 * Permissions only Chrome has, dropped from Firefox's manifest, where `web-ext lint` warns "Invalid
 * permissions". `minimum_chrome_version` stays in both: Firefox's manifest schema lists it
 * as a known key it ignores, and `web-ext lint` passes it without a warning (checked with
 * web-ext 10.7); Firefox's own floor is browser_specific_settings.gecko.strict_min_version.
 */
export const CHROME_ONLY_PERMISSIONS = ['offscreen', 'sidePanel'];

/**
 * Returns the manifest for one target; pure, never mutates `base`.
 * @example forTarget(base, 'firefox', { version: '1.2.0' }).background // { scripts: ['background.js'] }
 */
export function forTarget(base, target, { version, dev = false } = {}) {
  if (!TARGETS.includes(target)) throw new Error(`unknown target: ${target}`);
  const manifest = structuredClone(base);
  if (version) manifest.version = version;
  const worker = base.background?.service_worker;
  if (target === 'chrome') {
    delete manifest.browser_specific_settings;
    delete manifest.sidebar_action; // Firefox's sidebar; Chrome has side_panel
  } else {
    delete manifest.side_panel;
    manifest.background = { scripts: [worker] };
    if (manifest.permissions) manifest.permissions = manifest.permissions.filter((p) => !CHROME_ONLY_PERMISSIONS.includes(p));
    // Firefox pins the add-on id; a dev build gets its own so it never collides with a store install.
    if (dev) manifest.browser_specific_settings.gecko.id = manifest.browser_specific_settings.gecko.id.replace('@', '-dev@');
  }
  if (dev) manifest.short_name = `${manifest.short_name} (dev)`;
  return manifest;
}
