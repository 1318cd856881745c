/**
 * The background glue of "Refuse / Accept for me" with the fake browser: autoconsent.js goes into
 * a tab only on request from an extension page, its messages are heard only from that tab and
 * run, the answer follows autoconsent's reports or a timeout with a reason. (The real proof, in
 * Chromium and Firefox ESR: test/e2e/autoconsent.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fakeBrowser } from '../fakes/browser';
import { onAutoconsentMessage, runAutoconsent } from '../../src/background/autoconsent';
import { RUN_TIMEOUT_MS } from '../../src/background/autoconsent/run';
import { AUTOCONSENT_DOWN, AUTOCONSENT_UP, type AutoconsentDown } from '../../src/contracts/autoconsent';
import type { Runtime } from '../../src/platform/browser';

const { browser } = fakeBrowser;
const TAB = 4;
const popup = { id: 'test-extension', url: 'chrome-extension://test-extension/audit.html' } as Runtime.MessageSender;
const frame = (tabId = TAB, frameId = 0, extra: Partial<Runtime.MessageSender> = {}) =>
  ({ id: 'test-extension', url: 'https://consent.example.test/', frameId, tab: { id: tabId }, ...extra }) as Runtime.MessageSender;
const up = (message: Record<string, unknown>, runId: string | null = null) => ({ type: AUTOCONSENT_UP, runId, message });
const COMPACT = { v: 1, s: [], r: [] };
/** The extension's files as fetch answers them: the compact rules, gzipped as the build ships them. */
const fetchSpy = jest.fn(async (_url: string) => new Response(gzipSync(JSON.stringify(COMPACT))));

/** What autoconsent.js would send, as the tab's frame `frameId` (null when nobody claims it). */
const say = (message: Record<string, unknown>, runId: string | null = null, sender = frame()) =>
  onAutoconsentMessage(up(message, runId), sender) as Promise<AutoconsentDown | null> | undefined;

/** setImmediate as node has it: the fake timers replace the global one in beforeEach. */
const realImmediate = setImmediate;
/**
 * Waits, in real turns of the event loop, until the run has read its rules and injected: zlib
 * inflates them off the main thread, which no fake clock advances (the first run only; later
 * ones find them read).
 */
async function rulesRead() {
  for (let turn = 0; turn < 1000 && !browser.scripting.executeScript.mock.calls.length; turn++) await new Promise((resolve) => realImmediate(resolve));
}

/** Starts a run and lets autoconsent.js (fake) be injected into `frames` frames; returns its answer and run id. */
async function start(action: 'optOut' | 'optIn' = 'optOut', frames = 1) {
  browser.scripting.executeScript.mockResolvedValueOnce(Array.from({ length: frames }, (_, frameId) => ({ frameId })));
  const answer = Promise.resolve(runAutoconsent({ tabId: TAB, action }, popup));
  await rulesRead();
  await jest.advanceTimersByTimeAsync(0);
  const init = await say({ type: 'init', url: 'https://consent.example.test/' });
  return { answer, init: init!, runId: init!.runId };
}

beforeAll(() => {
  (globalThis as { fetch: unknown }).fetch = fetchSpy;
});
beforeEach(() => {
  jest.useFakeTimers();
  fakeBrowser.reset();
  jest.clearAllMocks();
  browser.tabs.sendMessage.mockResolvedValue(true);
});
afterEach(() => jest.useRealTimers());

describe('audit-autoconsent', () => {
  it('is never a declared content script, and reads its rules only on request', async () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../manifest.json'), 'utf8'));
    expect(JSON.stringify(manifest.content_scripts)).not.toContain('autoconsent');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
    const { answer, init, runId } = await start();
    expect(fetchSpy).toHaveBeenCalledWith('chrome-extension://test-extension/autoconsent/compact-rules.json.gz');
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: TAB, allFrames: true }, files: ['autoconsent.js'] });
    // The settings: nothing clicks on its own, no cosmetic hiding, heuristics in `reject` mode only.
    expect(init).toMatchObject({
      type: AUTOCONSENT_DOWN,
      message: { type: 'initResp', config: { autoAction: null, enableCosmeticRules: false, heuristicMode: 'reject' } },
    });
    const rules = (init.message as { rules: { compact: unknown; autoconsent: { name: string }[] } }).rules;
    expect(rules.compact).toEqual(COMPACT);
    expect(rules.autoconsent.map((r) => r.name)).toEqual(['opendatasoft', 'orejime', 'tarteaucitron']);
    expect(init.message).toMatchObject({ config: { disabledCmps: ['tarteaucitron deny'] } });
    await say({ type: 'autoconsentDone', cmp: 'x', isCosmetic: false }, runId);
    await answer;
  });

  it('refuses a request that does not come from an extension page, and injects nothing', async () => {
    await expect(runAutoconsent({ tabId: TAB, action: 'optOut' }, frame())).rejects.toThrow('not an extension page');
    await expect(runAutoconsent({ tabId: TAB, action: 'reject' as never }, popup)).rejects.toThrow('invalid action');
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('tells the frame whose banner shows to click, and answers ok with the platform when autoconsent is done', async () => {
    const { answer, runId } = await start('optIn', 2);
    expect((await say({ type: 'init' }, null, frame(TAB, 3)))?.message).toMatchObject({ config: { heuristicMode: 'off' } });
    await say({ type: 'cmpDetected', cmp: 'Klaro' }, runId, frame(TAB, 3));
    await say({ type: 'popupFound', cmp: 'Klaro' }, runId, frame(TAB, 3));
    await say({ type: 'popupFound', cmp: 'Klaro' }, runId, frame(TAB, 0));
    expect(browser.tabs.sendMessage).toHaveBeenCalledTimes(1);
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(TAB, { type: AUTOCONSENT_DOWN, runId, message: { type: 'optIn' } }, { frameId: 3 });
    await say({ type: 'optInResult', cmp: 'Klaro', result: true }, runId, frame(TAB, 3));
    await say({ type: 'autoconsentDone', cmp: 'Klaro', isCosmetic: false }, runId, frame(TAB, 3));
    await expect(answer).resolves.toEqual({ ok: true, cmp: 'Klaro' });
  });

  it('answers "no rule matched this banner" after the timeout when nothing was detected', async () => {
    const { answer } = await start();
    await jest.advanceTimersByTimeAsync(RUN_TIMEOUT_MS - 1);
    let settled = false;
    void answer.then(() => (settled = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await expect(answer).resolves.toEqual({ ok: false, reason: 'no rule matched this banner' });
  });

  it('answers "the banner did not answer" after the timeout when a banner showed but no result came', async () => {
    const { answer, runId } = await start();
    await say({ type: 'popupFound', cmp: 'tarteaucitron.js' }, runId);
    await jest.advanceTimersByTimeAsync(RUN_TIMEOUT_MS);
    await expect(answer).resolves.toEqual({ ok: false, cmp: 'tarteaucitron.js', reason: 'the banner did not answer' });
  });

  it('answers at once when a refusal failed, or when every frame found nothing', async () => {
    const first = await start();
    await say({ type: 'optOutResult', cmp: 'opendatasoft', result: false }, first.runId);
    await expect(first.answer).resolves.toEqual({ ok: false, cmp: 'opendatasoft', reason: 'the banner did not answer' });
    const second = await start('optOut', 1);
    await say({ type: 'report', instanceId: 'a', state: { lifecycle: 'nothingDetected' } }, second.runId);
    await expect(second.answer).resolves.toEqual({ ok: false, reason: 'no rule matched this banner' });
  });

  it('ignores messages from other tabs, extension pages, other runs, and after the run ended', async () => {
    const { answer, runId } = await start();
    expect(await say({ type: 'init' }, null, frame(9))).toBeNull();
    expect(await say({ type: 'autoconsentDone', cmp: 'forged' }, runId, frame(9))).toBeNull();
    expect(await say({ type: 'autoconsentDone', cmp: 'forged' }, runId, { ...popup, tab: { id: TAB }, frameId: 0 } as Runtime.MessageSender)).toBeNull();
    expect(await say({ type: 'autoconsentDone', cmp: 'forged' }, 'an-older-run')).toBeNull();
    expect(await say({ type: 'autoconsentDone', cmp: 'forged' }, runId, frame(TAB, 0, { id: 'another-extension' }))).toBeNull();
    expect(onAutoconsentMessage({ type: 'audit-get', payload: { tabId: TAB } }, frame())).toBeUndefined();
    await say({ type: 'autoconsentDone', cmp: 'opendatasoft', isCosmetic: false }, runId);
    await expect(answer).resolves.toEqual({ ok: true, cmp: 'opendatasoft' });
    expect(await say({ type: 'init' })).toBeNull();
  });

  it('runs only autoconsent’s own named snippets in the page, never the code a message carries', async () => {
    const { answer, runId } = await start();
    browser.scripting.executeScript.mockClear();
    browser.scripting.executeScript.mockResolvedValue([{ frameId: 2, result: 1 }]);
    const known = await say({ type: 'eval', id: 'e1', snippetId: 'EVAL_KLARO_TRY_API_OPT_OUT', code: 'alert(1)' }, runId, frame(TAB, 2));
    expect(known?.message).toEqual({ type: 'evalResp', id: 'e1', result: true });
    const call = browser.scripting.executeScript.mock.calls[0]![0] as { target: unknown; world: string; func: () => unknown };
    expect(call).toMatchObject({ target: { tabId: TAB, frameIds: [2] }, world: 'MAIN' });
    expect(String(call.func)).not.toContain('alert');
    for (const snippetId of ['__proto__', 'constructor', undefined]) {
      const refused = await say({ type: 'eval', id: 'e2', snippetId, code: 'alert(1)' }, runId, frame(TAB, 2));
      expect(refused?.message).toEqual({ type: 'evalResp', id: 'e2', result: false });
    }
    expect(browser.scripting.executeScript).toHaveBeenCalledTimes(1);
    await say({ type: 'autoconsentDone', cmp: 'Klaro', isCosmetic: false }, runId);
    await answer;
  });

  it('answers that a run is under way rather than starting a second one in the same tab, and says when the page cannot be scripted', async () => {
    const { answer, runId } = await start();
    await expect(runAutoconsent({ tabId: TAB, action: 'optIn' }, popup)).resolves.toEqual({ ok: false, reason: 'a run is already under way in this tab' });
    await say({ type: 'autoconsentDone', cmp: 'opendatasoft', isCosmetic: false }, runId);
    await answer;
    browser.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    await expect(runAutoconsent({ tabId: TAB, action: 'optOut' }, popup)).resolves.toEqual({ ok: false, reason: 'this page cannot be scripted' });
  });
});
