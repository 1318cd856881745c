/**
 * The demo consent, policy and fleet sites answer with their pages: the Opendatasoft-like banner's
 * markup contract, the consent libraries served from node_modules, the policy pages in each tool's
 * markup, the broken fleet sites as broken as they claim; every host is a demo host.
 */
import { request } from 'node:http';

type Handler = (req: { url: string; headers: object }, res: object, ctx: { host: string; port: number }) => void;
interface ScenarioExpect {
  consent: { decided: boolean; choice?: string } | null;
  flags: Record<string, string[]>;
  written: string[];
  notWritten: string[];
  violation?: boolean;
}
interface FleetSite {
  host: string;
  kind: string;
  fails?: string;
  url(port: number): string;
  expect: Record<'firstVisit' | 'refuse' | 'accept', ScenarioExpect | null>;
}
// eslint-disable-next-line -- plain CommonJS demo modules, shared with `npm start` and the CLI tests
const { DEMO_HOSTS, startDemoPortal } = require('./server.cjs') as {
  DEMO_HOSTS: string[];
  startDemoPortal(): Promise<{ port: number; close(): Promise<void> }>;
};
const { FLEET, FLEET_HOSTS, FLEET_SITES, CONSENT_SITES } = require('./fleet.cjs') as {
  FLEET: FleetSite[];
  FLEET_HOSTS: string[];
  FLEET_SITES: Record<string, Handler>;
  CONSENT_SITES: Record<string, Handler>;
};
const { POLICY_COOKIES } = require('./policy-sites.cjs') as { POLICY_COOKIES: Record<string, { declared: string[]; undeclared: string[]; path: string }> };

jest.setTimeout(20_000);

interface Answer {
  status: number;
  type: string;
  body: string;
}

describe('demo consent sites', () => {
  let demo: Awaited<ReturnType<typeof startDemoPortal>>;
  beforeAll(async () => (demo = await startDemoPortal()));
  afterAll(() => demo.close());

  // node:http, since fetch may not set the Host header the demo routes on.
  const get = (host: string, path = '/') =>
    new Promise<Answer>((resolve, reject) => {
      request({ host: '127.0.0.1', port: demo.port, path, headers: { host } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body: Buffer.concat(chunks).toString('utf8') }));
      })
        .on('error', reject)
        .end();
    });

  it('lists every new host among the demo hosts, once, and the fleet has at least 20 sites', () => {
    for (const host of [...Object.keys(CONSENT_SITES), ...Object.keys(FLEET_SITES), ...FLEET_HOSTS]) expect(DEMO_HOSTS).toContain(host);
    expect(new Set(DEMO_HOSTS).size).toBe(DEMO_HOSTS.length);
    expect(FLEET.length).toBeGreaterThanOrEqual(20);
    expect(new Set(FLEET_HOSTS).size).toBe(FLEET_HOSTS.length);
  });

  const PORTALS = ['consent.example.test', 'leaky.example.test', 'unreadable.example.test', 'p-good-1.example.test', 'p-leak-after-2.example.test'];
  it.each(PORTALS)('%s: each page view is a portal page carrying the banner contract', async (host) => {
    for (const path of ['/', '/explore/', '/explore/dataset/demo/']) {
      const { status, body } = await get(host, path);
      expect(status).toBe(200);
      expect(body).toContain('ng-app="ods.frontend"');
      expect(body).toContain('<div class="ods-cookies-banner" role="dialog" aria-modal="true" aria-labelledby="ods-cookies-title" hidden>');
      expect(body).toContain('<h2 id="ods-cookies-title">');
      for (const name of ['matomo', 'ga']) {
        expect(body).toContain(`<input type="checkbox" role="switch" class="ods-cookies-banner__switch" name="${name}">`);
      }
      expect(body).toContain('<button type="button" class="ods-cookies-banner__save">Sauvegarder mes choix</button>');
      expect(body).toContain('<button type="button" class="ods-manage-cookies">Gérer les cookies</button>');
      expect(body).toContain('<script src="/static/ods-consent.js"');
    }
    const charter = await get(host, '/terms/cookies-policy/');
    expect(charter.body).toMatch(/_pk_id\.\*.*soumis à votre consentement/s);
    expect(charter.body).toMatch(/_pk_ses\.\*.*soumis à votre consentement/s);
  });

  it('tells each portal how to behave from its script tag only', async () => {
    const attrs = async (host: string) => (await get(host)).body.match(/<script src="\/static\/ods-consent.js" ([^>]*)>/)![1];
    expect(await attrs('consent.example.test')).toContain('data-before="" data-refused=""');
    expect(await attrs('leaky.example.test')).toContain('data-before="matomo,ga" data-refused="ga" data-ga-days="730"');
    expect(await attrs('unreadable.example.test')).toContain('data-format="opaque"');
  });

  it('serves the demo scripts and the real consent libraries from node_modules, and nothing outside them', async () => {
    for (const [host, path] of [
      ['consent.example.test', '/static/ods-consent.js'],
      ['tac.example.test', '/tarteaucitron/tarteaucitron.js'],
      ['tac.example.test', '/tarteaucitron/lang/tarteaucitron.fr.js'],
      ['orejime.example.test', '/orejime/orejime-standard-fr.js'],
      ['klaro.example.test', '/klaro/klaro-no-css.js'],
    ]) {
      const answer = await get(host!, path);
      expect([path, answer.status, answer.type]).toEqual([path, 200, 'text/javascript; charset=utf-8']);
    }
    expect((await get('orejime.example.test', '/orejime/orejime-standard.css')).type).toBe('text/css; charset=utf-8');
    for (const path of ['/static/../consent-sites.cjs', '/static/..%2fconsent-sites.cjs', '/tarteaucitron/..%2f..%2fpackage.json', '/static/nope.js']) {
      expect((await get('consent.example.test', path)).status).toBe(404);
    }
  });

  it.each([
    ['tac.example.test', ['/tarteaucitron/tarteaucitron.js', '/static/tac-setup.js']],
    ['orejime.example.test', ['/orejime/orejime-standard-fr.js', '/static/orejime-setup.js', '<template data-purpose="analytics">']],
    ['klaro.example.test', ['/klaro/klaro-no-css.js', '/static/klaro-setup.js', 'data-name="demoanalytics"']],
  ])('%s loads its library and links its cookie policy from the footer', async (host, marks) => {
    const home = await get(host);
    for (const mark of marks) expect(home.body).toContain(mark);
    expect(home.body).toContain('<a href="/politique-cookies">Politique de cookies</a>');
    expect((await get(host, '/politique-cookies')).body).toMatch(/<th>Nom<\/th><th>Fournisseur<\/th><th>Finalité<\/th><th>Durée<\/th>/);
  });

  it.each([
    ['complianz.example.test', 'Politique de cookies', ['class="cookies-per-purpose"', 'class="retention"', 'cmplz_functional']],
    [
      'cookiebot.example.test',
      'Cookie policy',
      ['class="CookieDeclarationTable"', 'class="CookieDeclarationTableCell">_ga [x2] </td>', 'Maximum Storage Duration'],
    ],
    [
      'onetrust.example.test',
      'Cookie policy',
      ['id="ot-sdk-cookie-policy"', 'class="ot-cookies-td-content"', 'class="ot-life-span-td-content">364 Days, 364 Days'],
    ],
    ['de.example.test', 'Datenschutz / Cookie-Richtlinie', ['<th>Name</th><th>Anbieter</th><th>Zweck</th><th>Speicherdauer</th>', '2 Jahre']],
    ['es.example.test', 'Política de cookies', ['<th>Nombre</th><th>Proveedor</th><th>Finalidad</th><th>Duración</th>', '1 año']],
  ])('%s links its policy ("%s") and serves it in its markup', async (host, words, marks) => {
    const home = await get(host);
    const { path, declared, undeclared } = POLICY_COOKIES[host]!;
    expect(home.body).toContain(`<a href="${path}">${words}</a>`);
    for (const name of [...declared, ...undeclared]) expect(home.body).toContain(`document.cookie = '${name}=`);
    const policy = await get(host, path);
    expect(policy.status).toBe(200);
    for (const mark of marks) expect(policy.body).toContain(mark);
  });

  it('prose.example.test: a policy without any table; hostile-globals.example.test loads its globals', async () => {
    const policy = await get('prose.example.test', POLICY_COOKIES['prose.example.test']!.path);
    expect(policy.body).toContain('Cookie policy');
    expect(policy.body).not.toMatch(/<table|<td|<th/);
    expect((await get('hostile-globals.example.test')).body).toContain('<script src="/static/hostile-globals.js">');
    const script = await get('hostile-globals.example.test', '/static/hostile-globals.js');
    expect(script.body).toContain('Array.from({ length: 1e6 }');
  });

  it('the broken fleet sites are broken as they claim', async () => {
    expect((await get('gone.example.test')).status).toBe(404);
    expect((await get('binary.example.test')).type).toBe('application/octet-stream');
    const nobody = await get('nobody.example.test');
    expect([nobody.status, nobody.body.includes('ng-app'), (await get('nobody.example.test', '/terms/cookies-policy/')).body.includes('<table')]).toEqual([
      200,
      false,
      false,
    ]);
    expect((await get('never.example.test')).body).toContain('<img src="/never.gif"');
  });

  // Fake timers: the 4 s are the point of the site, not of this test.
  it('slow.example.test answers its home after 4 s and its charter after 2 s', () => {
    jest.useFakeTimers();
    try {
      const answer = (path: string) => {
        const res: { body: string; writeHead: jest.Mock; end: jest.Mock } = { body: '', writeHead: jest.fn(), end: jest.fn() };
        res.end.mockImplementation((b: unknown) => (res.body = String(b)));
        FLEET_SITES['slow.example.test']!({ url: path, headers: {} }, res, { host: 'slow.example.test', port: 1 });
        return res;
      };
      const home = answer('/');
      const charter = answer('/terms/cookies-policy/');
      jest.advanceTimersByTime(1999);
      expect([home.end, charter.end].map((f) => f.mock.calls.length)).toEqual([0, 0]);
      jest.advanceTimersByTime(1);
      expect(charter.body).toMatch(/_pk_id\.\*.*soumis à votre consentement/s);
      expect(home.end).not.toHaveBeenCalled();
      jest.advanceTimersByTime(2000);
      expect(home.body).toContain('<div class="ods-cookies-banner"');
    } finally {
      jest.useRealTimers();
    }
  });

  it('the fleet expectations follow each site kind', () => {
    const of = (host: string) => FLEET.find((s) => s.host === host)!;
    expect(of('leaky.example.test').expect.refuse!.flags._ga).toEqual(['set-before-choice', 'set-after-refusal']);
    expect(of('consent.example.test').expect.firstVisit).toMatchObject({ consent: null, violation: false });
    expect(of('consent.example.test').expect.firstVisit!.notWritten).toContain('_ga');
    expect(of('p-leak-after-1.example.test').expect.refuse!.flags).toEqual({ _ga: ['set-after-refusal'] });
    expect(of('gone.example.test')).toMatchObject({ fails: 'http-404', expect: { firstVisit: null } });
    expect(of('tac.example.test').url(8080)).toBe('http://tac.example.test:8080/');
  });
});
