import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM module of the build
import { forTarget } from '../../scripts/manifest.mjs';

const base = JSON.parse(readFileSync(join(__dirname, '../../manifest.json'), 'utf8'));

describe('forTarget', () => {
  it('gives Chrome a service worker and no gecko settings', () => {
    const m = forTarget(base, 'chrome', { version: '1.2.3' });
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.version).toBe('1.2.3');
  });

  it('gives Firefox background scripts and the gecko settings AMO requires', () => {
    const m = forTarget(base, 'firefox', { version: '1.2.3' });
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko).toMatchObject({ strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } });
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
  });

  it('never mutates the source manifest and gives dev builds their own id', () => {
    const copy = structuredClone(base);
    const dev = forTarget(base, 'firefox', { dev: true });
    expect(dev.browser_specific_settings.gecko.id).not.toBe(base.browser_specific_settings.gecko.id);
    expect(base).toEqual(copy);
  });

  it('drops the permissions only Chrome has from Firefox, and keeps them for Chrome', () => {
    const withChromeOnly = { ...base, permissions: ['cookies', 'offscreen', 'storage', 'sidePanel'] };
    expect(forTarget(withChromeOnly, 'firefox').permissions).toEqual(['cookies', 'storage']);
    expect(forTarget(withChromeOnly, 'chrome').permissions).toEqual(withChromeOnly.permissions);
    expect(forTarget(base, 'firefox').permissions).not.toContain('offscreen');
  });

  it("gives each browser its own audit view key: Chrome's side_panel, Firefox's sidebar_action", () => {
    expect(forTarget(base, 'chrome').side_panel).toEqual({ default_path: 'audit.html' });
    expect(forTarget(base, 'chrome').sidebar_action).toBeUndefined();
    expect(forTarget(base, 'firefox').sidebar_action.default_panel).toBe('audit.html');
    expect(forTarget(base, 'firefox').side_panel).toBeUndefined();
  });

  it('rejects an unknown target', () => {
    expect(() => forTarget(base, 'safari')).toThrow('unknown target');
  });

  it('asks for the fewest permissions: cookies, storage, scripting, alarms (the audit time limit), offscreen and sidePanel (Chrome), http(s) hosts', () => {
    expect(base.permissions.sort()).toEqual(['alarms', 'cookies', 'offscreen', 'scripting', 'sidePanel', 'storage']);
    expect(base.host_permissions.sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(base.content_security_policy.extension_pages).toContain("script-src 'self'");
  });

  it('gives extension pages a full CSP: only their own files, no forms, no framing, fetches for the charter only', () => {
    const csp = Object.fromEntries(
      base.content_security_policy.extension_pages
        .split(';')
        .map((d: string) => d.trim().split(/\s+/))
        .map(([k, ...v]: string[]) => [k, v]),
    );
    expect(csp).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
      'img-src': ["'self'", 'data:'],
      // the worker fetches a charter published on another site (src/background/fetch-charter.ts)
      'connect-src': ["'self'", 'http:', 'https:'],
    });
  });
});

/** The Chrome release that brought each API the extension uses (chromestatus.com, MDN). */
const CHROME_API_FLOORS = {
  scripting: 88,
  'storage.session': 102,
  'storage.*.setAccessLevel': 102,
  offscreen: 109,
  sidePanel: 114,
  'sidePanel.open': 116,
  'cookies partitionKey': 119,
};

describe('minimum_chrome_version', () => {
  const min = Number(base.minimum_chrome_version);

  it('covers every API the extension uses', () => {
    expect(min).toBeGreaterThanOrEqual(Math.max(...Object.values(CHROME_API_FLOORS)));
  });

  it('is the Chrome the bundles are compiled for (esbuild target)', () => {
    const build = readFileSync(join(__dirname, '../../scripts/build.mjs'), 'utf8');
    expect(build.match(/target: \['chrome(\d+)'/)?.[1]).toBe(base.minimum_chrome_version);
  });

  it('reaches both manifests (Firefox knows the key and ignores it; web-ext lint passes it)', () => {
    expect(forTarget(base, 'chrome').minimum_chrome_version).toBe('120');
    expect(forTarget(base, 'firefox').minimum_chrome_version).toBe('120');
  });
});
