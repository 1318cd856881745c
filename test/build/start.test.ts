/** `npm start` on a machine without a display says so and exits, instead of hanging. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('npm start without a display', () => {
  it('explains what to do and exits with status 1', () => {
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const run = spawnSync(process.execPath, [join(__dirname, '../../scripts/start.mjs')], { env, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('needs a display');
    expect(run.stderr).toContain('dist/chrome');
  });
});
