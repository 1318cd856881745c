/**
 * Parses charter HTML for the background: the one browser difference of the charter fetch.
 * - Firefox's MV3 background is an event page, with DOMParser: it parses there directly
 *   (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json/background).
 *   Firefox has no offscreen API (https://github.com/w3c/webextensions/issues/170: Chrome only).
 * - Chrome's service worker has no DOMParser: the HTML goes to an offscreen document, reason
 *   DOM_PARSER, which runs the same parseCharterHtml
 *   (https://developer.chrome.com/docs/extensions/reference/api/offscreen). Chrome allows one
 *   offscreen document per extension: it is created on demand, shared by concurrent parses, and
 *   closed once no parse has used it for IDLE_MS.
 * A real API difference between the two, so chosen at build time by __TARGET__.
 */
import type { ParseResult } from '../core/charter/parse-charter';
import { parseCharterHtml } from './parse-html';

/** The request the worker sends its offscreen document; nothing else answers it. */
export const OFFSCREEN_PARSE = 'offscreen-parse-charter';
export interface OffscreenParseRequest {
  type: typeof OFFSCREEN_PARSE;
  html: string;
  url: string;
}
export type OffscreenParseAnswer = { ok: true; result: ParseResult } | { ok: false; message: string };

const OFFSCREEN_URL = 'offscreen.html';
const IDLE_MS = 3000;

let opening: Promise<void> | undefined;
let closing: Promise<void> | undefined;
let users = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

async function hasOffscreenDocument(): Promise<boolean> {
  const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] });
  return contexts.length > 0;
}

/** Opens the offscreen document unless one is open (a worker restarted meanwhile finds it too). */
async function openOffscreenDocument(): Promise<void> {
  await closing;
  opening ??= (async () => {
    if (await hasOffscreenDocument()) return;
    await chrome.offscreen.createDocument({
      url: OFFSCREEN_URL,
      reasons: ['DOM_PARSER' as chrome.offscreen.Reason],
      justification: 'Read the cookie table of a charter page fetched from another site, without running anything from it.',
    });
  })().finally(() => {
    opening = undefined;
  });
  await opening;
}

function closeWhenIdle(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (users > 0) return;
    closing = chrome.offscreen
      .closeDocument()
      .catch(() => undefined)
      .finally(() => {
        closing = undefined;
      });
  }, IDLE_MS);
}

async function parseOffscreen(html: string, url: string): Promise<ParseResult> {
  users++;
  clearTimeout(idleTimer);
  try {
    await openOffscreenDocument();
    const request: OffscreenParseRequest = { type: OFFSCREEN_PARSE, html, url };
    const answer = (await chrome.runtime.sendMessage(request)) as OffscreenParseAnswer | undefined;
    if (!answer) throw new Error('the offscreen document did not answer');
    if (!answer.ok) throw new Error(answer.message);
    return answer.result;
  } finally {
    users--;
    if (users === 0) closeWhenIdle();
  }
}

/** Reads the charter in `html` (fetched from `url`) in a DOM, wherever this background has one. */
export function parseInBackground(html: string, url: string): Promise<ParseResult> {
  // A build-time choice: Firefox's bundle then carries no offscreen call (web-ext lint warns
  // UNSUPPORTED_API), and Chrome's worker no charter parser (~14 KB) it could not run.
  return __TARGET__ === 'firefox' ? Promise.resolve(parseCharterHtml(html, url)) : parseOffscreen(html, url);
}

/**
 * The offscreen document's side: answers OFFSCREEN_PARSE from this extension's worker only
 * (content scripts' runtime messages reach extension pages too). Chrome only.
 */
export function serveOffscreenParse(): void {
  chrome.runtime.onMessage.addListener((message: Partial<OffscreenParseRequest>, sender, sendResponse) => {
    if (message?.type !== OFFSCREEN_PARSE) return false;
    if (sender.id !== chrome.runtime.id || sender.tab !== undefined || !sender.url?.startsWith(chrome.runtime.getURL(''))) return false;
    if (typeof message.html !== 'string' || typeof message.url !== 'string') return false;
    let answer: OffscreenParseAnswer;
    try {
      answer = { ok: true, result: parseCharterHtml(message.html, message.url) };
    } catch (error) {
      answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    sendResponse(answer);
    return false;
  });
}
