/** The Firefox build passes addons-linter (web-ext lint) cleanly, and no bundle writes innerHTML. */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, distDir } from './harness';

jest.setTimeout(60_000);

describe('the built extension', () => {
  it('has no web-ext lint errors or warnings on dist/firefox', () => {
    const out = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', distDir('firefox'), '--self-hosted', '--output', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  });

  it.each(['chrome', 'firefox'])('never assigns innerHTML in any %s bundle', (target) => {
    const dir = distDir(target as 'chrome' | 'firefox');
    const bundles = readdirSync(dir).filter((f) => f.endsWith('.js'));
    const chromeOnly = target === 'chrome' ? ['offscreen.js'] : []; // Firefox parses in its background page
    expect(bundles.sort()).toEqual(['audit.js', 'autoconsent.js', 'background.js', 'content.js', ...chromeOnly, 'popup.js', 'probe.js', 'reader.js'].sort());
    // The pages' shared code (Preact among it) is in chunks/: checked the same way.
    const chunks = readdirSync(join(dir, 'chunks')).map((f) => join('chunks', f));
    expect(chunks.length).toBeGreaterThan(0);
    for (const file of [...bundles, ...chunks]) expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/innerHTML\s*=(?!=)/);
  });
});
