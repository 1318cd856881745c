/** platform/storage.ts: everything in storage.session, out of content scripts' reach. */
import { fakeBrowser } from '../fakes/browser';
import { lockDownStorage, readAllTabs, readTab, removeTab, writeTab, type TabRecord } from '../../src/platform/storage';

const { browser } = fakeBrowser;
const record = (origin: string): TabRecord => ({
  facts: { pageUrl: `${origin}/`, portalName: '', portal: { isPortal: true, confidence: 'strong', signs: [] }, readableNames: [], thirdPartyHosts: [] },
  origin,
  incognito: false,
  finding: null,
});

beforeEach(() => {
  fakeBrowser.reset();
  jest.clearAllMocks();
});

describe('tab records', () => {
  it('live in storage.session, never in storage.local', async () => {
    await writeTab(3, record('https://a.test'));
    expect(await readTab(3)).toEqual(record('https://a.test'));
    expect(browser.storage.local.set).not.toHaveBeenCalled();
    await removeTab(3);
    expect(await readTab(3)).toBeUndefined();
  });

  it('lists every tab record and nothing else', async () => {
    await writeTab(1, record('https://a.test'));
    await writeTab(2, record('https://b.test'));
    await browser.storage.session.set({ 'charter:0|https://a.test': { finding: {}, storedAt: 0 }, 'charter-index': [] });
    expect([...(await readAllTabs()).keys()].sort()).toEqual([1, 2]);
  });
});

describe('lockDownStorage', () => {
  it('restricts both areas to trusted contexts where the browser allows it', async () => {
    await lockDownStorage();
    expect(browser.storage.local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(browser.storage.session.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('removes the charters earlier versions kept on disk, and only those', async () => {
    await browser.storage.local.set({ 'charter:https://data.example.test': { storedAt: 1 }, 'other-setting': true });
    await lockDownStorage();
    expect(await browser.storage.local.get(null)).toEqual({ 'other-setting': true });
  });

  it('goes on where setAccessLevel is missing or refuses (Firefox)', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    browser.storage.session.setAccessLevel.mockRejectedValueOnce(new Error('unsupported'));
    const saved = browser.storage.local.setAccessLevel;
    delete (browser.storage.local as Partial<typeof browser.storage.local>).setAccessLevel;
    try {
      await expect(lockDownStorage()).resolves.toBeUndefined();
    } finally {
      browser.storage.local.setAccessLevel = saved;
    }
  });
});
