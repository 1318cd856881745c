/**
 * Where the background parses charter HTML: in place in Firefox (its event page has a DOMParser),
 * in Chrome (its service worker has none) in one offscreen document, opened on demand and closed
 * when idle. `chrome` is faked here: its offscreen document runs the real serveOffscreenParse.
 * The real proof is test/e2e/requests.test.ts in Chromium.
 */
import { JSDOM } from 'jsdom';
import { parseCharter } from '../../src/core/charter/parse-charter';
import { OFFSCREEN_PARSE, parseInBackground, serveOffscreenParse } from '../../src/platform/background-parse';

type Listener = (message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (answer: unknown) => void) => boolean | void;

const { DOMParser } = new JSDOM('').window;
const HTML =
  '<title>Charte</title><table><thead><tr><th>Supplier name</th><th>Cookie name</th><th>Duration</th><th>Function</th></tr></thead><tbody><tr><td>Huwise</td><td>sessionid</td><td>2 weeks</td><td>Session</td></tr></tbody></table>';
const URL_ = 'https://www.x.fr/charte';
const WORKER = { id: 'test-extension', url: 'chrome-extension://test-extension/background.js' };
const g = globalThis as { DOMParser?: unknown; chrome?: unknown; __TARGET__?: string };

let listeners: Listener[] = [];
let open = 0;

/** The offscreen document's global has a DOMParser; the worker's has none. */
function inDocument<T>(run: () => T): T {
  g.DOMParser = DOMParser;
  try {
    return run();
  } finally {
    delete g.DOMParser;
  }
}

const fake = {
  runtime: {
    id: 'test-extension',
    getURL: (path: string) => `chrome-extension://test-extension/${path}`,
    getContexts: jest.fn(async () => Array.from({ length: open }, () => ({ contextType: 'OFFSCREEN_DOCUMENT' }))),
    onMessage: { addListener: (fn: Listener) => listeners.push(fn) },
    sendMessage: jest.fn(async (message: unknown) => deliver(message, WORKER)),
  },
  offscreen: {
    createDocument: jest.fn(async (_options: unknown) => {
      open++;
      inDocument(serveOffscreenParse);
    }),
    closeDocument: jest.fn(async () => {
      open--;
      listeners = [];
    }),
  },
};

function deliver(message: unknown, sender: chrome.runtime.MessageSender): unknown {
  let answer: unknown;
  for (const listener of listeners) inDocument(() => listener(message, sender, (a) => (answer = a)));
  if (answer === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
  return answer;
}

const expected = () => parseCharter(new DOMParser().parseFromString(HTML, 'text/html'), URL_);

beforeEach(() => {
  listeners = [];
  open = 0;
  jest.clearAllMocks();
  g.chrome = fake;
});

afterEach(() => {
  jest.useRealTimers();
  delete g.chrome;
});

describe('parseInBackground', () => {
  it('parses in place in Firefox, whose background page has a DOMParser', async () => {
    g.DOMParser = DOMParser;
    g.__TARGET__ = 'firefox';
    try {
      expect(await parseInBackground(HTML, URL_)).toEqual(expected());
    } finally {
      delete g.DOMParser;
      g.__TARGET__ = 'chrome';
    }
    expect(fake.offscreen.createDocument).not.toHaveBeenCalled();
  });

  it('parses in an offscreen document in Chrome, with the same result', async () => {
    expect(await parseInBackground(HTML, URL_)).toEqual(expected());
    expect(fake.offscreen.createDocument).toHaveBeenCalledWith({ url: 'offscreen.html', reasons: ['DOM_PARSER'], justification: expect.any(String) });
  });

  it('opens one document for parses at once, and closes it once idle', async () => {
    jest.useFakeTimers();
    const results = await Promise.all([parseInBackground(HTML, URL_), parseInBackground(HTML, URL_), parseInBackground(HTML, URL_)]);
    expect(results).toEqual([expected(), expected(), expected()]);
    expect(fake.offscreen.createDocument).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1000);
    await parseInBackground(HTML, URL_); // within the idle time: the same document
    expect(fake.offscreen.createDocument).toHaveBeenCalledTimes(1);
    expect(fake.offscreen.closeDocument).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(5000);
    expect(fake.offscreen.closeDocument).toHaveBeenCalledTimes(1);
    await parseInBackground(HTML, URL_);
    expect(fake.offscreen.createDocument).toHaveBeenCalledTimes(2);
  });
});

describe('serveOffscreenParse', () => {
  beforeEach(() => inDocument(serveOffscreenParse));

  it("answers this extension's worker only, never a content script or another extension", () => {
    const request = { type: OFFSCREEN_PARSE, html: HTML, url: URL_ };
    expect(deliver(request, WORKER)).toEqual({ ok: true, result: expected() });
    const contentScript = { id: 'test-extension', url: 'https://data.x.fr/', tab: { id: 1 } as chrome.tabs.Tab };
    expect(() => deliver(request, contentScript)).toThrow(/Receiving end/);
    expect(() => deliver(request, { id: 'other-extension', url: 'chrome-extension://other-extension/background.js' })).toThrow(/Receiving end/);
  });

  it('leaves other messages to their listeners', () => {
    expect(() => deliver({ type: 'tab-changed', payload: { tabId: 1 } }, WORKER)).toThrow(/Receiving end/);
    expect(() => deliver({ type: OFFSCREEN_PARSE, html: 42, url: URL_ }, WORKER)).toThrow(/Receiving end/);
  });
});
