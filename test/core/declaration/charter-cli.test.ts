/**
 * `npm run charter` (scripts/charter.mjs, spawned for real) on every saved policy page: exit 0 and
 * the source in its JSON (`"source": { "kind": "cookie-table", ... }`) or on stderr for csv / md;
 * the prose-only policy exits 1; a saved page-globals dump (JSON) reads as its platforms' declaration.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const POLICIES = join(ROOT, 'test/fixtures/policies');
const FILES = readdirSync(POLICIES).filter((f) => f.endsWith('.html'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function charter(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/charter.mjs', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// One run per fixture and format, two at a time (the machine has two cores, shared).
let runs: Map<string, Run>;
const dir = mkdtempSync(join(tmpdir(), 'cc-decl-cli-'));
const DUMP = join(dir, 'tarteaucitron-dump.json');
const HOSTILE = join(dir, 'hostile-dump.json');
beforeAll(async () => {
  writeFileSync(
    DUMP,
    JSON.stringify({ tarteaucitron: { job: ['youtube'], services: { youtube: { type: 'video', name: 'YouTube', cookies: ['YSC', 'VISITOR_INFO1_LIVE'] } } } }),
  );
  writeFileSync(HOSTILE, JSON.stringify({ cookiebot: { $error: 'getter threw' }, __proto__: { polluted: true } }));
  const jobs: [string, string[]][] = [
    ...FILES.map((f): [string, string[]] => [f, [join(POLICIES, f), '--url', `https://www.example.test/${f}`]]),
    ['csv', [join(POLICIES, 'de-datenschutz.html'), '--format', 'csv']],
    ['md', [join(POLICIES, 'onetrust.html'), '--format', 'md']],
    ['dump', [DUMP, '--url', 'https://tac.example.test/']],
    ['hostile', [HOSTILE]],
  ];
  runs = new Map();
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) runs.set(job[0], await charter(job[1]));
  };
  await Promise.all([worker(), worker()]);
}, 300_000);

describe('npm run charter on saved policy pages', () => {
  it.each(FILES.filter((f) => f !== 'prose-only.html'))('%s: exit 0, the declaration with its source', (file) => {
    const run = runs.get(file)!;
    expect([run.code, run.stderr]).toEqual([0, '']);
    const json = JSON.parse(run.stdout);
    expect(json.source).toEqual({ kind: 'cookie-table', url: `https://www.example.test/${file}`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(Object.keys(json)).toEqual(['title', 'url', 'source', 'entries']);
    expect(json.entries.length).toBeGreaterThan(0);
    // The entries' source is the declaration's: not repeated on each.
    expect(json.entries.some((e: object) => 'source' in e)).toBe(false);
  });

  it('prose-only.html: exit 1, "no cookie table", nothing on stdout', () => {
    const run = runs.get('prose-only.html')!;
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^cookie-charter: no cookie table found in /);
  });

  it('csv and md: the source on a line of stderr, stdout unchanged in shape', () => {
    const csv = runs.get('csv')!;
    expect(csv.code).toBe(0);
    expect(csv.stderr).toBe('cookie-charter: source: cookie-table (de-datenschutz.html)\n');
    expect(csv.stdout.split(/\r?\n/)[0]).toBe('names,provider,service,purpose,duration,max_age_seconds,session,conditional,condition,section,category');
    const md = runs.get('md')!;
    expect(md.stderr).toBe('cookie-charter: source: cookie-table (onetrust.html)\n');
    expect(md.stdout).toContain('- Source: cookie-table (onetrust.html)');
  });

  it('a saved page-globals dump: its platform’s declaration, the source its kind; a hostile one exits 1', () => {
    const dump = runs.get('dump')!;
    expect([dump.code, dump.stderr]).toEqual([0, '']);
    const json = JSON.parse(dump.stdout);
    expect(json.source).toEqual({ kind: 'tarteaucitron', url: 'https://tac.example.test/' });
    expect(json.entries.map((e: { names: string[] }) => e.names)).toEqual([['YSC', 'VISITOR_INFO1_LIVE'], ['tarteaucitron']]);
    const hostile = runs.get('hostile')!;
    expect(hostile.code).toBe(1);
    expect(hostile.stderr).toMatch(/^cookie-charter: no consent-platform declaration found in /);
  });
});
