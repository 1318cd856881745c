// The benchmark's pages, served by the demo portal's server (test/demo-portal/server.cjs) on
// 127.0.0.1 only. Host names under .test reach it through Chromium's host-resolver rule
// (scripts/browsers.mjs); pages that need fine timers are served from 127.0.0.1 itself (a secure
// context, so COOP/COEP make them cross-origin isolated).
import { readFile } from 'node:fs/promises';
import { send, startDemoPortal } from '../../test/demo-portal/server.cjs';

const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/** The bench page host: `routes` maps a path on 127.0.0.1 to { body | file, type }. */
function labSite(routes) {
  return (req, res) => {
    const route = routes[new URL(req.url, 'http://x').pathname];
    if (!route) return send(res, 404, 'not found');
    const headers = { 'content-type': route.type ?? 'text/html; charset=utf-8', ...ISOLATED };
    if (route.file)
      return void readFile(route.file).then(
        (b) => send(res, 200, b, headers),
        (e) => send(res, 500, String(e)),
      );
    return send(res, 200, route.body, headers);
  };
}

/** A bench host: { home, cookies } and a portal's `charter` or any site's other `pages` (path → HTML). */
function portalSite({ home, charter, cookies, pages = {} }) {
  return (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/') return send(res, 200, home, { 'set-cookie': cookies });
    if (charter && path === '/terms/cookies-policy/') return send(res, 200, charter);
    if (Object.hasOwn(pages, path)) return send(res, 200, pages[path]);
    return send(res, 404, '<!doctype html><h1>Page introuvable</h1>');
  };
}

/**
 * Starts the server. `routes` maps a path on 127.0.0.1 to { body | file, type };
 * `portals` maps a host name to { home, charter?, pages?, cookies } (bench portals and sites).
 */
export async function startBenchServer({ routes, portals }) {
  const sites = { '127.0.0.1': labSite(routes), ...Object.fromEntries(Object.entries(portals).map(([host, p]) => [host, portalSite(p)])) };
  const demo = await startDemoPortal({ port: 0, sites });
  const { port } = demo;
  return {
    port,
    /** Requests to hosts the bench did not set up (the demo portal's own hosts included). */
    get unknown() {
      return demo.requests.filter((r) => !Object.hasOwn(sites, r.host)).map((r) => `${r.host}${r.url}`);
    },
    local: (path) => `http://127.0.0.1:${port}${path}`,
    portal: (host, path = '/') => `http://${host}:${port}${path}`,
    close: () => demo.close(),
  };
}
