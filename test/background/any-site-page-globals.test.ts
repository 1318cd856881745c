/**
 * The page-world function, run here on hostile globals (a plain object stands for the page's
 * window): it travels as source, so it is rebuilt from its text first, as the browsers do.
 */
import { DUMP_CAPS, PAGE_GLOBALS } from '../../src/core/declaration/dump';
import { copyPageGlobals, type DumpCaps, type GlobalsSpec } from '../../src/platform/page-globals';

// What `executeScript({ func })` does: the function's text, evaluated where it runs, without its module.
const asInjected = new Function(`return (${copyPageGlobals.toString()})`)() as typeof copyPageGlobals;
let page: Record<string, unknown> = {};

beforeEach(() => {
  page = {};
});
afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).cookieTableStatistics;
});

const run = (caps: DumpCaps = DUMP_CAPS) => asInjected(PAGE_GLOBALS as unknown as GlobalsSpec, caps, page) as Record<string, unknown>;

describe('copyPageGlobals', () => {
  it("copies tarteaucitron's own services only (those of its job), without functions", () => {
    page.tarteaucitron = {
      job: ['gtag'],
      user: { id: 'secret' },
      parameters: { cookieName: 'tac', privacyUrl: '/p' },
      services: { gtag: { key: 'gtag', type: 'analytic', cookies: ['_ga', /^_gat_/], js: () => undefined }, youtube: { key: 'youtube', cookies: ['VISITOR'] } },
    };
    expect(run()).toEqual({
      tarteaucitron: {
        job: ['gtag'],
        parameters: { cookieName: 'tac' },
        services: { gtag: { key: 'gtag', type: 'analytic', cookies: ['_ga', { $regexp: '^_gat_', flags: '' }] } },
      },
    });
  });

  it('turns throwing getters and Proxy traps into error markers, and never copies a prototype', () => {
    Object.defineProperty(page, 'tarteaucitron', {
      configurable: true,
      get() {
        throw new Error('no');
      },
    });
    page.orejimeConfig = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    page.CookieConsentDialog = JSON.parse('{"__proto__": {"cookieTableNecessary": [["evil"]]}}');
    (Object.prototype as Record<string, unknown>).cookieTableStatistics = [['proto_cookie']];
    page._ckyConfig = Object.create({ _categories: [{ cookies: [{ cookieID: 'inherited' }] }] });
    expect(run()).toEqual({ tarteaucitron: { $error: 'no' }, orejime: { $error: 'trap' }, cookiebot: {} });
  });

  it('stops at every cap and says where a list was cut', () => {
    page.klaroConfig = { services: Array.from({ length: 1e5 }, () => ({ name: 'x'.repeat(50), cookies: ['a'] })) };
    const caps = { ...DUMP_CAPS, arrayItems: 3, stringChars: 5 };
    const services = (run(caps).klaro as { services: unknown[] }).services;
    expect(services).toHaveLength(4);
    expect(services[0]).toEqual({ name: 'xxxxx', cookies: ['a'] });
    expect(services[3]).toEqual({ $error: 'capped at 3 of 100000 items' });
  });

  it('copies nothing deeper than its depth cap, and nothing past its total', () => {
    let deep: Record<string, unknown> = { cookies: ['leaf'] };
    for (let i = 0; i < 20; i++) deep = { services: [deep] };
    page.klaroConfig = deep;
    expect(JSON.stringify(run())).not.toContain('leaf');
    page.klaroConfig = { services: Array.from({ length: 1000 }, (_, i) => ({ name: `s${i}` })) };
    const services = (run({ ...DUMP_CAPS, totalValues: 10 }).klaro as { services: unknown[] }).services;
    expect(services.length).toBeLessThan(10);
  });
});
