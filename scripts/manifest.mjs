// Derives each browser's manifest from the one source manifest.json (STYLE.md §4).
// Chrome warns on background.scripts in MV3 and Firefox has no service_worker, hence two outputs.

/** The targets the build knows. */
export const TARGETS = ['chrome', 'firefox'];

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
  } else {
    manifest.background = { scripts: [worker] };
    // Firefox pins the add-on id; a dev build gets its own so it never collides with a store install.
    if (dev) manifest.browser_specific_settings.gecko.id = manifest.browser_specific_settings.gecko.id.replace('@', '-dev@');
  }
  if (dev) manifest.short_name = `${manifest.short_name} (dev)`;
  return manifest;
}
