/**
 * jest's setup for every project: registrableDomain follows tldts's Public Suffix List, as the CLI
 * does (src/cli/public-suffix.ts). The worker installs the packed list instead; the tests of that
 * path install it themselves (test/core/cookies/public-suffix.test.ts, test/background/public-suffix-gate.test.ts).
 */
import { installNodePublicSuffixes } from '../../src/cli/public-suffix';

installNodePublicSuffixes();
