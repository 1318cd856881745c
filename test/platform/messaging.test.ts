import { fakeBrowser } from '../fakes/browser';
import { makeListener, sendToBackground, serve } from '../../src/platform/messaging';

const sender = { id: 'test-extension', url: 'chrome-extension://test-extension/popup.html' };

describe('message contract', () => {
  beforeEach(() => fakeBrowser.reset());

  it('does not claim a message of an unknown type', () => {
    const listener = makeListener<{ known: { req: number; res: number } }>({ known: (n) => n + 1 });
    expect(listener({ type: 'other', payload: 1 }, sender)).toBeUndefined();
    expect(listener('not an envelope', sender)).toBeUndefined();
    expect(listener({ type: 'toString', payload: 1 }, sender)).toBeUndefined();
  });

  it('resolves a known type to the handler result', async () => {
    serve<{ 'get-tab-view': { req: { tabId: number }; res: string } }>({ 'get-tab-view': ({ tabId }) => `tab ${tabId}` });
    await expect(sendToBackground('get-tab-view', { tabId: 7 })).resolves.toBe('tab 7');
  });

  it('rejects at the sender with the message only when the handler throws', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const cause = new Error('charter unreadable');
    cause.stack = 'secret stack';
    serve<{ 'get-tab-view': { req: { tabId: number }; res: string } }>({
      'get-tab-view': () => {
        throw cause;
      },
    });
    const error = await sendToBackground('get-tab-view', { tabId: 1 }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('charter unreadable');
    expect((error as Error).stack).not.toContain('secret stack');
  });
});
