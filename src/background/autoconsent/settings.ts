/**
 * What autoconsent.js gets when it asks (`init`): its settings for one run, and its rules —
 * autoconsent's compact rules, shipped as a file and read only when a run starts, plus our own.
 */
import type { AutoConsentCMPRule, Config, RuleBundle } from '@duckduckgo/autoconsent';
import opendatasoft from '../../data/autoconsent/opendatasoft.json';
import orejime from '../../data/autoconsent/orejime.json';
import tarteaucitron from '../../data/autoconsent/tarteaucitron.json';
import { readPackedJson } from '../../platform/packed-json';

export type AutoconsentAction = 'optOut' | 'optIn';

/** Where scripts/build.mjs puts autoconsent's compact rules in the extension, gzipped. */
export const COMPACT_RULES_PATH = 'autoconsent/compact-rules.json.gz';

/** Our own rules, tried with autoconsent's (src/data/autoconsent/: each file says why it exists). */
export const OWN_RULES = [opendatasoft, orejime, tarteaucitron] as unknown as AutoConsentCMPRule[];

/** autoconsent's rules that one of ours replaces (src/data/autoconsent/tarteaucitron.json says why). */
const REPLACED_RULES = ['tarteaucitron deny'];

/**
 * The settings of one run. `autoAction: null`: an instance only detects and reports; it clicks
 * when the background commands it, so a late banner never gets clicked after the run answered.
 * No cosmetic rules (hiding a banner records no choice), no pre-hiding (the user watches the page),
 * and the heuristic fallback for a refusal only, in its `reject` mode (it never clicks "accept").
 */
export function settingsFor(action: AutoconsentAction): Config {
  return {
    enabled: true,
    autoAction: null,
    disabledCmps: REPLACED_RULES,
    enablePrehide: false,
    enableCosmeticRules: false,
    enableGeneratedRules: true,
    enableHeuristicDetection: action === 'optOut',
    heuristicMode: action === 'optOut' ? 'reject' : 'off',
    enablePopupMutationObserver: false,
    detectRetries: 20,
    isMainWorld: false,
    prehideTimeout: 2000,
    visualTest: false,
    logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: __DEV__, messages: false, waits: false },
    performanceLoggingEnabled: false,
    heuristicPopupSearchTimeout: 100,
  };
}

let compact: Promise<RuleBundle['compact']> | undefined;

/** The rule bundle; the compact rules are read from the extension once per worker lifetime. */
export async function loadRules(): Promise<RuleBundle> {
  compact ??= readPackedJson<RuleBundle['compact']>(COMPACT_RULES_PATH);
  try {
    return { autoconsent: OWN_RULES, compact: await compact };
  } catch (error) {
    compact = undefined; // the next run tries again
    throw error;
  }
}
