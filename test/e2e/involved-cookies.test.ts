/**
 * A report holds only cookies the page really involves (issue 10.4), in real browsers. The demo
 * portal embeds.example.test shows two images of an unrelated site, bank.unrelated.test: one
 * loads, one never answers. The browser holds that site's HttpOnly SameSite=Lax session cookie
 * (visited at top level first), which it sends to neither image: it must not be in the report.
 * Under Firefox's first-party isolation, another site's jar must not show either.
 */
import {
  demoPortal,
  extensionEval,
  launchWithExtension,
  openExtensionPage,
  settledView,
  tabIdOf,
  type Demo,
  type ExtensionSession,
  type Target,
  type TabViewLike,
} from './harness';

jest.setTimeout(90_000);

const observedNames = (view: TabViewLike) => (view.report?.rows ?? []).map((r) => (r.observed as { name?: string } | null)?.name).filter(Boolean);

async function heldBankCookies(s: ExtensionSession): Promise<string[]> {
  const probe = await openExtensionPage(s, 'popup.html?tab=-1');
  try {
    const fpd = s.target === 'firefox' ? ', firstPartyDomain: null' : '';
    return await extensionEval<string[]>(probe, `async (api) => (await api.cookies.getAll({ domain: 'bank.unrelated.test'${fpd} })).map((c) => c.name)`);
  } finally {
    await probe.close();
  }
}

/** Visits the bank at top level, then opens the embedding portal; returns its settled view. */
async function portalView(s: ExtensionSession, demo: Demo): Promise<TabViewLike> {
  const bank = await s.browser.newPage();
  await bank.goto(demo.url('bank.unrelated.test', '/'), { waitUntil: 'load' });
  await bank.close();
  expect(await heldBankCookies(s)).toContain('bank_session');
  const page = await s.browser.newPage();
  // The image that never answers holds the load event back: wait for the DOM only.
  await page.goto(demo.url('embeds.example.test', '/'), { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('bank.unrelated.test')));
  const view = await settledView(s, await tabIdOf(s, demo.url('embeds.example.test', '/')));
  expect(demo.requests.some((r) => r.host === 'bank.unrelated.test' && r.url === '/pixel.gif')).toBe(true);
  return view;
}

describe.each<Target>(['chrome', 'firefox'])('cookies the page involves, in %s', (target) => {
  let demo: Demo;
  let s: ExtensionSession;

  beforeAll(async () => {
    demo = await demoPortal();
    s = await launchWithExtension(target);
  });

  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  it("leaves out an unrelated site's Lax session cookie, whether its image loaded or never answered", async () => {
    const view = await portalView(s, demo);
    expect(view.kind).toBe('report');
    expect(observedNames(view)).not.toContain('bank_session');
    expect(JSON.stringify(view)).not.toContain('bank.unrelated.test');
  });
});

describe('cookies the page involves, in Firefox with first-party isolation', () => {
  let demo: Demo;
  let s: ExtensionSession;

  beforeAll(async () => {
    demo = await demoPortal();
    s = await launchWithExtension('firefox', { 'privacy.firstparty.isolate': true });
  });

  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  it("reads the portal's own first-party jar only", async () => {
    const view = await portalView(s, demo);
    expect(view.kind).toBe('report');
    expect(observedNames(view)).not.toContain('bank_session');
    const jars = (view.report?.rows ?? []).map((r) => (r.observed as { firstPartyDomain?: string } | null)?.firstPartyDomain).filter(Boolean);
    expect(jars.every((j) => j === 'example.test')).toBe(true);
  });
});
