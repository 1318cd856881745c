/**
 * The Public Suffix List's algorithm (https://github.com/publicsuffix/list/wiki/Format#algorithm)
 * over the list as scripts/public-suffix.mjs writes it (the list's own syntax: one rule per line,
 * `//` comments): what browsers use to decide first or third party, and what the background worker
 * reads at start instead of bundling tldts (docs/ARCHITECTURE.md, "Bundles").
 */

/** The rules of a list, by kind, each without its `*.` or `!`. */
export interface PublicSuffixMatcher {
  /** Plain rules: `gouv.fr`, `github.io`. */
  readonly rules: ReadonlySet<string>;
  /** Wildcard rules, by what follows the `*.`: `ck` for `*.ck`. */
  readonly wildcards: ReadonlySet<string>;
  /** Exception rules, without their `!`: `www.ck` for `!www.ck`. */
  readonly exceptions: ReadonlySet<string>;
  /** How many rules were read, of every kind. */
  readonly size: number;
}

/** `text` up to its first space or tab. */
function untilBlank(text: string): string {
  const space = text.indexOf(' ');
  const tab = text.indexOf('\t');
  const end = space < 0 ? tab : tab < 0 ? space : Math.min(space, tab);
  return end < 0 ? text : text.slice(0, end);
}

/**
 * Reads a list: blank lines and `//` comments are skipped, as is anything after a rule's first
 * space or tab (the list's format); rules are lower-cased.
 * @example parsePublicSuffixes('// x\nfr\ngouv.fr\n*.ck\n!www.ck\n').size // 4
 */
export function parsePublicSuffixes(text: string): PublicSuffixMatcher {
  const rules = new Set<string>();
  const wildcards = new Set<string>();
  const exceptions = new Set<string>();
  // Plain string steps, no regular expression per line: the worker parses 11,000 lines at every start.
  for (const line of text.toLowerCase().split('\n')) {
    const rule = untilBlank(line.trim());
    if (rule === '' || rule.startsWith('//')) continue;
    if (rule.startsWith('!')) exceptions.add(rule.slice(1));
    else if (rule.startsWith('*.')) wildcards.add(rule.slice(2));
    else rules.add(rule);
  }
  return { rules, wildcards, exceptions, size: rules.size + wildcards.size + exceptions.size };
}

/** A host's last label is a number (decimal, or `0x` hexadecimal), as browsers check it. */
const ENDS_IN_A_NUMBER = /(?:^|\.)(?:\d+|0x[\da-f]*)$/;

/**
 * The public suffix of `host`: the longest rule that matches, an exception (which drops its own
 * left-most label) before any other, and the right-most label when none does (the implicit `*`).
 */
function publicSuffixOf(matcher: PublicSuffixMatcher, host: string): string {
  let longest: string | undefined;
  // Suffixes from the longest (the host itself) to the shortest: the first match of a kind is its longest.
  for (let start = 0; ;) {
    const suffix = host.slice(start);
    if (matcher.exceptions.has(suffix)) return suffix.slice(suffix.indexOf('.') + 1);
    const dot = suffix.indexOf('.');
    // `*.ck` matches `anything.ck`, never an empty label (`.ck` in `a..ck`).
    if (longest === undefined && (matcher.rules.has(suffix) || (dot > 0 && matcher.wildcards.has(suffix.slice(dot + 1))))) longest = suffix;
    if (dot < 0) break;
    start += dot + 1;
  }
  return longest ?? host.slice(host.lastIndexOf('.') + 1);
}

/**
 * The registrable domain ("eTLD+1") of a lower-cased host (trailing dots ignored): its public suffix
 * and one more label; null when the host is itself a public suffix, or ends in a number (an IPv4
 * address, or a name no browser accepts as a host: https://url.spec.whatwg.org/#ends-in-a-number-checker).
 * @example
 * registrableFrom(parsePublicSuffixes('fr\ngouv.fr'), 'www.service-public.gouv.fr') // 'service-public.gouv.fr'
 * registrableFrom(parsePublicSuffixes('fr\ngouv.fr'), 'gouv.fr') // null
 */
export function registrableFrom(matcher: PublicSuffixMatcher, name: string): string | null {
  // Trailing dots go, as tldts drops them (the node side's lookup): `a.fr..` is `a.fr`.
  let end = name.length;
  while (end > 0 && name.charCodeAt(end - 1) === 46 /* . */) end--;
  const host = name.slice(0, end);
  if (host === '' || ENDS_IN_A_NUMBER.test(host)) return null;
  const suffix = publicSuffixOf(matcher, host);
  if (suffix.length >= host.length) return null;
  const dot = host.lastIndexOf('.', host.length - suffix.length - 2);
  return host.slice(dot + 1);
}
