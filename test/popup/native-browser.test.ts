/**
 * The popup's stand-in for webextension-polyfill (scripts/build.mjs aliases it for the popup
 * bundle): the browser's own API, with the background polyfill's rejections decoded in Chrome.
 */
type Globals = { browser?: unknown; chrome?: unknown };
interface Api {
  runtime: { sendMessage(message: unknown): Promise<unknown>; getManifest(): { version: string } };
  i18n: { getMessage(key: string): string };
}

/** Loads src/platform/native-browser.ts afresh with these globals. */
function load(globals: Globals): Api {
  const g = globalThis as Globals;
  const saved = { browser: g.browser, chrome: g.chrome };
  Object.assign(g, globals);
  try {
    let api: unknown;
    jest.isolateModules(() => {
      api = (require('../../src/platform/native-browser') as { default: unknown }).default;
    });
    return api as Api;
  } finally {
    Object.assign(g, saved);
  }
}

describe('native-browser', () => {
  it("is Firefox's (or a recent Chrome's) own `browser` when it has a runtime", () => {
    const browser = { runtime: { id: 'x', sendMessage: jest.fn() } };
    expect(load({ browser, chrome: { runtime: { id: 'x' } } })).toBe(browser);
  });

  it("wraps Chrome's `chrome`, passing answers and every other API through", async () => {
    const chrome = {
      runtime: { id: 'x', sendMessage: jest.fn(async () => ({ kind: 'report' })), getManifest: () => ({ version: '1.2.3' }) },
      i18n: { getMessage: (key: string) => `msg:${key}` },
    };
    const api = load({ browser: {}, chrome });
    await expect(api.runtime.sendMessage({ type: 'get-tab-view' })).resolves.toEqual({ kind: 'report' });
    expect(chrome.runtime.sendMessage).toHaveBeenCalledWith({ type: 'get-tab-view' });
    expect(api.runtime.getManifest().version).toBe('1.2.3');
    expect(api.i18n.getMessage('extName')).toBe('msg:extName');
  });

  it("turns the background polyfill's encoded rejection back into a rejection", async () => {
    const chrome = { runtime: { id: 'x', sendMessage: async () => ({ __mozWebExtensionPolyfillReject__: true, message: 'refused: not an extension page' }) } };
    await expect(load({ chrome }).runtime.sendMessage({ type: 'get-tab-view' })).rejects.toThrow('refused: not an extension page');
  });

  it('keeps a native rejection (no background to answer) as it is', async () => {
    const chrome = { runtime: { id: 'x', sendMessage: async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) } };
    await expect(load({ chrome }).runtime.sendMessage({})).rejects.toThrow('Receiving end does not exist');
  });
});
