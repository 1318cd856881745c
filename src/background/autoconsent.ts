/**
 * "Refuse for me" / "Accept for me": runs the site's own consent control through DuckDuckGo's
 * autoconsent. autoconsent.js goes into the tab's frames only on this request; its messages are
 * untrusted (a page's renderer can forge them) and heard only from that tab while the run waits.
 */
import type { ContentScriptMessage } from '@duckduckgo/autoconsent';
import type { AuditApi } from '../contracts/audit';
import { AUTOCONSENT_DOWN, AUTOCONSENT_UP, type AutoconsentDown, type AutoconsentUp } from '../contracts/autoconsent';
import { browser, type Runtime } from '../platform/browser';
import { isFromExtensionPage, type Handlers } from '../platform/messaging';
import { isSnippetId, runSnippet } from './autoconsent/main-world';
import { newRun, nothingAnywhere, REASONS, RUN_TIMEOUT_MS, takeReport, timedOut, type AutoconsentAnswer, type Run } from './autoconsent/run';
import { loadRules, settingsFor } from './autoconsent/settings';
import { requireExtensionPage } from './sender';

interface Pending {
  run: Run;
  settle(answer: AutoconsentAnswer): void;
}

/** The run waiting in each tab (at most one). */
const pending = new Map<number, Pending>();

/** Handler of `audit-autoconsent` (extension pages only). */
export const runAutoconsent: Handlers<AuditApi>['audit-autoconsent'] = async (payload, sender) => {
  requireExtensionPage(sender);
  const tabId = payload?.tabId;
  const action = payload?.action;
  if (!Number.isInteger(tabId)) throw new Error('invalid tab id');
  if (action !== 'optOut' && action !== 'optIn') throw new Error('invalid action');
  if (pending.has(tabId)) return { ok: false, reason: REASONS.busy };
  await loadRules(); // read before injecting, so that each frame's `init` is answered at once
  const run = newRun(crypto.randomUUID(), tabId, action);
  let settle!: (answer: AutoconsentAnswer) => void;
  const answer = new Promise<AutoconsentAnswer>((resolve) => {
    settle = resolve;
  });
  const timer = setTimeout(() => settle(timedOut(run)), RUN_TIMEOUT_MS);
  pending.set(tabId, { run, settle });
  try {
    browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['autoconsent.js'] }).then(
      (injections) => {
        run.injected = injections.length;
        if (nothingAnywhere(run)) settle({ ok: false, reason: REASONS.noRule });
      },
      () => settle({ ok: false, reason: REASONS.notScriptable }),
    );
    return await answer;
  } finally {
    clearTimeout(timer);
    pending.delete(tabId);
  }
};

function isUp(message: unknown): message is AutoconsentUp {
  const m = message as Partial<AutoconsentUp> | null;
  return typeof m === 'object' && m !== null && m.type === AUTOCONSENT_UP && typeof m.message?.type === 'string';
}

/**
 * runtime.onMessage listener for autoconsent.js. Claims only its own envelope; answers null to a
 * message from anywhere but a frame of a tab with a run waiting, or from another run's instance.
 */
export function onAutoconsentMessage(message: unknown, sender: Runtime.MessageSender): Promise<AutoconsentDown | null> | undefined {
  if (!isUp(message)) return undefined;
  const entry = sender.tab?.id === undefined ? undefined : pending.get(sender.tab.id);
  const fromContentScript = sender.id === browser.runtime.id && typeof sender.frameId === 'number' && !isFromExtensionPage(sender);
  if (!entry || !fromContentScript || (message.runId !== null && message.runId !== entry.run.id)) return Promise.resolve(null);
  return answerUp(entry, message.message, sender.frameId!);
}

async function answerUp(entry: Pending, message: ContentScriptMessage, frameId: number): Promise<AutoconsentDown | null> {
  const { run } = entry;
  if (message.type === 'init') return down(run, { type: 'initResp', config: settingsFor(run.action), rules: await loadRules() });
  if (message.type === 'eval') {
    const result = isSnippetId(message.snippetId) ? await runSnippet(run.tabId, frameId, message.snippetId) : false;
    return down(run, { type: 'evalResp', id: String(message.id).slice(0, 64), result });
  }
  if (message.type === 'popupFound' && run.commandedFrame === null) {
    // The first frame whose banner shows is told to click; the others are left alone.
    run.commandedFrame = frameId;
    browser.tabs.sendMessage(run.tabId, down(run, { type: run.action }), { frameId }).catch(() => entry.settle({ ok: false, reason: REASONS.noAnswer }));
  }
  const answer = takeReport(run, message);
  if (answer) entry.settle(answer);
  return null;
}

const down = (run: Run, message: AutoconsentDown['message']): AutoconsentDown => ({ type: AUTOCONSENT_DOWN, runId: run.id, message });
