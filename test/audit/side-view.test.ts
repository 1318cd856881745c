/** Opening the audit view: Chrome's side panel, Firefox's sidebar, else a tab; panel calls made before any await (user gesture). */
import { openAuditView } from '../../src/platform/side-view';
import { fakeBrowser } from '../fakes/browser';

const g = globalThis as { chrome?: unknown };
const b = fakeBrowser.browser as unknown as Record<string, unknown> & { tabs: Record<string, unknown> };

afterEach(() => {
  delete g.chrome;
  delete b.sidebarAction;
  delete b.tabs.create;
});

describe('openAuditView', () => {
  it('Chrome: sets the tab’s side panel to audit.html?tab=<id> and opens it, both synchronously', async () => {
    const calls: string[] = [];
    g.chrome = {
      sidePanel: {
        setOptions: jest.fn(async () => void calls.push('setOptions')),
        open: jest.fn(async () => void calls.push('open')),
      },
    };
    const sidePanel = (g.chrome as { sidePanel: { setOptions: jest.Mock; open: jest.Mock } }).sidePanel;
    const pending = openAuditView(12);
    // Called before the first await: still inside the click's user gesture.
    expect(sidePanel.setOptions).toHaveBeenCalledWith({ tabId: 12, path: 'audit.html?tab=12', enabled: true });
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 12 });
    expect(await pending).toBe('side-panel');
    expect(calls).toEqual(['setOptions', 'open']);
  });

  it('Firefox: sets the window’s sidebar panel and opens it synchronously', async () => {
    b.sidebarAction = { setPanel: jest.fn(async () => undefined), open: jest.fn(async () => undefined) };
    const bar = b.sidebarAction as { setPanel: jest.Mock; open: jest.Mock };
    const pending = openAuditView(5, 2);
    expect(bar.setPanel).toHaveBeenCalledWith({ panel: 'chrome-extension://test-extension/audit.html?tab=5', windowId: 2 });
    expect(bar.open).toHaveBeenCalled();
    expect(await pending).toBe('sidebar');
  });

  it('neither: opens the same page in a tab; a panel that refuses falls back to a tab', async () => {
    b.tabs.create = jest.fn(async () => ({ id: 99 }));
    expect(await openAuditView(5)).toBe('tab');
    expect(b.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension/audit.html?tab=5' });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    g.chrome = { sidePanel: { setOptions: jest.fn(async () => undefined), open: jest.fn(async () => Promise.reject(new Error('no gesture'))) } };
    expect(await openAuditView(6)).toBe('tab');
    expect(b.tabs.create).toHaveBeenLastCalledWith({ url: 'chrome-extension://test-extension/audit.html?tab=6' });
    warn.mockRestore();
  });
});
