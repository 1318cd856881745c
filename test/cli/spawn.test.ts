import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const CHARTER = join(ROOT, 'test/fixtures/cookies/demo-charter.html');

describe('scripts/charter.mjs', () => {
  it('bundles and runs the CLI for real: exit code 0 and the report JSON on stdout', () => {
    const result = spawnSync(process.execPath, ['scripts/charter.mjs', CHARTER, '--cookies', 'test/fixtures/cookies/data.example.test.json'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed).toMatchObject({
      charterUrl: 'demo-charter.html', // its name, not the absolute path of this disk
      charterSha256: createHash('sha256').update(readFileSync(CHARTER, 'utf8')).digest('hex'),
      extensionVersion: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
      browser: 'cli',
    });
    expect(parsed.report.rows.map((r: { status: string }) => r.status)).toEqual([
      'matched',
      'matched',
      'absent',
      'absent',
      'matched',
      'matched',
      'undeclared',
      'undeclared',
    ]);
  });
});
