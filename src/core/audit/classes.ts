/**
 * The consent class of a cookie as the recorder tags each event: the declared entry that covers
 * its name (exact, pattern, else an unnamed entry of its category), then the known trackers and
 * the reference database (core/consent/classify.ts). Compiled once per declaration, memoised per
 * name and domain, so a burst of a thousand changes costs a thousand map lookups.
 */
import { buildUnnamedFinder } from '../compare/unnamed';
import { consentClassOf } from '../consent/classify';
import type { ReferenceLookup } from '../consent/types';
import { buildMatcherIndex } from '../match/matcher-index';
import type { Declaration } from '../types';
import type { ClassOf } from './recorder';

/**
 * A memoised classifier for one site's declaration (null: none known).
 * @example classifier(null)('_ga', '.example.test') // 'needs-consent'
 */
export function classifier(declaration: Declaration | null, reference?: ReferenceLookup): ClassOf {
  const index = declaration ? buildMatcherIndex(declaration.entries) : undefined;
  const unnamed = index ? buildUnnamedFinder(index.unnamed) : undefined;
  const memo = new Map<string, ReturnType<ClassOf>>();
  return (name, domain) => {
    const key = `${name}\u0000${domain}`;
    let cls = memo.get(key);
    if (cls === undefined) {
      const declared = index?.match(name)?.entry ?? unnamed?.(name)?.entry ?? null;
      cls = consentClassOf({ declared, name, domain }, reference).class;
      memo.set(key, cls);
    }
    return cls;
  };
}
