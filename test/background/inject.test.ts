/** probeTab's three answers: portal, none (also when the tab may not be scripted), no-answer (busy page). */
import { fakeBrowser } from '../fakes/browser';
import { probeTab } from '../../src/background/inject';
import { PROBE_TIMEOUT_MS } from '../../src/contracts/constants';

const { scripting } = fakeBrowser.browser;

afterEach(() => jest.useRealTimers());

describe('probeTab', () => {
  it('says portal when probe.js finds one, in the top frame only', async () => {
    scripting.executeScript.mockResolvedValueOnce([{ result: { isPortal: true } }]);
    await expect(probeTab(4)).resolves.toBe('portal');
    expect(scripting.executeScript).toHaveBeenLastCalledWith({ target: { tabId: 4, frameIds: [0] }, files: ['probe.js'] });
  });

  it.each([
    ['no portal', () => Promise.resolve([{ result: { isPortal: false } }])],
    ['a page that may not be scripted', () => Promise.reject(new Error('Cannot access contents of the page'))],
    ['a result of another shape', () => Promise.resolve([{ result: 'yes' }])],
  ])('says none for %s', async (_label, answer) => {
    scripting.executeScript.mockImplementationOnce(answer as never);
    await expect(probeTab(4)).resolves.toBe('none');
  });

  it('says no-answer when the page is too busy to run the probe in time', async () => {
    jest.useFakeTimers();
    scripting.executeScript.mockImplementationOnce(() => new Promise(() => undefined));
    const answer = probeTab(4);
    jest.advanceTimersByTime(PROBE_TIMEOUT_MS + 1);
    await expect(answer).resolves.toBe('no-answer');
  });
});
