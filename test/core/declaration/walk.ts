/**
 * A reference copy of what the page-world function returns (src/core/declaration/dump.ts): plain
 * data within DUMP_CAPS, RegExps as `{ $regexp, flags }`, throwing getters as `{ $error }`, functions
 * dropped. The tests feed the validators with it, from the platforms' real code run in a vm.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { DUMP_CAPS, type DumpValue } from '../../../src/core/declaration/dump';

const ROOT = join(__dirname, '../../..');

/** Copies `value` as the page-world function must. */
export function walk(value: unknown, depth = 0): DumpValue | undefined {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'string') return value.slice(0, DUMP_CAPS.stringChars);
  if (typeof value !== 'object' || depth > DUMP_CAPS.depth) return undefined;
  if (Object.prototype.toString.call(value) === '[object RegExp]') {
    const r = value as RegExp;
    return { $regexp: r.source, flags: r.flags };
  }
  if (Array.isArray(value)) {
    return value.slice(0, DUMP_CAPS.arrayItems).map((item) => walk(item, depth + 1) ?? null);
  }
  const out: Record<string, DumpValue> = {};
  for (const key of Object.keys(value).slice(0, DUMP_CAPS.objectKeys)) {
    try {
      const copied = walk((value as Record<string, unknown>)[key], depth + 1);
      if (copied !== undefined) out[key] = copied;
    } catch (e) {
      out[key] = { $error: e instanceof Error ? e.message : 'error' };
    }
  }
  return out;
}

/** Runs a library's file in a fresh vm context (as a page would) and returns the context. */
export function runLibrary(path: string, globals: Record<string, unknown>, after = ''): Record<string, unknown> {
  const context = createContext({ window: {}, document: {}, ...globals });
  runInContext(`${readFileSync(join(ROOT, path), 'utf8')}\n${after}`, context);
  return context;
}
