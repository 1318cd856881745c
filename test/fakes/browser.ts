/**
 * The single hand-written fake of the WebExtension APIs the glue uses (docs/ARCHITECTURE.md, "Bundles"). jest maps
 * `webextension-polyfill` here, so only src/platform sees it. Unit tests of the glue only: the
 * real proof is the e2e suite in real browsers.
 */
import en from '../../src/_locales/en/messages.json';
import fr from '../../src/_locales/fr/messages.json';

type Listener = (message: unknown, sender: unknown) => unknown;
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const LOCALES: Record<string, Messages> = { en, fr };
/** null: getMessage answers `key` or `key:subs` (what the background tests expect); else the real messages of that language. */
let locale: string | null = null;

/**
 * A message as the browsers build it: `$name$` placeholders take their `content`, in which `$1`…`$9`
 * take the substitutions; `$$` is a dollar sign. An unknown key gives '' as in the browsers.
 */
function localMessage(lang: string, key: string, subs?: string | string[]): string {
  const entry = LOCALES[lang]?.[key];
  if (!entry) return '';
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([a-z0-9_@]+)\$/gi, (all: string, name?: string) => {
    if (all === '$$') return '$';
    const placeholder = name ? entry.placeholders?.[name.toLowerCase()] : undefined;
    return placeholder ? fill(placeholder.content) : all;
  });
}

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
    setAccessLevel: jest.fn(async (_options: { accessLevel: string }) => undefined),
  };
}

const browser = {
  runtime: {
    id: 'test-extension',
    getManifest: jest.fn(() => ({ manifest_version: 3, name: 'Cookie Charter', version: '0.1.0' })),
    getURL: (path: string) => `chrome-extension://test-extension/${path}`,
    sendMessage: jest.fn(async (message: unknown): Promise<unknown> =>
      dispatch(message, { id: 'test-extension', url: 'chrome-extension://test-extension/popup.html' }),
    ),
    reload: jest.fn(),
    onUpdateAvailable: { addListener: jest.fn() },
    onStartup: { addListener: jest.fn() },
    onMessage: {
      addListener: jest.fn((fn: Listener) => messageListeners.push(fn)),
      removeListener: jest.fn((fn: Listener) => messageListeners.splice(messageListeners.indexOf(fn), 1)),
    },
  },
  storage: { local: area(local), session: area(session) },
  tabs: {
    query: jest.fn(async () => []),
    get: jest.fn(),
    sendMessage: jest.fn(),
    reload: jest.fn(async (_tabId: number) => undefined),
    onRemoved: { addListener: jest.fn() },
    onUpdated: { addListener: jest.fn() },
  },
  alarms: {
    create: jest.fn(async (_name: string, _info: unknown) => undefined),
    clear: jest.fn(async (_name: string) => true),
    onAlarm: { addListener: jest.fn() },
  },
  scripting: { executeScript: jest.fn(async (_details: unknown): Promise<unknown[]> => []) },
  cookies: {
    get: jest.fn(async (_details: unknown): Promise<unknown> => null),
    getAll: jest.fn(async (_query?: unknown): Promise<unknown[]> => []),
    getAllCookieStores: jest.fn(async () => []),
    set: jest.fn(async (_details: unknown): Promise<unknown> => null),
    remove: jest.fn(async (_details: unknown): Promise<unknown> => null),
    onChanged: { addListener: jest.fn() },
  },
  action: { setBadgeText: jest.fn(async () => undefined), setTitle: jest.fn(async () => undefined), setBadgeBackgroundColor: jest.fn(async () => undefined) },
  i18n: {
    getMessage: jest.fn((key: string, subs?: string[]) => (locale ? localMessage(locale, key, subs) : subs ? `${key}:${subs.join(',')}` : key)),
    getUILanguage: () => locale ?? 'en',
  },
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
  /** Answers i18n from src/_locales/<lang>/messages.json ('en', 'fr'); null restores `key:subs` answers. */
  setLocale(lang: string | null) {
    locale = lang;
  },
  /** The real message of a locale, as the browser would give it (for tests that build a Locale). */
  message: localMessage,
  reset() {
    locale = null;
    messageListeners.length = 0;
    local.clear();
    session.clear();
  },
};

export default browser;
