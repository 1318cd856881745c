/**
 * The audit glue with the fake browser: who may ask, the idle plan, the fresh start (kept,
 * removed, recorded, reloaded), recording through cookies.onChanged without the audit's own
 * removals or any value, a worker restart mid-audit, and every end (stop, tab closed, alarm,
 * update). The real proof of the restore is test/e2e/audit-restore.test.ts.
 */
import { fakeBrowser } from '../fakes/browser';
import { auditHandlers } from '../../src/background/audit/handlers';
import { registerAuditListeners } from '../../src/background/audit/lifecycle';
import { flush } from '../../src/background/audit/recorder';
import { resetAuditMemory } from '../../src/background/audit/store';
import type { RawCookie } from '../../src/core/cookies/raw-cookie';
import { rawCookie } from './raw-cookie';
import type { AuditSnapshot } from '../../src/contracts/audit';
import type { Runtime } from '../../src/platform/browser';

const { browser } = fakeBrowser;
const PAGE = 'https://data.example.test/';
const view = { id: 'test-extension', url: 'chrome-extension://test-extension/audit.html?tab=3' } as Runtime.MessageSender;
const page = { id: 'test-extension', url: PAGE, frameId: 0, tab: { id: 3 } } as unknown as Runtime.MessageSender;
const FUTURE = Date.now() / 1000 + 86_400;

let jar: RawCookie[];
type Listener = (...args: never[]) => unknown;
const listener = (api: { addListener: jest.Mock }) => api.addListener.mock.calls.at(-1)?.[0] as Listener;
const changed = (info: { removed: boolean; cause: string; cookie: RawCookie }) => (listener(browser.cookies.onChanged) as (i: typeof info) => void)(info);

const cookie = (name: string, patch: Partial<RawCookie> = {}) => rawCookie(name, { expirationDate: FUTURE, ...patch });
const host = (url: string) => new URL(url).hostname;

/** A jar behind the cookies API that tells the listener of every change, as the browser does. */
function fakeJar(initial: RawCookie[]) {
  jar = initial.map((c) => ({ ...c }));
  browser.cookies.getAll.mockImplementation(async (q: unknown) => {
    const { domain, storeId } = q as { domain: string; storeId: string };
    return jar.filter((c) => c.storeId === storeId && (c.domain.replace(/^\./, '') === domain || c.domain.endsWith(`.${domain}`))).map((c) => ({ ...c }));
  });
  browser.cookies.remove.mockImplementation(async (d: unknown) => {
    const { url, name } = d as { url: string; name: string };
    const i = jar.findIndex((c) => c.name === name && c.domain.replace(/^\./, '') === host(url));
    if (i < 0) return null;
    const [gone] = jar.splice(i, 1);
    changed({ removed: true, cause: 'explicit', cookie: gone! });
    return { name };
  });
  browser.cookies.set.mockImplementation(async (d: unknown) => {
    const s = d as {
      url: string;
      name: string;
      value: string;
      domain?: string;
      path: string;
      secure: boolean;
      httpOnly: boolean;
      sameSite?: string;
      expirationDate?: number;
      storeId: string;
    };
    if (s.name === 'refuse-me') throw new Error('Failed to parse or set cookie named "refuse-me".');
    const c: RawCookie = {
      name: s.name,
      value: s.value,
      domain: s.domain ?? host(s.url),
      path: s.path,
      hostOnly: !s.domain,
      secure: s.secure,
      httpOnly: s.httpOnly,
      sameSite: s.sameSite ?? 'unspecified',
      session: s.expirationDate === undefined,
      storeId: s.storeId,
      ...(s.expirationDate ? { expirationDate: s.expirationDate } : {}),
    };
    jar.push(c);
    changed({ removed: false, cause: 'explicit', cookie: c });
    return c;
  });
}

/** What the site does in the tab during the audit: a write through the browser. */
function siteWrites(c: RawCookie) {
  jar.push(c);
  changed({ removed: false, cause: 'explicit', cookie: c });
}

const ask = <K extends keyof typeof auditHandlers>(type: K, payload: Parameters<(typeof auditHandlers)[K]>[0], sender = view) =>
  (auditHandlers[type] as (p: unknown, s: Runtime.MessageSender) => Promise<AuditSnapshot>)(payload, sender);

beforeEach(() => {
  fakeBrowser.reset();
  jest.clearAllMocks();
  resetAuditMemory();
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  browser.tabs.get.mockImplementation(async (id: number) => ({ id, url: PAGE, status: 'complete', incognito: false }));
  browser.cookies.getAllCookieStores.mockResolvedValue([{ id: '0', tabIds: [3] }] as never);
  browser.scripting.executeScript.mockResolvedValue([{ result: ['tracker.other.test', 'not a host', 42] }]);
  fakeJar([
    cookie('sessionid', { domain: 'data.example.test', hostOnly: true, httpOnly: true }),
    cookie('_pk_id.1'),
    cookie('tp_uid', { domain: '.other.test', secure: true, sameSite: 'no_restriction' }),
    cookie('elsewhere', { domain: '.unrelated.test' }),
  ]);
  registerAuditListeners();
});

describe('audit requests', () => {
  it.each(['audit-get', 'audit-start', 'audit-stop', 'audit-answer'] as const)('%s refuses a web page (a content script) as sender', async (type) => {
    await expect(ask(type, { tabId: 3, keep: false, answer: 'refused' } as never, page)).rejects.toThrow('refused: not an extension page');
    expect(browser.cookies.remove).not.toHaveBeenCalled();
  });

  it('refuses a bad tab id and a bad answer', async () => {
    await expect(ask('audit-get', { tabId: -1 })).rejects.toThrow('invalid tab id');
    await expect(ask('audit-get', { tabId: '3' } as never)).rejects.toThrow('invalid tab id');
    await expect(ask('audit-answer', { tabId: 3, answer: 'maybe' } as never)).rejects.toThrow('invalid answer');
  });

  it('while idle, answers the plan: sites, counts per site, store, and no value', async () => {
    const snap = await ask('audit-get', { tabId: 3 });
    expect(snap).toMatchObject({
      state: 'idle',
      plan: { site: 'example.test', sites: ['example.test', 'other.test'], counts: { 'example.test': 2, 'other.test': 1 }, storeId: '0', incognito: false },
    });
    expect(JSON.stringify(snap)).not.toContain('secret-');
    expect(browser.cookies.remove).not.toHaveBeenCalled();
  });

  it('starts: keeps, removes, records, reloads; the own removals are not recorded; values stay out of the audit', async () => {
    const snap = await ask('audit-start', { tabId: 3 });
    expect(snap.state).toBe('recording');
    expect(jar.map((c) => c.name)).toEqual(['elsewhere']);
    expect(browser.tabs.reload).toHaveBeenCalledWith(3);
    expect(browser.alarms.create).toHaveBeenCalledWith('audit-timeout:3', { when: expect.any(Number) });
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 3, text: 'REC' });
    siteWrites(cookie('_ga'));
    siteWrites(cookie('tarteaucitron', { value: '!gtag=false' }));
    const rec = await ask('audit-get', { tabId: 3 });
    expect(rec.timeline.map((e) => [e.name, e.event, e.phase])).toEqual([
      ['_ga', 'set', 'before-choice'],
      ['tarteaucitron', 'set', 'after-refusal'],
    ]);
    expect(rec.consent).toEqual({ cmp: 'tarteaucitron', decided: true, choice: 'refused', categories: { gtag: false } });
    const stored = JSON.stringify(await browser.storage.session.get('audit:3'));
    expect(stored).not.toContain('secret-');
    expect(stored).not.toContain('!gtag=false');
  });

  it('stops: removes what the site wrote, puts back every cookie with its attributes, and reports a refusal', async () => {
    const before = jar.filter((c) => c.name !== 'elsewhere').concat(cookie('refuse-me'), cookie('expired', { expirationDate: Date.now() / 1000 + 0.2 }));
    fakeJar([...before, cookie('elsewhere', { domain: '.unrelated.test' })]);
    await ask('audit-start', { tabId: 3 });
    siteWrites(cookie('_ga'));
    await new Promise((r) => setTimeout(r, 300)); // `expired` is past its expiry now
    const done = await ask('audit-stop', { tabId: 3, keep: false });
    expect(done).toMatchObject({ state: 'done', endReason: 'stopped' });
    expect(done.restored).toEqual({
      count: 3,
      removedWritten: 1,
      failed: expect.arrayContaining([
        { name: 'refuse-me', domain: '.example.test', path: '/', reason: 'Failed to parse or set cookie named "refuse-me".' },
        { name: 'expired', domain: '.example.test', path: '/', reason: 'expired' },
      ]),
    });
    expect(done.restored?.failed).toHaveLength(2);
    const byName = (name: string) => jar.find((c) => c.name === name);
    expect(byName('_ga')).toBeUndefined();
    expect(byName('sessionid')).toMatchObject({ domain: 'data.example.test', hostOnly: true, httpOnly: true, value: 'secret-sessionid' });
    expect(byName('tp_uid')).toMatchObject({ secure: true, sameSite: 'no_restriction', expirationDate: FUTURE });
    expect(await browser.storage.session.get('audit-jar:3')).toEqual({});
    expect(browser.alarms.clear).toHaveBeenCalledWith('audit-timeout:3');
    // A second stop changes nothing.
    expect((await ask('audit-stop', { tabId: 3, keep: false })).restored?.count).toBe(3);
  });

  it('keep: what the site wrote stays', async () => {
    await ask('audit-start', { tabId: 3 });
    siteWrites(cookie('_ga'));
    const done = await ask('audit-stop', { tabId: 3, keep: true });
    expect(done.restored?.removedWritten).toBe(0);
    expect(jar.some((c) => c.name === '_ga')).toBe(true);
  });

  it('a worker restarted mid-audit still records (a renewal stays a renewal) and restores', async () => {
    await ask('audit-start', { tabId: 3 });
    siteWrites(cookie('_ga'));
    await flush();
    resetAuditMemory(); // what a new worker knows: storage.session only
    siteWrites(cookie('_ga'));
    const snap = await ask('audit-get', { tabId: 3 });
    expect(snap.timeline.map((e) => e.event)).toEqual(['set', 'renewed']);
    expect((await ask('audit-stop', { tabId: 3, keep: false })).restored?.count).toBe(3);
  });

  it('asks the user when the consent cookie cannot be read, and takes the answer', async () => {
    await ask('audit-start', { tabId: 3 });
    siteWrites(cookie('cookies_preferences', { value: 'something unreadable' }));
    expect((await ask('audit-get', { tabId: 3 })).needsAnswer).toBe(true);
    const answered = await ask('audit-answer', { tabId: 3, answer: 'refused' });
    expect(answered.needsAnswer).toBe(false);
    expect(answered.phases.at(-1)).toMatchObject({ phase: 'after-refusal', consent: { cmp: 'user', decided: true, choice: 'refused' } });
  });
});

describe('audit ends the user did not ask for', () => {
  const waitDone = async () => {
    for (let i = 0; i < 50; i++) {
      const snap = await ask('audit-get', { tabId: 3 });
      if (snap.restored) return snap;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the audit did not end');
  };

  it.each([
    ['the tab closed', 'tab-closed', () => (listener(browser.tabs.onRemoved) as (id: number) => void)(3)],
    ['the 30-minute alarm', 'timeout', () => (listener(browser.alarms.onAlarm) as (a: { name: string }) => void)({ name: 'audit-timeout:3' })],
    ['an update waiting', 'update', () => (listener(browser.runtime.onUpdateAvailable) as () => void)()],
  ])('%s: everything is put back', async (_name, reason, end) => {
    await ask('audit-start', { tabId: 3 });
    siteWrites(cookie('_ga'));
    end();
    const done = await waitDone();
    expect(done).toMatchObject({ endReason: reason, restored: { count: 3, failed: [] } });
    expect(jar.map((c) => c.name).sort()).toEqual(['_pk_id.1', 'elsewhere', 'sessionid', 'tp_uid']);
    if (reason === 'update') await new Promise((r) => setTimeout(r, 0)).then(() => expect(browser.runtime.reload).toHaveBeenCalled());
  });
});
