/**
 * Cookie names as consent platforms write them — a name, a `/regex/flags` string, a RegExp (copied
 * as `{ $regexp, flags }`), or Orejime's and Klaro's `[name or regex, path, domain]` triples — as
 * names the comparison's matcher reads: literals, or `*` globs (match/name-matcher.ts).
 * A page's regexp is never compiled: its source is read as text and turned into a glob when it is
 * literal text with wildcards, else into its literal prefix with `*` (broader, never narrower).
 */
import { field, isList, isObject, items, MAX_NAME, text } from './untrusted';

/** A glob needs this many literal characters: `/.*\/` or `/^.$/` would declare every cookie. */
const MIN_LITERAL = 2;
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B']);
// Groups, alternation, anchors inside, and a quantifier with nothing before it: not literal text.
const SPECIAL = new Set(['(', ')', '|', '^', '$', '*', '+', '?', '{', '}']);

/** The glob of one branch without groups or alternation, or undefined when it has either. */
function branchGlob(branch: string): string | undefined {
  let out = '';
  for (let i = 0; i < branch.length; i++) {
    const c = branch[i]!;
    if (SPECIAL.has(c)) return undefined;
    let piece: string;
    let wild = false;
    if (c === '\\') {
      const next = branch[++i];
      if (next === undefined) return undefined;
      wild = CLASS_ESCAPES.has(next);
      piece = wild ? '*' : next;
    } else if (c === '[') {
      const close = branch.indexOf(']', i + 2);
      if (close < 0) return undefined;
      i = close;
      wild = true;
      piece = '*';
    } else if (c === '.') {
      wild = true;
      piece = '*';
    } else piece = c;
    // A quantifier after the atom: `*`, `?` and `{0,n}` may drop it, `+` and `{n,m}` repeat it.
    const q = branch[i + 1];
    if (q === '*' || q === '+' || q === '?' || q === '{') {
      const end = q === '{' ? branch.indexOf('}', i + 1) : i + 1;
      if (end < 0) return undefined;
      const optional = q === '*' || q === '?' || (q === '{' && /^\{0\s*(?:,|\})/.test(branch.slice(i + 1, end + 1)));
      i = end;
      if (branch[i + 1] === '?') i++; // lazy
      piece = wild || optional ? '*' : `${piece}*`;
    }
    out += piece;
  }
  return out;
}

const literalLength = (glob: string) => glob.replace(/\*/g, '').length;

/** Splits on `|` outside groups and classes; undefined when parentheses do not balance. */
function splitTopLevel(body: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const close = body.indexOf(']', i + 2);
      if (close < 0) return undefined;
      i = close;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return undefined;
    else if (c === '|' && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  parts.push(body.slice(from));
  return parts;
}

// One group of plain alternatives, optional or not, inside a branch: `mtm_consent(_removed)?`.
const ONE_GROUP = /^([^()|]*)\((?:\?:)?([^()?][^()]*)\)(\?)?([^()|]*)$/;

/** A branch with its one group of alternatives spelled out, each alternative a branch of its own. */
function expandGroup(branch: string): string[] {
  const m = ONE_GROUP.exec(branch);
  if (!m) return [branch];
  const alternatives = m[2]!.split('|');
  if (m[3]) alternatives.push('');
  return alternatives.map((alt) => `${m[1]}${alt}${m[4]}`);
}

/** The literal start of a regexp source anchored with `^`, up to its first metacharacter. */
function literalPrefix(body: string): string {
  const m = /^(?:[^\\^$.|?*+()[\]{}]|\\[^dDwWsSbB0-9])*/.exec(body);
  return (m?.[0] ?? '').replace(/\\(.)/g, '$1');
}

/**
 * Globs for a regexp source: one per top-level alternative.
 * @example regexpToGlobs('^_pk_id\\..*$') // ['_pk_id.*']
 * @example regexpToGlobs('^(_ga|_gid)$') // ['_ga', '_gid']
 */
export function regexpToGlobs(source: string): string[] {
  if (source.length === 0 || source.length > MAX_NAME) return [];
  let body = source;
  const start = body.startsWith('^');
  if (start) body = body.slice(1);
  const end = body.endsWith('$') && !body.endsWith('\\$');
  if (end) body = body.slice(0, -1);
  const branches = splitTopLevel(body)?.flatMap(expandGroup);
  if (!branches) return [];
  const globs: string[] = [];
  for (const branch of branches) {
    let glob = branchGlob(branch);
    if (glob === undefined) {
      if (!start) return [];
      glob = `${literalPrefix(branch)}*`;
    } else {
      if (!start) glob = `*${glob}`;
      if (!end) glob = `${glob}*`;
    }
    glob = glob.replace(/\*+/g, '*');
    if (literalLength(glob) >= MIN_LITERAL && !globs.includes(glob)) globs.push(glob);
  }
  return globs;
}

/** A RegExp's source: a `{ $regexp }` copy, a `/source/flags` string, or a real RegExp (in tests). */
function regexpSource(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const m = /^\/(.+)\/[dgimsuvy]*$/s.exec(value);
    return m ? m[1] : undefined;
  }
  if (!isObject(value)) return undefined;
  const copied = field(value, '$regexp');
  if (typeof copied === 'string') return copied;
  try {
    // A genuine RegExp: read its source through the prototype's own getter, never the object's.
    if (Object.prototype.toString.call(value) !== '[object RegExp]') return undefined;
    const getter = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source')?.get;
    const source: unknown = getter ? Reflect.apply(getter, value, []) : undefined;
    return typeof source === 'string' ? source : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The names one platform cookie declares.
 * @example cookieNames(['_pk_id', '/', 'example.test']) // ['_pk_id']
 * @example cookieNames({ $regexp: '^_ga_.+$', flags: 'i' }) // ['_ga_*']
 */
export function cookieNames(value: unknown): string[] {
  const first = isList(value) ? items(value, undefined, 1)[0] : value;
  const source = regexpSource(first);
  if (source !== undefined) return regexpToGlobs(text(source, MAX_NAME * 2));
  const name = text(first, MAX_NAME);
  return name ? [name] : [];
}
