/**
 * The requests the extension makes, in real browsers: few, chosen by the extension, never to a
 * loopback or private address the portal is not on, and never a proxy for the page. The demo
 * server logs every request it answers (`demo.requests`); the hosts below are this file's own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, openWebPage, settledView, tabIdOf, ROOT, type Demo, type ExtensionSession, type Target, type TabViewLike } from './harness';
// eslint-disable-next-line -- plain CommonJS server shared with `npm start`
const { DEMO_HOSTS, startDemoPortal } = require('../demo-portal/server.cjs') as {
  DEMO_HOSTS: string[];
  startDemoPortal(o: { port: number; sites: Record<string, Site> }): Promise<Demo>;
};

type Site = (req: { url?: string }, res: ServerResponse, ctx: { host: string; port: number }) => void;

jest.setTimeout(120_000);

/** At most this many candidate pages per page view (src/core/discovery.ts). */
const CAP = 6;
const LINKS = 1000;
const CHARTER = readFileSync(join(ROOT, 'test/demo-portal/pages/charter.html'), 'utf8');
const SECRET = 'intranet_secret';
/** A table only an intranet holds: it must never reach a report. */
const INTRANET =
  '<!doctype html><html><head><title>Charte cookies (intranet)</title></head><body><h2>Charte cookies</h2><table>' +
  `<thead><tr><th>Supplier name</th><th>Cookie name</th><th>Duration</th><th>Function</th></tr></thead><tbody><tr><td>Intranet</td><td>${SECRET}</td><td>1 day</td><td>Staff only</td></tr></tbody></table></body></html>`;

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/** A portal home page whose footer holds these links, all named "Charte cookies". */
const home = (links: string[]) =>
  '<!doctype html><html lang="fr" ng-app="ods.frontend"><head><meta charset="utf-8"><title>Portail</title></head><body>' +
  '<nav class="ods-front-header"></nav><main><h1>Portail</h1></main><footer class="ods-front-footer">' +
  links.map((href) => `<a href="${href}">Charte cookies</a>`).join('') +
  '</footer></body></html>';

const loopback = (port: number, path: string) => `http://127.0.0.1:${port}${path}`;
const notFound = (res: ServerResponse) => send(res, 404, '<!doctype html><h1>Page introuvable</h1>');

/** Host → how it answers. Paths other than those named answer 404. */
const SITES: Record<string, Site> = {
  // 1,000 charter links: to the loopback literal, to a site elsewhere, to another portal.
  'farm.example.test': (req, res, { port }) => {
    if (req.url !== '/') return notFound(res);
    const hosts = [`127.0.0.1:${port}`, `legal.other.test:${port}`, `127.0.0.1:${port}`, `data.example.test:${port}`];
    send(res, 200, home(Array.from({ length: LINKS }, (_, i) => `http://${hosts[i % hosts.length]}/charte-${i}`)));
  },
  // The footer names an intranet page; the portal's own charter is at the usual address.
  'intranet.example.test': (req, res, { port }) => {
    if (req.url === '/') return send(res, 200, home([loopback(port, '/intranet/charte')]));
    return req.url?.startsWith('/terms/cookies-policy') ? send(res, 200, CHARTER) : notFound(res);
  },
  // The portal's own charter address redirects to the intranet.
  'bounce.example.test': (req, res, { port }) => {
    if (req.url === '/') return send(res, 200, home(['/terms/cookies-policy/']));
    return req.url?.startsWith('/terms/cookies-policy') ? send(res, 302, '', { location: loopback(port, '/intranet/charte') }) : notFound(res);
  },
  // The footer names a page elsewhere, which redirects to the intranet.
  'hop.example.test': (req, res, { port }) => (req.url === '/' ? send(res, 200, home([`http://legal.other.test:${port}/hop`])) : notFound(res)),
  'legal.other.test': (req, res, { port }) => (req.url === '/hop' ? send(res, 302, '', { location: loopback(port, '/intranet/charte') }) : notFound(res)),
  // An intranet server that even allows any origin to read it.
  '127.0.0.1': (req, res) => (req.url?.startsWith('/intranet/') ? send(res, 200, INTRANET, { 'access-control-allow-origin': '*' }) : notFound(res)),
};

describe.each<Target>(['chrome', 'firefox'])('requests in %s', (target) => {
  let demo: Demo;
  let s: ExtensionSession;

  beforeAll(async () => {
    demo = await startDemoPortal({ port: 0, sites: SITES });
    const names = Object.keys(SITES).filter((h) => h.endsWith('.test'));
    s = await launchWithExtension(target, { 'network.dns.localDomains': [...DEMO_HOSTS, ...names].join(',') });
  });

  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  /** Opens a portal page, waits for its charter search to end; returns its view and the requests it caused. */
  async function visit(host: string): Promise<{ view: TabViewLike; requests: string[]; page: Page }> {
    const before = demo.requests.length;
    const page = await openWebPage(s, demo.url(host, '/'));
    const view = await settledView(s, await tabIdOf(s, demo.url(host, '/')), 60_000);
    const requests = demo.requests
      .slice(before)
      .filter((r) => !(r.host === host && (r.url === '/' || r.url === '/favicon.ico')))
      .map((r) => `${r.host}${r.url}`);
    return { view, requests, page };
  }

  const declaredNames = (view: TabViewLike) => (view.report?.rows ?? []).map((r) => r.declaredName);

  it(`sends at most ${CAP} requests for a page with ${LINKS} charter links, none to the loopback literal`, async () => {
    const { requests, page } = await visit('farm.example.test');
    console.log(`[requests] ${target}: ${requests.length} requests for one page view of farm.example.test`);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.length).toBeLessThanOrEqual(CAP);
    expect(requests.filter((r) => r.startsWith('127.0.0.1'))).toEqual([]);
    await page.close();
  });

  it('never reads an intranet page the footer links to', async () => {
    const { view, requests, page } = await visit('intranet.example.test');
    expect(requests.filter((r) => r.startsWith('127.0.0.1'))).toEqual([]);
    expect(view.kind).toBe('report');
    expect(declaredNames(view)).not.toContain(SECRET);
    expect(declaredNames(view)).toContain('sessionid');
    await page.close();
  });

  it.each([
    ['bounce.example.test', "the portal's own charter address"],
    ['hop.example.test', 'a charter link elsewhere'],
  ])('%s: does not read the intranet page %s redirects to', async (host) => {
    const { view, page } = await visit(host);
    expect(JSON.stringify(view)).not.toContain(SECRET);
    expect(view.kind).toBe('error');
    expect(view.message).toMatch(/^redirected to http:\/\/127\.0\.0\.1:\d+\/intranet\/charte, a loopback address/);
    await page.close();
  });
});

describe("the fetch-charter request, sent from the content script's world in chrome", () => {
  let demo: Demo;
  let s: ExtensionSession;
  let ask: (payload: unknown) => Promise<string>;

  beforeAll(async () => {
    demo = await startDemoPortal({ port: 0, sites: SITES });
    s = await launchWithExtension('chrome');
    const page = await openWebPage(s, demo.url('data.example.test', '/'));
    // The extension's isolated world in the page, over CDP: what a compromised renderer could use.
    const cdp = await page.createCDPSession();
    const contexts: { id: number; name: string; auxData?: { type?: string; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Cookie Charter');
    if (!world) throw new Error(`no isolated world of the extension: ${JSON.stringify(contexts)}`);
    ask = async (payload) => {
      const expression = `chrome.runtime.sendMessage({ type: 'fetch-charter', payload: ${JSON.stringify(payload)} }).then((r) => JSON.stringify(r), (e) => 'refused: ' + e.message)`;
      const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
      return String(result.value);
    };
  });

  afterAll(async () => {
    await s?.close();
    await demo?.close();
  });

  it('answers with what the page says about cookies, never the page itself', async () => {
    const answer = await ask({ url: demo.url('tracker.other.test', '/') });
    expect(answer).not.toMatch(/<|Third-party tracker/);
    const charter = await ask({ url: demo.url('p1.example.test', '/terms/cookies-policy/') });
    expect(charter).toContain('sessionid');
    expect(charter).not.toMatch(/<|Afin de vous proposer/);
  });

  it('refuses a loopback address, whatever the payload says the page is', async () => {
    const before = demo.requests.length;
    for (const payload of [
      { url: loopback(demo.port, '/intranet/charte') },
      { url: loopback(demo.port, '/intranet/charte'), pageUrl: loopback(demo.port, '/') },
    ]) {
      const answer = await ask(payload);
      expect(answer).toMatch(/^refused: /);
      expect(answer).not.toContain(SECRET);
    }
    expect(demo.requests.slice(before).filter((r) => r.host === '127.0.0.1')).toEqual([]);
  });
});
