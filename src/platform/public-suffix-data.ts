/**
 * The worker's Public Suffix List: `public-suffix.txt.gz` (scripts/public-suffix.mjs writes it at
 * build time from tldts's list, about 48 KB gzipped for 11,000 rules), read once at start and
 * installed as registrableDomain's lookup. Only the background reads it: it is not a
 * web-accessible resource.
 */
import { installRegistrableLookup } from '../core/cookies/domain';
import { parsePublicSuffixes, registrableFrom } from '../core/cookies/public-suffix';
import { readPackedText } from './packed-json';

/** The list's path in the built extension (scripts/build.mjs). */
export const PUBLIC_SUFFIX_FILE = 'public-suffix.txt.gz';

/** Reads the packed list and installs it for registrableDomain; resolves to its number of rules. */
export async function loadPublicSuffixes(): Promise<number> {
  const matcher = parsePublicSuffixes(await readPackedText(PUBLIC_SUFFIX_FILE));
  // An empty list would make every `a.b.c` its own `b.c` silently: a broken build, say so.
  if (matcher.size === 0) throw new Error(`${PUBLIC_SUFFIX_FILE}: no rule in it`);
  installRegistrableLookup((host) => registrableFrom(matcher, host));
  return matcher.size;
}
