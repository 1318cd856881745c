/**
 * Forged evidence from a compromised content-script world (issue 10.1), in real browsers. Code
 * runs in the extension's isolated world of a page that is no portal, as a compromised renderer
 * could: it sends `portal-seen` / `charter-read` naming another portal and a forged charter, and
 * reads and writes the extension's storage directly. Then the real portal must show its own
 * charter, and nothing another origin cached may have leaked to the forger.
 * Chromium: CDP `Runtime.evaluate` in the isolated world of content.js. Firefox: the same world,
 * reached by `scripting.executeScript` from an extension page (BiDi does not list extension realms).
 */
import type { Page } from 'puppeteer-core';
import {
  demoPortal,
  extensionEval,
  launchWithExtension,
  openExtensionPage,
  openPopup,
  openWebPage,
  readRows,
  settledView,
  tabIdOf,
  type Demo,
  type ExtensionSession,
  type Target,
  type TabViewLike,
} from './harness';

jest.setTimeout(90_000);

const FORGED_SHA = 'f'.repeat(64);
const entry = (names: string[]) => ({
  names,
  provider: 'Forger',
  service: '',
  purpose: 'forged',
  durationText: '13 months',
  maxAgeSeconds: 33_000_000,
  session: false,
  conditional: false,
  condition: null,
  section: 'Forged',
  category: 'necessary',
});
const forgedFinding = (charterUrl: string) => ({
  status: 'ok',
  url: charterUrl,
  fetchedAt: new Date().toISOString(),
  sha256: FORGED_SHA,
  tried: [charterUrl],
  declaration: {
    title: 'Forged charter',
    url: charterUrl,
    entries: [entry(['forged_cookie', 'ab_test_variant', 'sessionid', 'csrftoken', 'atuserid', 'tp_uid'])],
  },
});
const facts = (pageUrl: string) => ({
  pageUrl,
  portalName: 'Forged',
  portal: { isPortal: true, confidence: 'strong', signs: ['forged'] },
  readableNames: [],
  thirdPartyHosts: [],
});

/** The attack, as one self-contained function source run in the content-script world. */
const ATTACK = `async ({ portalUrl, probeUrl, finding, facts, probeFacts }) => {
  const api = globalThis.browser ?? globalThis.chrome;
  const settle = (p) => Promise.resolve().then(() => p).then((value) => ({ ok: true, value }), (e) => ({ ok: false, error: String(e) }));
  const out = {};
  out.seen = await settle(api.runtime.sendMessage({ type: 'portal-seen', payload: facts }));
  out.read = await settle(api.runtime.sendMessage({ type: 'charter-read', payload: { pageUrl: portalUrl, finding } }));
  out.probe = await settle(api.runtime.sendMessage({ type: 'portal-seen', payload: probeFacts }));
  out.localGet = await settle(api.storage.local.get(null).then((all) => JSON.stringify(all)));
  const origin = new URL(portalUrl).origin;
  const forged = { finding, storedAt: Date.now() };
  out.localSet = await settle(api.storage.local.set({ ['charter:' + origin]: forged }));
  out.hasSession = typeof api.storage.session;
  out.sessionGet = api.storage.session ? await settle(api.storage.session.get(null).then((all) => JSON.stringify(all))) : { ok: false, error: 'no storage.session' };
  out.sessionSet = api.storage.session ? await settle(api.storage.session.set({ ['charter:' + origin]: forged })) : { ok: false, error: 'no storage.session' };
  return out;
}`;

interface Settled {
  ok: boolean;
  value?: unknown;
  error?: string;
}
type AttackResult = Record<'seen' | 'read' | 'probe' | 'localGet' | 'localSet' | 'sessionGet' | 'sessionSet', Settled> & { hasSession: string };

/** Runs `ATTACK` in the extension's content-script world of `page` (tab `tabId`). */
async function attackFrom(s: ExtensionSession, page: Page, tabId: number, args: unknown): Promise<AttackResult> {
  if (s.target === 'chrome') {
    const cdp = await page.createCDPSession();
    const contexts: { id: number; origin: string; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${s.extensionId}`);
    if (!world) throw new Error(`no isolated world of the extension: ${JSON.stringify(contexts)}`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `(${ATTACK})(${JSON.stringify(args)})`,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    await cdp.detach();
    if (exceptionDetails) throw new Error(JSON.stringify(exceptionDetails));
    return result.value as AttackResult;
  }
  const probe = await openExtensionPage(s, 'popup.html?tab=-1');
  try {
    return await extensionEval<AttackResult>(
      probe,
      `async (api) => {
      const [injection] = await api.scripting.executeScript({ target: { tabId: ${tabId}, frameIds: [0] }, func: ${ATTACK}, args: [${JSON.stringify(args)}] });
      return injection.result;
    }`,
    );
  } finally {
    await probe.close();
  }
}

describe.each<Target>(['chrome', 'firefox'])('forged evidence from a content script in %s', (target) => {
  let demo: Demo;
  let s: ExtensionSession;
  let attack: AttackResult;

  beforeAll(async () => {
    demo = await demoPortal();
    s = await launchWithExtension(target);
    // Another portal read for real first: what the history probe below looks for.
    const other = await openWebPage(s, demo.url('p2.example.test', '/'));
    const { kind } = await settledView(s, await tabIdOf(s, demo.url('p2.example.test', '/')));
    if (kind !== 'report') throw new Error(`p2 should give a report, got ${kind}`);
    await other.close();
    const plain = await openWebPage(s, demo.url('plain.example.test', '/'));
    const portalUrl = demo.url('data.example.test', '/');
    attack = await attackFrom(s, plain, await tabIdOf(s, demo.url('plain.example.test', '/')), {
      portalUrl,
      probeUrl: demo.url('p2.example.test', '/'),
      finding: forgedFinding(demo.url('data.example.test', '/terms/cookies-policy/')),
      facts: facts(portalUrl),
      probeFacts: facts(demo.url('p2.example.test', '/')),
    });
    await plain.close();
  });

  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  it("refuses page facts and charters that name another origin than the sending tab's", () => {
    // Chrome's polyfill answers a rejected handler with a reply object: either form is a refusal.
    const refused = (r: Settled) => !r.ok || JSON.stringify(r.value).includes('__mozWebExtensionPolyfillReject__');
    expect(refused(attack.seen)).toBe(true);
    expect(refused(attack.read)).toBe(true);
  });

  it("tells a content script nothing about another origin's cached charter", () => {
    expect(JSON.stringify(attack.probe)).not.toContain('declaration');
    expect(JSON.stringify(attack.probe)).not.toContain('sha256');
    // Whatever a content script reads of storage.local holds no charter and no tab state.
    if (attack.localGet.ok) expect(String(attack.localGet.value)).not.toMatch(/charter|p2\.example\.test|"tab:/);
    if (attack.sessionGet.ok) expect(String(attack.sessionGet.value)).not.toMatch(/charter|p2\.example\.test/);
    if (target === 'chrome') {
      expect(attack.localGet.ok).toBe(false); // setAccessLevel(TRUSTED_CONTEXTS) at start-up
      expect(attack.sessionGet.ok).toBe(false);
    } else {
      expect(attack.hasSession).toBe('undefined'); // Firefox does not expose storage.session to content scripts
    }
  });

  it('shows the real portal its real charter and its real undeclared cookies afterwards', async () => {
    await openWebPage(s, demo.url('data.example.test', '/'));
    const tabId = await tabIdOf(s, demo.url('data.example.test', '/'));
    const view = await settledView<TabViewLike & { source?: { sha256: string } }>(s, tabId);
    expect(view.kind).toBe('report');
    expect(view.source?.sha256).not.toBe(FORGED_SHA);
    const popup = await openPopup(s, tabId, '[data-state="report"]');
    const rows = await readRows(popup);
    expect(rows.some((r) => r.cookie === 'forged_cookie')).toBe(false);
    expect(rows.find((r) => r.cookie === 'ab_test_variant')?.status).toBe('undeclared');
    expect(rows.find((r) => r.cookie === 'django_language')?.status).toBe('absent'); // the real charter's entry
    const undeclared = rows.filter((r) => r.status === 'undeclared').length;
    expect(undeclared).toBeGreaterThanOrEqual(1);
    expect(await popup.$eval('[data-count="undeclared"] b', (b) => Number(b.textContent))).toBe(undeclared);
    await popup.close();
  });
});
