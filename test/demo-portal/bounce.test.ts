/** The demo tracker's /bounce (what `npm start` opens): its cookie, then the portal; demo hosts only. */
import { request } from 'node:http';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, untyped
const { startDemoPortal } = require('./server.cjs') as { startDemoPortal(): Promise<{ port: number; url(host?: string): string; close(): Promise<void> }> };

describe('tracker.other.test/bounce', () => {
  let demo: Awaited<ReturnType<typeof startDemoPortal>>;
  beforeAll(async () => (demo = await startDemoPortal()));
  afterAll(() => demo.close());

  // node:http, since fetch may not set the Host header the demo routes on.
  const get = (to: string) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
      const path = `/bounce?to=${encodeURIComponent(to)}`;
      request({ host: '127.0.0.1', port: demo.port, path, headers: { host: 'tracker.other.test' } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, headers: res.headers });
      })
        .on('error', reject)
        .end();
    });

  it('writes the tracker cookie and sends the browser on to the portal', async () => {
    const res = await get(demo.url());
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(demo.url());
    expect(String(res.headers['set-cookie'])).toMatch(/^tp_uid=/);
  });

  it('refuses an address outside the demo (no open redirect)', async () => {
    for (const to of ['http://evil.example.com/', 'javascript:alert(1)', '']) {
      const res = await get(to);
      expect(res.status).toBe(400);
      expect(res.headers.location).toBeUndefined();
    }
  });
});
