/**
 * One "refuse / accept for me" run in one tab: what autoconsent.js reported so far, and the
 * answer it leads to. Runs live in memory only: a run lasts seconds, while the audit view waits
 * for its answer (which keeps the worker awake); a worker stopped meanwhile fails that request.
 */
import type { ConsentState, ContentScriptMessage } from '@duckduckgo/autoconsent';

type LifecycleState = ConsentState['lifecycle'];
import type { AutoconsentAction } from './settings';

/** The answer of `audit-autoconsent`. */
export interface AutoconsentAnswer {
  ok: boolean;
  cmp?: string;
  reason?: string;
}

/** Why a run failed, in words the audit view shows as they are. */
export const REASONS = {
  noRule: 'no rule matched this banner',
  noAnswer: 'the banner did not answer',
  notShowing: 'the banner is not showing (a choice may already be recorded)',
  notScriptable: 'this page cannot be scripted',
  busy: 'a run is already under way in this tab',
} as const;

/** A run's answer after this long without one (the brief's "~10 s"). */
export const RUN_TIMEOUT_MS = 10_000;

/** What one run knows. */
export interface Run {
  id: string;
  tabId: number;
  action: AutoconsentAction;
  /** Frames autoconsent.js went into (null until the injection answered). */
  injected: number | null;
  /** Each instance's (one per frame) last lifecycle, by its id. */
  lifecycles: Map<string, LifecycleState>;
  /** The first platform detected, and the first whose banner showed. */
  detected: string | null;
  popup: string | null;
  /** The frame that was told to click (the first banner found). */
  commandedFrame: number | null;
}

/** A fresh run. */
export function newRun(id: string, tabId: number, action: AutoconsentAction): Run {
  return { id, tabId, action, injected: null, lifecycles: new Map(), detected: null, popup: null, commandedFrame: null };
}

const MAX_NAME = 120;
/** A platform name from a message (untrusted): a short string, else null. */
const cmpName = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value.slice(0, MAX_NAME) : null);

/**
 * Takes one message's news into the run; returns the answer when the message settles the run.
 * Results of the other action are ignored (an older instance's, say).
 */
export function takeReport(run: Run, message: ContentScriptMessage): AutoconsentAnswer | undefined {
  switch (message.type) {
    case 'cmpDetected':
      run.detected ??= cmpName(message.cmp);
      return undefined;
    case 'popupFound':
      run.popup ??= cmpName(message.cmp);
      return undefined;
    case 'optOutResult':
    case 'optInResult': {
      const mine = (message.type === 'optOutResult') === (run.action === 'optOut');
      // Success is answered by `autoconsentDone` (an intermediate rule's success is not the end).
      if (!mine || message.result === true) return undefined;
      return { ok: false, ...withCmp(cmpName(message.cmp) ?? run.popup), reason: REASONS.noAnswer };
    }
    case 'autoconsentDone': {
      const cmp = cmpName(message.cmp) ?? run.popup;
      return message.isCosmetic === true ? { ok: false, ...withCmp(cmp), reason: REASONS.noAnswer } : { ok: true, ...withCmp(cmp) };
    }
    case 'report':
      if (typeof message.instanceId === 'string' && typeof message.state?.lifecycle === 'string')
        run.lifecycles.set(message.instanceId, message.state.lifecycle);
      return nothingAnywhere(run) ? { ok: false, reason: REASONS.noRule } : undefined;
    default:
      return undefined;
  }
}

/** Every injected frame has finished looking and found no platform. */
export function nothingAnywhere(run: Run): boolean {
  if (run.injected === null || run.lifecycles.size < run.injected) return false;
  return [...run.lifecycles.values()].every((state) => state === 'nothingDetected');
}

/** The answer when the time is up. */
export function timedOut(run: Run): AutoconsentAnswer {
  if (run.popup) return { ok: false, cmp: run.popup, reason: REASONS.noAnswer };
  if (run.detected) return { ok: false, cmp: run.detected, reason: REASONS.notShowing };
  return { ok: false, reason: REASONS.noRule };
}

/** `cmp` only when known (the contract's field is optional, never null). */
const withCmp = (cmp: string | null): { cmp?: string } => (cmp ? { cmp } : {});
