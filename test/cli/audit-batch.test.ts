/** runBatch with a fake scenario runner: resume, Ctrl-C, files written as each site ends. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAuditArgs, type RunArgs } from '../../src/cli/audit/args';
import { readSite } from '../../src/cli/audit/outputs';
import { runBatch, type RunDeps } from '../../src/cli/audit/run';
import type { Scenario } from '../../src/cli/audit/types';
import { targetsOf } from '../../src/cli/audit/urls';
import { row, scenario } from './audit-fixtures';

let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'cc-audit-batch-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const URLS = ['https://a.test/', 'https://b.test/', 'https://c.test/', 'https://gone.test/'];
const args = (extra: string[] = []) => parseAuditArgs([...URLS, '--out', out, '--concurrency', '1', ...extra]) as RunArgs;
const silent = { started() {}, finished() {}, note() {}, close() {} };

function deps(over: Partial<RunDeps> = {}, calls: string[] = []): RunDeps {
  return {
    runScenario: async (url: string, name: Scenario) => {
      calls.push(`${new URL(url).host} ${name}`);
      const failure = url.includes('gone') ? 'http-404' : null;
      return {
        ...scenario(name, [row('_ga', { flags: url.includes('a.test') ? ['set-before-choice'] : [], severity: url.includes('a.test') ? 'violation' : null })], {
          url,
          failure,
        }),
        browser: 'Chrome/156',
        extensionVersion: '0.1.0',
      };
    },
    progress: () => silent,
    version: '0.1.0',
    stopping: () => false,
    abandoned: () => false,
    ...over,
  };
}

describe('runBatch', () => {
  it('writes a file per site, stops a site at its first failed scenario, and exits 1 / 3', async () => {
    const calls: string[] = [];
    const outcome = await runBatch(args(), targetsOf(URLS), deps({}, calls));
    expect(readdirSync(join(out, 'sites')).sort()).toEqual(['a.test.json', 'b.test.json', 'c.test.json', 'gone.test.json']);
    expect(calls.filter((c) => c.startsWith('gone'))).toEqual(['gone.test first-visit']);
    expect(outcome.code).toBe(1);
    expect(readSite(join(out, 'sites', 'gone.test.json'))!.failure).toBe('http-404');
    expect((await runBatch(args(['--fail-on', 'violation']), targetsOf(URLS), deps())).code).toBe(3);
    expect(['summary.json', 'summary.csv', 'index.html'].every((f) => existsSync(join(out, f)))).toBe(true);
  });

  it('after Ctrl-C starts no new site, keeps the finished ones, and --resume completes the same summary', async () => {
    let finished = 0;
    const interrupted = await runBatch(
      args(),
      targetsOf(URLS),
      deps({ stopping: () => finished >= 2, progress: () => ({ ...silent, finished: () => void finished++ }) }),
    );
    expect(interrupted).toMatchObject({ interrupted: true, code: 1, missing: ['c.test', 'gone.test'] });
    expect(interrupted.summary.sites.map((l) => l.host)).toEqual(['a.test', 'b.test']);
    const calls: string[] = [];
    const resumed = await runBatch(args(['--resume']), targetsOf(URLS), deps({}, calls));
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['c.test', 'c.test', 'c.test', 'gone.test']);
    const full = await runBatch(args(), targetsOf(URLS), deps());
    expect({ ...resumed.summary, generatedAt: null }).toEqual({ ...full.summary, generatedAt: null });
  });

  it('drops the sites a second Ctrl-C abandons: no half result is written', async () => {
    let abandon = false;
    const outcome = await runBatch(
      args(),
      targetsOf(URLS),
      deps({
        runScenario: async (url, name) => {
          if (url.includes('b.test')) abandon = true;
          return { ...scenario(name, []), url, browser: null, extensionVersion: null, failure: abandon ? 'browser-error: closed' : null };
        },
        stopping: () => abandon,
        abandoned: () => abandon,
      }),
    );
    expect(readdirSync(join(out, 'sites'))).toEqual(['a.test.json']);
    expect(outcome.missing).toEqual(['b.test', 'c.test', 'gone.test']);
  });

  it('audits only its shard', async () => {
    const calls: string[] = [];
    await runBatch(args(['--shard', '1/2', '--scenarios', 'first-visit']), targetsOf(URLS), deps({}, calls));
    const other: string[] = [];
    await runBatch(args(['--shard', '2/2', '--scenarios', 'first-visit']), targetsOf(URLS), deps({}, other));
    expect([...calls, ...other].sort()).toEqual(URLS.map((u) => `${new URL(u).host} first-visit`).sort());
    expect(calls.length).toBeGreaterThan(0);
    expect(other.length).toBeGreaterThan(0);
  });
});
