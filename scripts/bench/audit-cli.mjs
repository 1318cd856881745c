// `npm run audit` throughput: sites per minute at --concurrency 1, 2 and 4 over the demo fleet's
// sites that can be audited (three scenarios each), and the peak memory of the run (the sum of
// the RSS of its Chromium processes, sampled every 250 ms from /proc). Each run spawns the real
// CLI on the built extension (CC_AUDIT_NO_BUILD=1: the bench builds first) into a fresh folder.
// Usage: `const rows = await benchAuditCli({ root })` → [{ id, name, value, unit, target?, method, note? }].
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const MB = 1024 * 1024;

/** pid → { ppid, name, rss bytes } of every process, from /proc (Linux). */
function processes() {
  const table = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const field = (k) => new RegExp(`^${k}:\\s*(.+)$`, 'm').exec(status)?.[1] ?? '';
      table.set(Number(pid), { ppid: Number(field('PPid')), name: field('Name'), rss: Number.parseInt(field('VmRSS'), 10) * 1024 || 0 });
    } catch {
      // the process ended while being read
    }
  }
  return table;
}

/** Sum of the RSS of the Chromium processes descending from `root`. */
export function chromiumRss(root) {
  const table = processes();
  let sum = 0;
  for (const [pid, p] of table) {
    if (!/chrom/i.test(p.name)) continue;
    let up = p.ppid;
    for (let depth = 0; up && depth < 20 && up !== root; depth++) up = table.get(up)?.ppid;
    if (up === root || pid === root) sum += p.rss;
  }
  return sum;
}

/** The machine's CPU counters (all cores): busy and total jiffies, from /proc/stat (Linux). */
function cpuTimes() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = fields.map(Number);
  const idle = n[3] + (n[4] ?? 0); // idle + iowait
  const total = n.slice(0, 8).reduce((a, b) => a + b, 0); // user … steal (guest is inside user)
  return { busy: total - idle, total };
}

/** One CLI run: wall time, exit code, peak Chromium RSS, and how busy the machine's CPUs were. */
function run(root, args) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const cpu0 = cpuTimes();
    const child = spawn(process.execPath, [join(root, 'scripts', 'audit.mjs'), ...args], {
      cwd: root,
      env: { ...process.env, CC_AUDIT_NO_BUILD: '1' },
      stdio: 'ignore',
    });
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, chromiumRss(child.pid))), 250);
    child.on('close', (code) => {
      clearInterval(timer);
      const cpu1 = cpuTimes();
      resolve({ ms: performance.now() - t0, code, peak, cpuBusy: (cpu1.busy - cpu0.busy) / Math.max(1, cpu1.total - cpu0.total) });
    });
  });
}

/**
 * Sites per minute at each concurrency and the peak memory of each run. `sites`: how many of the
 * fleet's auditable sites (default 8); `scenarios`: as --scenarios (default all three).
 */
export async function benchAuditCli({ root, concurrencies = [1, 2, 4], sites = 8, scenarios = 'first-visit,refuse,accept' }) {
  const { startDemoPortal } = require(join(root, 'test', 'demo-portal', 'server.cjs'));
  const { FLEET } = require(join(root, 'test', 'demo-portal', 'fleet.cjs'));
  const demo = await startDemoPortal({ port: 0 });
  const rows = [];
  const perMinute = {};
  try {
    const urls = FLEET.filter((s) => !s.fails && s.kind !== 'slow')
      .slice(0, sites)
      .map((s) => s.url(demo.port));
    for (const c of concurrencies) {
      const out = mkdtempSync(join(tmpdir(), 'cc-bench-audit-'));
      try {
        const r = await run(root, [...urls, '--out', out, '--scenarios', scenarios, '--concurrency', String(c), '--resolve', '*.test=127.0.0.1']);
        perMinute[c] = r.code === 0 ? urls.length / (r.ms / 60_000) : null;
        const method = `npm run audit over ${urls.length} demo sites × ${scenarios.split(',').length} scenarios, wall time (exit ${r.code})`;
        rows.push({ id: `audit-cli-rate-${c}`, name: `audit CLI: sites per minute at --concurrency ${c}`, value: perMinute[c], unit: 'sites/min', method });
        rows.push({
          id: `audit-cli-cpu-${c}`,
          name: `audit CLI: CPU busy during the run at --concurrency ${c}`,
          value: r.cpuBusy * 100,
          unit: '%',
          method: `share of all ${cpus().length} cores' time not idle during the run (/proc/stat, the whole machine)`,
        });
        rows.push({
          id: `audit-cli-rss-${c}`,
          name: `audit CLI: peak Chromium RSS at --concurrency ${c}`,
          value: r.peak / MB,
          unit: 'MB',
          method: 'sum of VmRSS of the run’s chromium processes, sampled every 250 ms',
        });
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }
  } finally {
    await demo.close();
  }
  const [low, high] = [perMinute[concurrencies[0]], perMinute[concurrencies.at(-1)]];
  if (low && high)
    rows.push({
      id: 'audit-cli-speedup',
      name: `audit CLI: speed-up --concurrency ${concurrencies.at(-1)} / ${concurrencies[0]}`,
      value: high / low,
      unit: '×',
      method: 'ratio of the two rates above',
      note: 'issue 12 asks ≥ 2.5× at 4 on 2 cores: the runs are CPU-bound (a fresh Chromium per site and scenario); the CPU-busy rows above bound the speed-up at 1 / (busy share at concurrency 1)',
    });
  return rows;
}
