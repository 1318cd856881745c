// Result rows, the printed table and the JSON files.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { round } from './stats.mjs';

/**
 * One row of the table. `target` is { max } (value must stay below it) or undefined for an
 * informational row; `value` null means the method could not measure it (`note` says why).
 */
export function entry({ id, name, value, unit, target, method, note, details }) {
  const measured = typeof value === 'number' && Number.isFinite(value);
  let status = 'info';
  if (!measured) status = 'NOT MEASURED';
  else if (target) status = value < target.max ? 'ok' : 'MISSED';
  return { id, name, value: measured ? round(value, 4) : null, unit, target: target ? `< ${target.max} ${unit}` : null, status, method, note, details };
}

const fmt = (value) => {
  if (value === null) return '—';
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toFixed(digits);
};

/** The table printed at the end of a run. */
export function table(entries, errors) {
  const head = ['benchmark', 'value', 'unit', 'target', 'result'];
  const rows = entries.map((e) => [e.name, fmt(e.value), e.unit, e.target ?? '', e.status]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) out.push(line(r));
  const missed = entries.filter((e) => e.status === 'MISSED');
  const targets = entries.filter((e) => e.target);
  out.push('');
  out.push(`targets: ${targets.length - missed.length} met, ${missed.length} MISSED${missed.length ? ` (${missed.map((e) => e.name).join('; ')})` : ''}`);
  for (const e of entries.filter((x) => x.status === 'NOT MEASURED')) out.push(`not measured: ${e.name}: ${e.note ?? 'no value'}`);
  for (const err of errors) out.push(`ERROR in ${err.suite}: ${err.message}`);
  return out.join('\n');
}

/** Writes bench/results/latest.json and a dated copy; returns their paths. */
export async function writeResults(root, report) {
  const dir = join(root, 'bench', 'results');
  await mkdir(dir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const stamp = report.startedAt.replaceAll(':', '-');
  const files = [join(dir, 'latest.json'), join(dir, `${stamp}.json`)];
  for (const file of files) await writeFile(file, json);
  return files;
}
