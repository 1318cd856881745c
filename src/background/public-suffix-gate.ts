/**
 * The worker's listeners wait for the Public Suffix List (src/platform/public-suffix-data.ts):
 * registrableDomain throws until it is installed, and an event may wake the worker before the
 * list is read. Listeners are still registered synchronously at the top level (an MV3 worker is
 * only woken for those: https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events);
 * what they do waits, in the order the events came.
 */
import type { ApiMap } from '../contracts/messages';
import { hasRegistrableLookup } from '../core/cookies/domain';
import type { Handlers } from '../platform/messaging';
import { loadPublicSuffixes } from '../platform/public-suffix-data';

// Already installed where node runs the worker's code (jest installs tldts's list first).
let ready = hasRegistrableLookup();

/**
 * Settles once registrableDomain can answer. A list that cannot be read (a broken build) is
 * logged, and it settles all the same: what waits then runs and fails with registrableDomain's
 * own error, instead of a popup waiting forever.
 */
export const publicSuffixReady: Promise<void> = ready
  ? Promise.resolve()
  : loadPublicSuffixes()
      .then(
        () => undefined,
        (e: unknown) => console.error('[ext] the Public Suffix List could not be read', e),
      )
      .then(() => {
        ready = true;
      });

/**
 * `listener`, called at once when the list is ready, else once it is, after the calls that came
 * before (all wait on one promise, whose reactions run first in, first out).
 */
export function whenReady<A extends unknown[]>(listener: (...args: A) => unknown): (...args: A) => void {
  return (...args) => {
    if (ready) {
      listener(...args);
      return;
    }
    void publicSuffixReady.then(() => listener(...args)).catch((e: unknown) => console.error('[ext] a listener failed', e));
  };
}

/** The same handlers, each answering once the list is ready (the message is claimed at once). */
export function handlersWhenReady<M extends ApiMap<M>>(handlers: Handlers<M>): Handlers<M> {
  const gated: Record<string, unknown> = {};
  for (const [type, handler] of Object.entries(handlers) as [string, (payload: unknown, sender: unknown) => unknown][]) {
    gated[type] = (payload: unknown, sender: unknown) => (ready ? handler(payload, sender) : publicSuffixReady.then(() => handler(payload, sender)));
  }
  return gated as Handlers<M>;
}
