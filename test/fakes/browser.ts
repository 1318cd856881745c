/**
 * The single hand-written fake of the WebExtension APIs the glue uses (STYLE.md §6). jest maps
 * `webextension-polyfill` here, so only src/platform sees it. Unit tests of the glue only: the
 * real proof is the e2e suite in real browsers.
 */
type Listener = (message: unknown, sender: unknown) => unknown;

const messageListeners: Listener[] = [];
const local = new Map<string, unknown>();
const session = new Map<string, unknown>();

function area(store: Map<string, unknown>) {
  return {
    get: jest.fn(async (keys: string | string[] | null) => {
      const wanted = keys === null ? [...store.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => store.has(k)).map((k) => [k, structuredClone(store.get(k))]));
    }),
    set: jest.fn(async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
    }),
    remove: jest.fn(async (keys: string | string[]) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) store.delete(k);
    }),
  };
}

const browser = {
  runtime: {
    id: 'test-extension',
    getURL: (path: string) => `chrome-extension://test-extension/${path}`,
    sendMessage: jest.fn(async (message: unknown): Promise<unknown> => dispatch(message, { id: 'test-extension', url: 'chrome-extension://test-extension/popup.html' })),
    onMessage: {
      addListener: jest.fn((fn: Listener) => messageListeners.push(fn)),
      removeListener: jest.fn((fn: Listener) => messageListeners.splice(messageListeners.indexOf(fn), 1)),
    },
  },
  storage: { local: area(local), session: area(session) },
  tabs: { query: jest.fn(async () => []), get: jest.fn(), sendMessage: jest.fn() },
  cookies: { getAll: jest.fn(async () => []), getAllCookieStores: jest.fn(async () => []), onChanged: { addListener: jest.fn() } },
  action: { setBadgeText: jest.fn(async () => undefined), setTitle: jest.fn(async () => undefined), setBadgeBackgroundColor: jest.fn(async () => undefined) },
  i18n: { getMessage: jest.fn((key: string, subs?: string[]) => (subs ? `${key}:${subs.join(',')}` : key)), getUILanguage: () => 'en' },
};

/** Replays a message through every registered onMessage listener, as the browser would. */
async function dispatch(message: unknown, sender: unknown): Promise<unknown> {
  for (const listener of messageListeners) {
    const answer = listener(message, sender);
    if (answer !== undefined) return answer;
  }
  throw new Error('Could not establish connection. Receiving end does not exist.');
}

export const fakeBrowser = {
  browser,
  dispatch,
  reset() {
    messageListeners.length = 0;
    local.clear();
    session.clear();
  },
};

export default browser;
