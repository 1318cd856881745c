/**
 * The consent-banner clicker (DuckDuckGo's autoconsent, MPL-2.0), injected into a tab's frames
 * only when the user (or the CLI) asks "Refuse for me" / "Accept for me"; never a declared
 * content script. It asks the background for its rules and settings (`init`), reports what it
 * finds, and clicks only when the background commands it for the run that injected it, so an
 * instance left over from an earlier run never acts on its own (docs/ARCHITECTURE.md).
 */
import AutoConsent, { type BackgroundMessage, type ContentScriptMessage } from '@duckduckgo/autoconsent';
import { AUTOCONSENT_DOWN, AUTOCONSENT_UP, type AutoconsentDown, type AutoconsentUp } from '../contracts/autoconsent';
import { browser } from '../platform/browser';

/** The run this instance belongs to: set by the answer to its `init`. */
let runId: string | null = null;

function isDown(message: unknown): message is AutoconsentDown {
  const m = message as Partial<AutoconsentDown> | null;
  return typeof m === 'object' && m !== null && m.type === AUTOCONSENT_DOWN && typeof m.runId === 'string' && typeof m.message?.type === 'string';
}

async function send(message: ContentScriptMessage): Promise<void> {
  const up: AutoconsentUp = { type: AUTOCONSENT_UP, runId, message };
  // A run that ended (or an extension reload) leaves nobody to answer: this instance goes quiet.
  const reply: unknown = await browser.runtime.sendMessage(up).catch(() => null);
  if (!isDown(reply)) return;
  if (reply.message.type === 'initResp') runId ??= reply.runId;
  if (reply.runId === runId) await consent.receiveMessageCallback(reply.message);
}

// No config here: the instance sends `init` and waits for the background's rules and settings.
const consent = new AutoConsent(send);

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isDown(message) || runId === null || message.runId !== runId) return undefined;
  const command: BackgroundMessage = message.message;
  if (command.type !== 'optOut' && command.type !== 'optIn') return undefined;
  void consent.receiveMessageCallback(command);
  return Promise.resolve(true);
});
