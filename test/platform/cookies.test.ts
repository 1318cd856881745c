/** readCookieValue: reads one cookie for the popup's "show value" button, and only that cookie. */
import { cookieUrl, readCookieValue } from '../../src/platform/cookies';
import { fakeBrowser } from '../fakes/browser';

const { cookies } = fakeBrowser.browser;
const raw = (extra: object) => ({ name: 'sid', value: 'v', domain: 'data.example.test', path: '/', ...extra });

describe('readCookieValue', () => {
  beforeEach(() => {
    cookies.get.mockReset();
    cookies.getAll.mockReset();
  });

  it('builds the URL the browser would send the cookie to', () => {
    expect(cookieUrl({ domain: '.example.test', path: '/app', secure: true })).toBe('https://example.test/app');
    expect(cookieUrl({ domain: 'data.example.test', path: '', secure: false })).toBe('http://data.example.test/');
  });

  it('asks cookies.get for the cookie in its own store and partition', async () => {
    cookies.get.mockResolvedValue(raw({ value: 'secret', domain: '.tracker.test' }));
    const value = await readCookieValue({
      name: 'sid',
      domain: '.tracker.test',
      path: '/',
      secure: true,
      storeId: '1',
      partitionKey: { topLevelSite: 'https://example.test' },
    });
    expect(value).toBe('secret');
    expect(cookies.get).toHaveBeenCalledWith({
      name: 'sid',
      storeId: '1',
      partitionKey: { topLevelSite: 'https://example.test' },
      url: 'https://tracker.test/',
    });
  });

  it('falls back to the exact domain and path when get() picks a namesake', async () => {
    cookies.get.mockResolvedValue(raw({ value: 'wrong', path: '/other' }));
    cookies.getAll.mockResolvedValue([raw({ value: 'wrong', path: '/other' }), raw({ value: 'right' })]);
    expect(await readCookieValue({ name: 'sid', domain: 'data.example.test', path: '/', secure: false })).toBe('right');
    expect(cookies.getAll).toHaveBeenCalledWith({ name: 'sid', domain: 'data.example.test' });
  });

  it('answers undefined for a cookie that is gone', async () => {
    cookies.get.mockResolvedValue(null);
    cookies.getAll.mockResolvedValue([]);
    expect(await readCookieValue({ name: 'sid', domain: 'data.example.test', path: '/', secure: false })).toBeUndefined();
  });
});
