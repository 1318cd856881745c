/**
 * Node's Public Suffix List for registrableDomain (src/core/cookies/domain.ts): tldts's own
 * `getDomain`. The CLI's mains install it before anything runs, and so does jest's setup file
 * (test/setup/public-suffix.ts); the extension's worker reads the same list from
 * `public-suffix.txt.gz`, which scripts/public-suffix.mjs writes from this tldts.
 */
import { getDomain } from 'tldts';
import { installRegistrableLookup, type RegistrableLookup } from '../core/cookies/domain';

// Hosts come cleaned (lower-cased, no brackets, no leading dot) and may be any cookie domain:
// no URL parsing, no validation that would turn an odd but real host into null.
const OPTIONS = { allowPrivateDomains: true, extractHostname: false, validateHostname: false } as const;

/** tldts's registrable domain of a cleaned host (null for a public suffix itself or an IP address). */
export const tldtsRegistrable: RegistrableLookup = (host) => getDomain(host, OPTIONS);

/** Installs tldts as registrableDomain's list. */
export function installNodePublicSuffixes(): void {
  installRegistrableLookup(tldtsRegistrable);
}
