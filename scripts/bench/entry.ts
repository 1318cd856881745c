/**
 * The bench bundle: the core's charter parser and comparison with timing loops around them.
 * scripts/bench.mjs bundles it with esbuild twice, for the bench page in Chromium (an IIFE that
 * sets `globalThis.ccBench`) and for node (ESM). Timing loops run where the code runs, so no
 * protocol round trip sits inside a measurement.
 */
import { installNodePublicSuffixes } from '../../src/cli/public-suffix';
import { parseCharter } from '../../src/core/charter/parse-charter';
import { compareDeclaration } from '../../src/core/compare/compare';
import type { Declaration, ObservedCookie } from '../../src/core/types';
// The comparison tests' builders: the bench measures the workload those tests describe.
import { NOW, PAGE, cookie, declaration, entry } from '../../test/core/compare/helpers';

// The comparison decides sites: it needs a Public Suffix List installed (the worker reads its own
// file; here, as in node, tldts's, the same list).
installNodePublicSuffixes();

export interface Loop {
  warmup: number;
  iterations: number;
}

/** Smallest step of `performance.now()` here (5 µs when cross-origin isolated, 100 µs otherwise). */
export function timerResolution(): number {
  let smallest = Infinity;
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    let next = performance.now();
    while (next === start) next = performance.now();
    smallest = Math.min(smallest, next - start);
  }
  return smallest;
}

export interface ParseRun {
  /** parseCharter alone, ms per run. */
  parse: number[];
  /** DOMParser + parseCharter, ms per run. */
  total: number[];
  entries: number;
  tables: number;
  kind: string;
}

/**
 * Parses `html` `iterations` times after `warmup` runs. Each run gets a fresh document, so
 * nothing the DOM caches from an earlier run helps; the two timings come from the same run.
 */
export function runParse(html: string, url: string, loop: Loop): ParseRun {
  const parse: number[] = [];
  const total: number[] = [];
  let entries = 0;
  let tables = 0;
  let kind = '';
  for (let i = 0; i < loop.warmup + loop.iterations; i++) {
    const t0 = performance.now();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const t1 = performance.now();
    const result = parseCharter(doc, url);
    const t2 = performance.now();
    if (i < loop.warmup) continue;
    parse.push(t2 - t1);
    total.push(t2 - t0);
    kind = result.kind;
    if (result.kind === 'declaration') {
      entries = result.declaration.entries.length;
      tables = result.tables;
    }
  }
  return { parse, total, entries, tables, kind };
}

/**
 * The comparison workload of the former timed test: 1,000 declared entries (20 of them
 * patterns, the others two names each, plus one unnamed audience entry) against `n` observed
 * cookies on four domains: a third matched by name, a third by pattern, the rest undeclared or
 * vague.
 */
export function compareWorkload(n: number): { declaration: Declaration; cookies: ObservedCookie[] } {
  const entries = Array.from({ length: 1000 }, (_, i) => (i % 50 === 0 ? entry([`_p${i}_*`]) : entry([`name_${i}`, `alt_${i}`])));
  entries.push(entry([], { service: 'Mesure d’audience', provider: '' }));
  const domains = ['data.example.test', '.example.test', '.tracker.other.test', 'cdn.other.test'];
  const cookies = Array.from({ length: n }, (_, i) => {
    const name = i % 3 === 0 ? `name_${i % 1000}` : i % 3 === 1 ? `_p${(i % 20) * 50}_x${i}` : i % 7 === 0 ? `_ga_${i}` : `zz_${i}`;
    return cookie(name, i % 5 === 0 ? null : 3600 * (i % 1000), { domain: domains[i % 4] ?? 'data.example.test', path: `/${i % 10}` });
  });
  return { declaration: declaration(entries), cookies };
}

export interface CompareRun {
  n: number;
  /** ms per compareDeclaration call. */
  samples: number[];
  declaredEntries: number;
  cookies: number;
  rows: number;
}

/**
 * Times compareDeclaration on the workload of each size in `sizes` (built once, outside the
 * timing). Sizes take turns, one call each per round, so a load change on the machine touches
 * every size alike and the growth between sizes stays readable.
 */
export function runCompare(sizes: number[], loop: Loop): CompareRun[] {
  const runs = sizes.map((n) => ({ n, ...compareWorkload(n), samples: [] as number[], rows: 0 }));
  for (let round = 0; round < loop.warmup + loop.iterations; round++) {
    for (const run of runs) {
      const start = performance.now();
      const report = compareDeclaration(run.declaration, run.cookies, { pageUrl: PAGE, now: NOW });
      const elapsed = performance.now() - start;
      run.rows = report.rows.length;
      if (round >= loop.warmup) run.samples.push(elapsed);
    }
  }
  return runs.map((r) => ({ n: r.n, samples: r.samples, declaredEntries: r.declaration.entries.length, cookies: r.cookies.length, rows: r.rows }));
}
