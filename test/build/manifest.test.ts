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

  it('rejects an unknown target', () => {
    expect(() => forTarget(base, 'safari')).toThrow('unknown target');
  });

  it('asks for the fewest permissions: cookies, storage, scripting, http(s) hosts', () => {
    expect(base.permissions.sort()).toEqual(['cookies', 'scripting', 'storage']);
    expect(base.host_permissions.sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(base.content_security_policy.extension_pages).toContain("script-src 'self'");
  });
});
