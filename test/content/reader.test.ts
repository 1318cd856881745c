/**
 * @jest-environment jsdom
 */
/** reader.ts: reports the page, then the charter unless the background has a fresh one; answers rescan. */
import type { fakeBrowser as FakeBrowser } from '../fakes/browser';

const finding = { status: 'not-found', tried: [], message: 'none' };
jest.mock('../../src/content/charter', () => ({ findLiveCharter: jest.fn(() => undefined), findCharter: jest.fn(async () => finding) }));

const sent: { type: string; payload: unknown }[] = [];
let cached = false;

/** Loads a fresh reader with its own fake browser, whose background answers as `cached` says. */
function startReader(): typeof FakeBrowser {
  let fake!: typeof FakeBrowser;
  jest.isolateModules(() => {
    fake = (require('../fakes/browser') as { fakeBrowser: typeof FakeBrowser }).fakeBrowser;
    fake.reset();
    fake.browser.runtime.onMessage.addListener((message: unknown) => {
      const m = message as { type: string; payload: unknown };
      if (m.type === 'rescan') return undefined;
      sent.push(m);
      return Promise.resolve(m.type === 'portal-seen' ? { cached } : { ok: true });
    });
    delete (globalThis as { cookieCharterReader?: boolean }).cookieCharterReader;
    void (require('../../src/content/reader') as unknown); // runs the reader, as an injection would
  });
  return fake;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  sent.length = 0;
  Object.defineProperty(performance, 'getEntriesByType', { configurable: true, value: () => [] });
});

describe('the charter reader', () => {
  it('sends page facts, then the charter it found, with no page URL of its own choosing', async () => {
    cached = false;
    startReader();
    for (let i = 0; i < 5; i++) await settle();
    expect(sent.map((m) => m.type)).toEqual(['portal-seen', 'charter-read']);
    expect(sent[1]!.payload).toEqual({ finding });
  });

  it('stops after the page facts when the background has a fresh charter', async () => {
    cached = true;
    startReader();
    for (let i = 0; i < 5; i++) await settle();
    expect(sent.map((m) => m.type)).toEqual(['portal-seen']);
  });

  it('reads the charter again on rescan, cache or not', async () => {
    cached = true;
    const fake = startReader();
    for (let i = 0; i < 5; i++) await settle();
    sent.length = 0;
    await expect(fake.dispatch({ type: 'rescan', payload: { force: true } }, {})).resolves.toEqual({ ok: true });
    expect(sent.map((m) => m.type)).toEqual(['portal-seen', 'charter-read']);
  });
});
