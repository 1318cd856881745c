/**
 * Turns a cookie name as a charter writes it (`sessionid`, `_pk_id.*`, `_ga_<container-id>`,
 * "Any cookie starting with “_hs”") into a test on real cookie names.
 * Charter text is untrusted: it is never turned into a RegExp; globs are matched with string
 * methods, and the few fixed regexes below run on input capped at MAX_WRITTEN characters.
 */

/** A compiled declared name. */
export interface NameMatcher {
  /** The name exactly as the charter wrote it. */
  written: string;
  kind: 'exact' | 'pattern';
  /** Case-sensitive, as browsers compare cookie names. */
  test(name: string): boolean;
  /** Literal start every matching name shares (patterns only). */
  prefix?: string;
  /** The name compared for equality (exact matchers only): `written` trimmed and unquoted. */
  literal?: string;
}

/** Longer text is prose, not a name: skip the prose regexes (bounded work). */
const MAX_WRITTEN = 200;
const QUOTES = new Set(['"', "'", '`', '“', '”', '„', '«', '»', '‘', '’', '‚', '‹', '›']);
const SPACE = /[\s\u00a0\u202f]/;

// "Any cookie starting with “_hs”", "cookies commençant par « _pk »", "préfixe _pk".
const PROSE: RegExp[] = [
  /(?:starting|beginning|starts|begins|prefixed)\s+(?:with|by)\s+(.+)$/i,
  /(?:commen[cç]ant|commencent|d[ée]butant|d[ée]butent|pr[ée]fix[ée]e?s?)\s+(?:par|avec)\s+(.+)$/i,
  /(?:^|\s)(?:pr[ée]fixe|prefix)\s*:?\s+(.+)$/i,
];
// `_ga_XXXXXXX`, `_pk_id.xxxx`: a run of 3+ X after a separator stands for an id.
const X_RUN = /[._\-#](?:X{3,}|x{3,})(?=$|[._\-#])/;
// Other placeholders: `<container-id>`, `{id}`, `[site]`, `#`, and an ellipsis.
const MARKERS = ['<', '{', '[', '#', '…', '...'];

/** Removes surrounding quotes and spaces: `« _pk »` → `_pk`. */
export function stripQuotes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (QUOTES.has(text[start]!) || SPACE.test(text[start]!))) start++;
  while (end > start && (QUOTES.has(text[end - 1]!) || SPACE.test(text[end - 1]!))) end--;
  return text.slice(start, end);
}

/** The prefix a prose declaration names, or undefined when the text is not such prose. */
function prosePrefix(text: string): string | undefined {
  for (const re of PROSE) {
    const m = re.exec(text);
    if (!m) continue;
    const token = stripQuotes(m[1]!).split(SPACE)[0] ?? '';
    const cleaned = stripQuotes(token.replace(/[.,;:)]+$/, ''));
    return cleaned.replace(/(?:\*|…|\.\.\.)+$/, '');
  }
  return undefined;
}

/** Where the first placeholder starts in a one-word name, or -1. */
function placeholderAt(name: string): number {
  let cut = -1;
  for (const marker of MARKERS) {
    const i = name.indexOf(marker);
    if (i >= 0 && (cut < 0 || i < cut)) cut = i;
  }
  const x = X_RUN.exec(name);
  if (x && (cut < 0 || x.index + 1 < cut)) cut = x.index + 1;
  return cut;
}

/** `*`-only glob test with string methods: first part is a prefix, last a suffix, the rest in order. */
function globTest(parts: readonly string[]): (name: string) => boolean {
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const middle = parts.slice(1, -1);
  const minLength = parts.reduce((n, p) => n + p.length, 0);
  return (name) => {
    if (name.length < minLength || !name.startsWith(first) || !name.endsWith(last)) return false;
    let at = first.length;
    const stop = name.length - last.length;
    for (const part of middle) {
      const i = name.indexOf(part, at);
      if (i < 0 || i + part.length > stop) return false;
      at = i + part.length;
    }
    return true;
  };
}

function exact(written: string, literal: string): NameMatcher {
  return { written, kind: 'exact', literal, test: (name) => name === literal };
}

/** A glob; one with no literal part (`*`, `<name>`) names no cookie: it stays an exact `text`. */
function pattern(written: string, glob: string, text: string): NameMatcher {
  const parts = glob.split('*');
  if (parts.every((p) => p === '')) return exact(written, text);
  if (parts.length === 2 && parts[1] === '') {
    const prefix = parts[0]!;
    return { written, kind: 'pattern', prefix, test: (name) => name.startsWith(prefix) };
  }
  return { written, kind: 'pattern', prefix: parts[0]!, test: globTest(parts) };
}

/**
 * Compiles a declared cookie name or pattern, as written, into a matcher.
 * @example
 * compileName('_pk_id.*').test('_pk_id.1.abcd')        // true
 * compileName('_ga_<container-id>').prefix             // '_ga_'
 * compileName('Any cookie starting with “_hs”').prefix // '_hs'
 * compileName('sessionid').test('SessionId')           // false (case-sensitive)
 */
export function compileName(written: string): NameMatcher {
  const text = stripQuotes(written);
  if (text.length <= MAX_WRITTEN && SPACE.test(text)) {
    const named = prosePrefix(text) ?? '';
    const cut = placeholderAt(named);
    const prefix = cut >= 0 ? named.slice(0, cut) : named;
    return prefix ? pattern(written, `${prefix}*`, text) : exact(written, text);
  }
  if (SPACE.test(text)) return exact(written, text);
  const cut = placeholderAt(text);
  if (cut >= 0) return pattern(written, `${text.slice(0, cut)}*`, text);
  if (text.includes('*')) return pattern(written, text, text);
  return exact(written, text);
}
