/**
 * The consent readers against the cookies the real libraries write: tarteaucitron, Klaro and
 * Orejime from node_modules run in a jsdom window (their own code, nothing from a page), and what
 * they put in `document.cookie` is read back by the pure core.
 */
import { readFileSync } from 'node:fs';
import { JSDOM, type DOMWindow } from 'jsdom';
import { readConsentState } from '../../../src/core/consent/consent-state';

type Lib = DOMWindow & Record<string, unknown>;

/** A window that has run `file` as a classic script (so `document.currentScript` is set). */
function windowWith(file: string, before?: (w: Lib) => void): Lib {
  const dom = new JSDOM('<!doctype html><head></head><body></body>', { runScripts: 'dangerously', url: 'https://site.test/' });
  const w = dom.window as Lib;
  before?.(w);
  const script = w.document.createElement('script');
  script.textContent = readFileSync(require.resolve(file), 'utf8');
  w.document.head.appendChild(script);
  return w;
}

/** `document.cookie` as the cookies API would list it. */
function jar(w: Lib) {
  return w.document.cookie
    .split('; ')
    .filter(Boolean)
    .map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1) }));
}

const NOW = Date.now() / 1000;

describe('tarteaucitron 1.34: cookie.create() (tarteaucitronjs/tarteaucitron.js)', () => {
  interface Tac {
    parameters: { cookieName?: string };
    cookie: { create: (key: string, status: unknown) => void };
  }
  const load = () => {
    const w = windowWith('tarteaucitronjs/tarteaucitron.js');
    const tac = w.tarteaucitron as Tac;
    tac.parameters.cookieName = 'tarteaucitron'; // the default, set by init() in a page
    return { w, tac };
  };

  it('`wait` written before any choice is no choice', () => {
    const { w, tac } = load();
    tac.cookie.create('gtag', 'wait');
    expect(w.document.cookie).toBe('tarteaucitron=!gtag=wait');
    expect(readConsentState(jar(w), NOW).state).toEqual({ cmp: 'tarteaucitron', decided: false, choice: 'unknown' });
  });

  it('a refusal and a partial choice', () => {
    const { w, tac } = load();
    tac.cookie.create('gtag', false);
    tac.cookie.create('matomo', false);
    expect(readConsentState(jar(w), NOW).state).toMatchObject({ decided: true, choice: 'refused' });
    tac.cookie.create('matomo', true);
    expect(w.document.cookie).toBe('tarteaucitron=!gtag=false!matomo=true');
    expect(readConsentState(jar(w), NOW).state).toMatchObject({ decided: true, choice: 'partial', categories: { gtag: false, matomo: true } });
  });
});

describe('Klaro 0.7: ConsentManager.saveConsents() (klaro/dist/klaro-no-css.js)', () => {
  it('writes URI-encoded JSON the reader understands', () => {
    const w = windowWith('klaro/dist/klaro-no-css.js', (win) => {
      win.klaroConfig = { services: [], noAutoLoad: true };
    });
    const klaro = w.klaro as { getManager: (config: unknown) => { updateConsent: (n: string, v: boolean) => void; saveConsents: () => void } };
    const manager = klaro.getManager({ services: [{ name: 'matomo' }, { name: 'youtube' }] });
    manager.updateConsent('matomo', false);
    manager.updateConsent('youtube', false);
    manager.saveConsents();
    expect(w.document.cookie).toBe('klaro=%7B%22matomo%22%3Afalse%2C%22youtube%22%3Afalse%7D');
    expect(readConsentState(jar(w), NOW).state).toMatchObject({ cmp: 'klaro', decided: true, choice: 'refused' });
  });
});

describe('Orejime 3.2: manager.declineAll() / setConsent() (orejime/dist/orejime-standard-en.js)', () => {
  it('writes its `eu-consent` cookie the reader understands', async () => {
    const w = windowWith('orejime/dist/orejime-standard-en.js', (win) => {
      win.orejimeConfig = {
        purposes: [
          { id: 'analytics', title: 'A', cookies: [] },
          { id: 'ads', title: 'B', cookies: [] },
        ],
        privacyPolicyUrl: '/p',
      };
    });
    // Orejime starts once the document has loaded: wait for its global (bounded by jest's timeout).
    await new Promise<void>((resolve) => {
      const tick = () => (w.orejime ? resolve() : void setTimeout(tick, 10));
      tick();
    });
    const { manager } = w.orejime as { manager: { declineAll: () => void; setConsent: (id: string, v: boolean) => void } };
    manager.declineAll();
    expect(w.document.cookie).toBe('eu-consent={%22analytics%22:false%2C%22ads%22:false}');
    expect(readConsentState(jar(w), NOW).state).toMatchObject({ cmp: 'orejime', decided: true, choice: 'refused' });
    manager.setConsent('analytics', true);
    expect(readConsentState(jar(w), NOW).state).toMatchObject({ choice: 'partial', categories: { analytics: true, ads: false } });
  });
});
