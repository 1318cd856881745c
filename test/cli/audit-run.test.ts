/**
 * `npm run audit` for real (slow project): spawned over part of the demo fleet in headless
 * Chromium with the built extension, the .test hosts mapped with --resolve. Checks each site file
 * against the fleet's expectations, the exit codes, resume after an interruption, and merge.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScenarioResult, SiteResult, Summary } from '../../src/cli/audit/types';

// eslint-disable-next-line -- plain CommonJS demo server and fleet
const { startDemoPortal } = require('../demo-portal/server.cjs') as { startDemoPortal(o: { port: number }): Promise<{ port: number; close(): Promise<void> }> };
// eslint-disable-next-line -- as above
const { FLEET } = require('../demo-portal/fleet.cjs') as { FLEET: FleetSite[] };

interface Expect {
  consent: null | { decided: boolean; choice?: string };
  flags: Record<string, string[]>;
  written: string[];
  notWritten: string[];
  violation?: boolean;
  noBanner?: boolean;
}
interface FleetSite {
  host: string;
  kind: string;
  fails?: string;
  url(port: number): string;
  expect: { firstVisit: Expect | null; refuse: Expect | null; accept: Expect | null };
}

jest.setTimeout(300_000);
const ROOT = join(__dirname, '../..');
const DIST = join(ROOT, process.env.CC_DIST ?? 'dist', 'chrome');
let demo: { port: number; close(): Promise<void> };
const work = mkdtempSync(join(tmpdir(), 'cc-audit-run-'));

/** A loopback port nothing listens on (one the system just gave out and took back): Chromium blocks low ones as unsafe. */
let closedPort = 0;

beforeAll(async () => {
  closedPort = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  if (!existsSync(join(DIST, 'manifest.json'))) spawnSync(process.execPath, ['scripts/build.mjs', '--target', 'chrome'], { cwd: ROOT });
  demo = await startDemoPortal({ port: 0 });
});
afterAll(async () => {
  await demo?.close();
  rmSync(work, { recursive: true, force: true });
});

const site = (host: string) => FLEET.find((s) => s.host === host)!;
const urlOf = (host: string) => site(host).url(demo.port);

/** Spawns the CLI; `onStderr` may interrupt it (one Ctrl-C). Resolves with its exit code and output. */
function audit(args: string[], onStderr?: (text: string, kill: () => void) => void): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const resolve = args[0] === 'merge' ? [] : ['--resolve', '*.test=127.0.0.1'];
    const child = spawn(process.execPath, ['scripts/audit.mjs', ...args, ...resolve], {
      cwd: ROOT,
      env: { ...process.env, CC_AUDIT_NO_BUILD: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let interrupted = false;
    const interrupt = () => {
      if (!interrupted) child.kill('SIGINT');
      interrupted = true;
    };
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      onStderr?.(stderr, interrupt);
    });
    child.on('close', (code) => done({ code, stderr }));
  });
}

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const siteFile = (out: string, host: string) => read<SiteResult>(join(out, 'sites', `${host}.json`));
const writes = (s: ScenarioResult) => new Set(s.timeline.filter((t) => t.event === 'set' || t.event === 'renewed').map((t) => t.name));

function checkScenario(host: string, s: ScenarioResult, expected: Expect) {
  const where = `${host} ${s.scenario}`;
  expect({ where, failure: s.failure }).toEqual({ where, failure: null });
  if (expected.consent === null) expect({ where, consent: s.consent }).toEqual({ where, consent: null });
  else expect({ where, consent: s.consent }).toMatchObject({ where, consent: expected.consent });
  const written = writes(s);
  expect({ where, missing: expected.written.filter((n) => !written.has(n)) }).toEqual({ where, missing: [] });
  expect({ where, unexpected: expected.notWritten.filter((n) => written.has(n)) }).toEqual({ where, unexpected: [] });
  for (const [cookie, flags] of Object.entries(expected.flags)) {
    const row = s.rows.find((r) => r.cookie === cookie);
    expect({ where, cookie, flags: row?.flags ?? null }).toMatchObject({ where, cookie, flags: expect.arrayContaining(flags) });
  }
  if (expected.violation !== undefined)
    expect({ where, violation: s.rows.some((r) => r.severity === 'violation') }).toEqual({ where, violation: expected.violation });
  if (expected.noBanner) expect({ where, ok: s.choice?.ok }).toEqual({ where, ok: false });
  expect(s.charter === null || /^[0-9a-f]{64}$/.test(s.charter.sha256)).toBe(true);
  expect(s.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
}

describe('npm run audit over the demo fleet', () => {
  const whole = join(work, 'fleet');

  it('audits every site of the fleet on a first visit as the fleet expects; a broken site gets its reason, and the run exits 1', async () => {
    // Beside the fleet, two sites the real web has: a port with nothing listening, and TLS spoken
    // to a server that answers plain HTTP (the demo server, through --resolve).
    const offFleet = [
      { host: '127.0.0.1', url: `http://127.0.0.1:${closedPort}/`, reason: /^unreachable: ERR_CONNECTION_REFUSED$/ },
      { host: 'tls.example.test', url: `https://tls.example.test:${demo.port}/`, reason: /^tls-error: ERR_/ },
    ];
    const urls = [...FLEET.map((s) => s.url(demo.port)), ...offFleet.map((o) => o.url)];
    const { code, stderr } = await audit([...urls, '--out', whole, '--scenarios', 'first-visit', '--concurrency', '2']);
    expect(code).toBe(1);
    expect(FLEET.length).toBeGreaterThanOrEqual(20);
    for (const o of offFleet) {
      expect({ host: o.host, failure: siteFile(whole, o.host).failure }).toEqual({ host: o.host, failure: expect.stringMatching(o.reason) });
      expect(stderr).toContain(`could not audit ${o.host}: `);
    }
    for (const fleetSite of FLEET) {
      const result = siteFile(whole, fleetSite.host);
      if (fleetSite.fails) {
        expect({ host: fleetSite.host, failure: result.failure }).toEqual({
          host: fleetSite.host,
          failure: expect.stringMatching(new RegExp(`^${fleetSite.fails}\\b`)),
        });
        expect(stderr).toContain(`could not audit ${fleetSite.host}: ${fleetSite.fails}`);
        continue;
      }
      expect(result).toMatchObject({
        host: fleetSite.host,
        browser: expect.stringMatching(/Chrome\/\d+/),
        extensionVersion: expect.any(String),
        failure: null,
      });
      checkScenario(
        fleetSite.host,
        result.scenarios.find((sc) => sc.scenario === 'first-visit')!,
        fleetSite.expect.firstVisit!,
      );
    }
    const summary = read<Summary>(join(whole, 'summary.json'));
    expect(summary.totals).toMatchObject({ sites: FLEET.length + 2, failed: FLEET.filter((f) => f.fails).length + 2 });
    const index = readFileSync(join(whole, 'index.html'), 'utf8');
    for (const fleetSite of FLEET) expect(index).toContain(`data-site="${fleetSite.host}"`);
  });

  it('refuses and accepts through autoconsent as the fleet expects, and exits 3 on a leaky site with --fail-on violation', async () => {
    const out = join(work, 'choices');
    // leaky is the Opendatasoft-like banner (the well-behaved consent.example.test has the same one);
    // nobody has no banner at all: autoconsent says so and nothing is clicked.
    const hosts = ['leaky.example.test', 'nobody.example.test'];
    const { code, stderr } = await audit([...hosts.map(urlOf), '--out', out, '--scenarios', 'refuse,accept', '--fail-on', 'violation']);
    expect({ code, stderr }).toMatchObject({ code: 3 });
    for (const host of hosts) {
      const result = siteFile(out, host);
      expect(result).toMatchObject({ host, failure: null });
      for (const [scenario, expected] of [
        ['refuse', site(host).expect.refuse],
        ['accept', site(host).expect.accept],
      ] as const) {
        if (expected)
          checkScenario(
            host,
            result.scenarios.find((sc) => sc.scenario === scenario)!,
            expected,
          );
      }
    }
    const summary = read<Summary>(join(out, 'summary.json'));
    expect(summary.sites.find((l) => l.host === 'leaky.example.test')!.verdict).toBe('violation');
  });

  // Good sites and failing ones; not never.example.test, whose 10 s settle cap the fleet run already pays.
  const B = ['consent.example.test', 'nobody.example.test', 'gone.example.test', 'binary.example.test', 'p-good-1.example.test'];
  /** The lines of B's sites in the whole fleet's uninterrupted run, in B's order. */
  const linesOfB = () => B.map((host) => read<Summary>(join(whole, 'summary.json')).sites.find((l) => l.host === host));
  const linesIn = (out: string) => B.map((host) => read<Summary>(join(out, 'summary.json')).sites.find((l) => l.host === host));

  it('resumed after Ctrl-C halfway, gives the same summary as the uninterrupted run', async () => {
    const out = join(work, 'resume');
    const first = await audit([...B.map(urlOf), '--out', out, '--scenarios', 'first-visit', '--concurrency', '1'], (text, kill) => {
      if (/\[2\/5\]/.test(text)) kill();
    });
    expect(first.code).toBe(1);
    const kept = readdirSync(join(out, 'sites'));
    expect(kept.length).toBeGreaterThanOrEqual(2);
    expect(kept.length).toBeLessThan(B.length);
    const resumed = await audit([...B.map(urlOf), '--out', out, '--scenarios', 'first-visit', '--resume']);
    expect(resumed.stderr).toContain(`resuming: ${kept.length} of 5 sites`);
    expect(read<Summary>(join(out, 'summary.json')).totals.sites).toBe(B.length);
    expect(linesIn(out)).toEqual(linesOfB());
  });

  it('two shards merged give the summary of one run', async () => {
    const shards = [join(work, 's1'), join(work, 's2')];
    await Promise.all(
      shards.map((out, i) => audit([...B.map(urlOf), '--out', out, '--scenarios', 'first-visit', '--concurrency', '1', '--shard', `${i + 1}/2`])),
    );
    const merged = join(work, 'merged');
    const { code } = await audit(['merge', ...shards, '--out', merged]);
    expect(code).toBe(0);
    expect(read<Summary>(join(merged, 'summary.json')).totals.sites).toBe(B.length);
    expect(linesIn(merged)).toEqual(linesOfB());
  });
});
