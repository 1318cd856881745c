// The benchmark's own web server, on 127.0.0.1 only. Host names under .test reach it through
// Chromium's host-resolver rule (scripts/browsers.mjs); pages that need fine timers are served
// from 127.0.0.1 itself (a secure context, so COOP/COEP make them cross-origin isolated).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';

const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/**
 * Starts the server. `routes` maps a path on 127.0.0.1 to { body | file, type };
 * `portals` maps a host name to { home, charter, cookies } (bench portals).
 */
export async function startBenchServer({ routes, portals }) {
  const unknown = [];
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url, 'http://x').pathname;
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    if (host === '127.0.0.1') {
      const route = routes[path];
      if (!route) return send(404, 'not found');
      const type = route.type ?? 'text/html; charset=utf-8';
      if (route.file) return void readFile(route.file).then((b) => send(200, b, { 'content-type': type, ...ISOLATED }), (e) => send(500, String(e)));
      return send(200, route.body, { 'content-type': type, ...ISOLATED });
    }
    const portal = portals[host];
    if (!portal) {
      unknown.push(`${host}${path}`);
      return send(421, 'unknown bench host');
    }
    if (path === '/') return send(200, portal.home, { 'set-cookie': portal.cookies });
    if (path === '/terms/cookies-policy/') return send(200, portal.charter);
    return send(404, '<!doctype html><h1>Page introuvable</h1>');
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  return {
    port,
    unknown,
    local: (path) => `http://127.0.0.1:${port}${path}`,
    portal: (host, path = '/') => `http://${host}:${port}${path}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
