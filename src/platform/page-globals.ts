/**
 * The function the background injects into a page's own world (`scripting.executeScript({ world:
 * 'MAIN', func: copyPageGlobals, args: [PAGE_GLOBALS, DUMP_CAPS] })`) to copy the consent
 * platforms' declarations from their globals (src/core/declaration/dump.ts says which, and within
 * which caps). It is serialised to source and run there, so it is self-contained: no import, no
 * helper outside its body.
 *
 * The page owns that world: its scripts ran first and may have replaced `Object.keys` or
 * `Array.isArray` themselves. So this copy is a courtesy, never a guarantee; what it returns is
 * validated again in the background like any content-script message, and the call is time-boxed
 * there (a getter may loop forever). Here every read is in try/catch, only own properties of the
 * globals are read (a getter of one is called: it is the platform's own field, webpack-style),
 * nothing is read from a prototype except a RegExp's `source` and `flags`, functions, DOM nodes,
 * class instances and symbols are dropped, and every list, string, level and the total are capped.
 */
import type { DumpValue, PageGlobalsDump } from '../core/declaration/dump';

/** Where each platform's declaration lives and which keys to keep (PAGE_GLOBALS' shape). */
export type GlobalsSpec = Readonly<Record<string, { paths: readonly string[]; keep: readonly string[] }>>;

/** DUMP_CAPS' shape. */
export interface DumpCaps {
  depth: number;
  arrayItems: number;
  objectKeys: number;
  stringChars: number;
  totalValues: number;
}

// Every helper lives inside the function on purpose: it is injected as source, alone.
/* oxlint-disable unicorn/consistent-function-scoping */
/** Copies the declared platforms' globals of the page it runs in (`root`: its window; tests pass another); see the module comment. */
export function copyPageGlobals(spec: GlobalsSpec, caps: DumpCaps, root: object = globalThis): PageGlobalsDump {
  // Inside the body: the function travels as source, without its module.
  const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];
  /** Stops copying after this long, whatever is left (the background's own deadline is longer). */
  const OWN_BUDGET_MS = 500;
  const clock = (): number => {
    try {
      return performance.now();
    } catch {
      return 0;
    }
  };
  const started = clock();
  let budget = caps.totalValues;
  const spent = () => budget <= 0 || clock() - started > OWN_BUDGET_MS;
  const failure = (error: unknown): DumpValue => {
    let message = 'unreadable';
    try {
      if (typeof error === 'string') message = error;
      else if (error !== null && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string')
        message = (error as { message: string }).message;
    } catch {
      // a Proxy as the thrown value: keep the plain word
    }
    return { $error: message.slice(0, 200) };
  };

  /** An own property of `holder` (data, or its own getter called), never one from its prototype. */
  const own = (holder: unknown, key: string): { found: boolean; value?: unknown; error?: DumpValue } => {
    if ((typeof holder !== 'object' && typeof holder !== 'function') || holder === null || FORBIDDEN.includes(key)) return { found: false };
    try {
      const descriptor = Object.getOwnPropertyDescriptor(holder, key);
      if (!descriptor) return { found: false };
      if ('value' in descriptor) return { found: true, value: descriptor.value };
      return descriptor.get ? { found: true, value: descriptor.get.call(holder) } : { found: false };
    } catch (error) {
      return { found: true, error: failure(error) };
    }
  };

  const isPlain = (value: object): boolean => {
    const proto = Object.getPrototypeOf(value);
    return proto === null || proto === Object.prototype || proto === Array.prototype;
  };

  const copy = (value: unknown, keep: readonly string[], depth: number, only?: readonly string[]): DumpValue | undefined => {
    if (spent()) return undefined;
    budget--;
    if (value === null || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (typeof value === 'string') return value.slice(0, caps.stringChars);
    if (typeof value !== 'object') return undefined; // functions, symbols, bigints, undefined
    try {
      if (value instanceof RegExp) {
        const { source, flags } = value;
        return typeof source === 'string' && typeof flags === 'string' ? { $regexp: source.slice(0, caps.stringChars), flags: flags.slice(0, 10) } : undefined;
      }
      if (depth >= caps.depth || !isPlain(value)) return undefined;
      if (Array.isArray(value)) {
        const out: DumpValue[] = [];
        const length = Math.min(Number(value.length) || 0, caps.arrayItems);
        for (let i = 0; i < length && !spent(); i++) {
          const item = own(value, String(i));
          const copied = item.error ?? copy(item.value, keep, depth + 1);
          out.push(copied === undefined ? null : copied);
        }
        // Cut at the cap: one marker more, so that the validators (capping at the same count) see it.
        if (Number(value.length) > length) out.push({ $error: `capped at ${length} of ${Number(value.length)} items` });
        return out;
      }
      // `only`: the entries wanted by name, however many others the object holds.
      const names = only ?? Object.keys(value).slice(0, caps.objectKeys * 4);
      const kept = names.filter((name) => keep.includes(name));
      // An object naming none of the kept keys is a map (tarteaucitron's services by key): with
      // `*` in `keep`, its entries are copied by whatever name they have.
      const chosen = only ?? (kept.length > 0 || !keep.includes('*') ? kept : names);
      const out: Record<string, DumpValue> = {};
      for (const name of chosen.slice(0, caps.objectKeys)) {
        if (spent()) break;
        if (FORBIDDEN.includes(name)) continue;
        const field = own(value, name);
        if (!field.found) continue;
        const copied = field.error ?? copy(field.value, keep, depth + 1);
        if (copied !== undefined) Object.defineProperty(out, name, { value: copied, enumerable: true, writable: true, configurable: true });
      }
      return out;
    } catch (error) {
      return failure(error);
    }
  };

  /** Follows a path ("klaro.getManager().config") one own property at a time. */
  const follow = (path: string): { found: boolean; value?: unknown; error?: DumpValue } => {
    let holder: unknown = root;
    for (const segment of path.split('.')) {
      const call = segment.endsWith('()');
      const step = own(holder, call ? segment.slice(0, -2) : segment);
      if (!step.found || step.error) return step;
      if (!call) {
        holder = step.value;
        continue;
      }
      if (typeof step.value !== 'function') return { found: false };
      try {
        holder = (step.value as () => unknown).call(holder);
      } catch (error) {
        return { found: true, error: failure(error) };
      }
    }
    return { found: holder !== undefined && holder !== null, value: holder };
  };

  const dump: Record<string, DumpValue> = {};
  for (const platform of Object.keys(spec)) {
    const { paths, keep } = spec[platform]!;
    for (const path of paths) {
      if (spent()) break;
      const found = follow(path);
      if (!found.found) continue;
      let copied: DumpValue | undefined = found.error;
      if (!copied && platform === 'tarteaucitron') copied = copyTarteaucitron(found.value, keep);
      copied ??= copy(found.value, keep, 0);
      if (copied !== undefined) dump[platform] = copied;
      break;
    }
  }
  return dump as PageGlobalsDump;

  /**
   * tarteaucitron's `services` holds every service it knows (hundreds): only those of `job`, the
   * site's own, are copied, or the caps would be spent on services the site never used.
   */
  function copyTarteaucitron(tac: unknown, keep: readonly string[]): DumpValue | undefined {
    const job = own(tac, 'job');
    const jobCopy = job.error ?? copy(job.value, keep, 1);
    const jobKeys = Array.isArray(jobCopy) ? jobCopy.filter((k): k is string => typeof k === 'string') : [];
    const services = own(tac, 'services');
    const parameters = own(tac, 'parameters');
    const out: Record<string, DumpValue> = {};
    if (jobCopy !== undefined) out.job = jobCopy;
    const params = parameters.error ?? copy(parameters.value, keep, 1);
    if (params !== undefined) out.parameters = params;
    const servicesCopy = services.error ?? copy(services.value, keep, 1, jobKeys);
    if (servicesCopy !== undefined) out.services = servicesCopy;
    return out;
  }
}
