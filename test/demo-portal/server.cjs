// The demo portal: a local stand-in for an Opendatasoft portal and a third-party tracker, served
// on 127.0.0.1 only. Host names under .test are mapped to loopback by the browsers' launch flags.
// CommonJS so that jest, the scripts and `node` load it alike.
const { createServer } = require('node:http');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { HOSTILE_CHARTERS } = require('./hostile.cjs');
const { CONSENT_SITES, FLEET_SITES } = require('./fleet.cjs');

const pages = join(__dirname, 'pages');
const page = (name) => readFileSync(join(pages, name), 'utf8');

/** Every host name the demo uses (Firefox needs the exact list in network.dns.localDomains). */
const DEMO_HOSTS = [
  'data.example.test',
  'tracker.other.test',
  'nocharter.example.test',
  'notable.example.test',
  'broken.example.test',
  'plain.example.test',
  'weak.example.test',
  'busy.example.test',
  'widget.example.test',
  // charters saved in windows-1252: charset in the header / only in a <meta>
  'latin1.example.test',
  'latin1meta.example.test',
  'embeds.example.test', // a portal whose page names an unrelated site's images
  'bank.unrelated.test', // that unrelated site: its session cookie is HttpOnly, SameSite=Lax
  ...Object.keys(HOSTILE_CHARTERS),
  // several portals at once (one origin each)
  ...Array.from({ length: 8 }, (_, i) => `p${i + 1}.example.test`),
  // portals whose charters are each close to the cache's 1 MB entry budget (storage budget tests)
  ...Array.from({ length: 12 }, (_, i) => `fill${i + 1}.example.test`),
  // consent banners, consent libraries and the batch fleet (consent-sites.cjs, fleet.cjs)
  ...Object.keys({ ...CONSENT_SITES, ...FLEET_SITES }).filter((host) => !(host in HOSTILE_CHARTERS)),
];

const DAY = 86_400;
// Values are made up; their lengths are realistic (Django's session key is 32, its CSRF token 64).
const PORTAL_COOKIES = [
  `sessionid=${'s'.repeat(32)}; Path=/; Max-Age=${14 * DAY}; HttpOnly; SameSite=Lax`,
  `csrftoken=${'c'.repeat(64)}; Path=/; Max-Age=${364 * DAY}; SameSite=Lax`,
  `cookies_preferences=accepted; Path=/; Max-Age=${365 * DAY}; SameSite=Lax`,
  `_pk_id.1.a1b2=0123456789abcdef.1732320000.; Domain=example.test; Path=/; Max-Age=${400 * DAY}; SameSite=Lax`,
  `_pk_ses.1.a1b2=1; Domain=example.test; Path=/; Max-Age=1800; SameSite=Lax`,
  `atuserid=%7B%22val%22%3A%22demo%22%7D; Domain=example.test; Path=/; Max-Age=${390 * DAY}; SameSite=Lax`,
  `ab_test_variant=B; Path=/; Max-Age=${30 * DAY}; SameSite=Lax`,
];
const TRACKER_COOKIE = `tp_uid=${'t'.repeat(24)}; Path=/; Max-Age=${180 * DAY}; SameSite=Lax`;
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/**
 * A portal host: home page, charter route chosen per host. `weak`: its pages lack the root
 * `ng-app` attribute, so only the weaker signs (header, footer, theme image) say it is a portal.
 * `busyMs`: shortly after load, the home page keeps its main thread busy that long.
 */
function portal(charter, { weak = false, busyMs = 0, extraBody = () => '' } = {}) {
  return (req, res, ctx) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path.startsWith('/assets/')) return send(res, 200, PIXEL, { 'content-type': 'image/gif' });
    if (path.startsWith('/terms/cookies-policy') || path.startsWith('/login')) return charter(req, res, ctx);
    if (path === '/' || path.startsWith('/explore')) {
      const cookies = ctx.host === 'data.example.test' ? PORTAL_COOKIES : [];
      const home = page('home.html')
        .replaceAll('{{TRACKER}}', `http://tracker.other.test:${ctx.port}`)
        .replace('</main>', `${extraBody(ctx)}</main>`);
      const served = (weak ? withoutRootSign(home) : home).replace('</body>', busyMs ? `${busyScript(busyMs)}</body>` : '</body>');
      return send(res, 200, served, { 'set-cookie': cookies });
    }
    return send(res, 404, '<!doctype html><title>Not found</title><h1>Page introuvable</h1>');
  };
}

/** A charter of 2,100 rows whose declaration is about 0.94 MB as JSON (twelve: past a 10 MB quota). */
const FILL_CHARTER = page('charter.html').replace(
  '</tbody>',
  `${Array.from({ length: 2100 }, (_, i) => `<tr><td>Filler</td><td>fill_${i}</td><td>6 months</td><td>${'Padding purpose text. '.repeat(8)}${i}</td></tr>`).join('')}</tbody>`,
);

const busyScript = (ms) =>
  `<script>addEventListener('load', () => setTimeout(() => { const end = Date.now() + ${ms}; while (Date.now() < end); }, 200));</script>`;

function withoutRootSign(html) {
  const out = html.replace(' ng-app="ods.frontend"', '');
  if (out === html) throw new Error('home.html lost its ng-app attribute');
  return out;
}

/** A news site that embeds a portal's dataset widget: weak signs, but not a portal. */
const WIDGET_EMBED = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le Journal (demo)</title></head>
<body><h1>Le Journal</h1><p>Les chiffres du jour :</p>
<ods-dataset-context context="ctx" ctx-domain="data.example.test" ctx-dataset="demo">
<div class="odswidget odswidget-table">(widget)</div></ods-dataset-context></body></html>`;

const SITES = {
  'data.example.test': portal((req, res) => send(res, 200, page('charter.html'))),
  'nocharter.example.test': portal((req, res) => send(res, 404, '<!doctype html><h1>Page introuvable</h1>')),
  'notable.example.test': portal((req, res) => send(res, 200, page('no-table.html'))),
  'broken.example.test': portal((req, res) => send(res, 500, '<!doctype html><h1>Server Error (500)</h1>')),
  'plain.example.test': (req, res) => send(res, 200, page('plain.html')),
  'weak.example.test': portal((req, res) => send(res, 200, page('charter.html')), { weak: true }),
  'busy.example.test': portal((req, res) => send(res, 200, page('charter.html')), { weak: true, busyMs: 6000 }),
  'widget.example.test': (req, res) => send(res, 200, WIDGET_EMBED),
  // Bytes as saved (windows-1252), not read as UTF-8.
  'latin1.example.test': portal((req, res) =>
    send(res, 200, readFileSync(join(pages, 'latin1-charte.html')), { 'content-type': 'text/html; charset=iso-8859-1' }),
  ),
  'latin1meta.example.test': portal((req, res) => send(res, 200, readFileSync(join(pages, 'latin1-meta-charte.html')), { 'content-type': 'text/html' })),
  // One image of the unrelated site loads, the other never answers: neither may bring its cookie in.
  'embeds.example.test': portal((req, res) => send(res, 200, page('charter.html')), {
    extraBody: (ctx) =>
      `<img src="http://bank.unrelated.test:${ctx.port}/pixel.gif" alt=""><img src="http://bank.unrelated.test:${ctx.port}/never.gif" alt="">`,
  }),
  'bank.unrelated.test': (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/never.gif') return undefined; // never answers; the socket closes with the server
    if (path === '/pixel.gif') return send(res, 200, PIXEL, { 'content-type': 'image/gif' });
    return send(res, 200, '<!doctype html><title>Bank</title><p>Signed in (demo).</p>', {
      'set-cookie': `bank_session=${'b'.repeat(32)}; Path=/; HttpOnly; SameSite=Lax`,
    });
  },
  ...Object.fromEntries(Object.entries(HOSTILE_CHARTERS).map(([host, answer]) => [host, portal((req, res, ctx) => answer(req, res, send, ctx))])),
  ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`p${i + 1}.example.test`, portal((req, res) => send(res, 200, page('charter.html')))])),
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`fill${i + 1}.example.test`, portal((req, res) => send(res, 200, FILL_CHARTER))])),
  ...CONSENT_SITES,
  ...FLEET_SITES, // its slow.example.test (home after 4 s) replaces the hostile one, whose charter it keeps
  'tracker.other.test': (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path.startsWith('/login')) return send(res, 200, '<!doctype html><title>Tracker login</title><h1>Log in</h1>');
    // `npm start` opens one tab here: the tracker writes its cookie as a first party, then sends
    // the browser on to the portal (a demo host only), which thus lands in front in both browsers.
    if (path === '/bounce') {
      const to = new URL(req.url, 'http://x').searchParams.get('to') ?? '';
      const host = URL.canParse(to) ? new URL(to).hostname : '';
      if (!DEMO_HOSTS.includes(host)) return send(res, 400, '<!doctype html><p>Unknown demo address.</p>');
      return send(res, 302, '', { location: to, 'set-cookie': TRACKER_COOKIE });
    }
    if (path === '/pixel.gif') return send(res, 200, PIXEL, { 'content-type': 'image/gif', 'set-cookie': TRACKER_COOKIE });
    return send(res, 200, '<!doctype html><title>Tracker</title><p>Third-party tracker (demo).</p>', { 'set-cookie': TRACKER_COOKIE });
  },
};

/**
 * Starts the demo portal on 127.0.0.1. `port` 0 picks a free one; `onRequest` hears of each
 * request as `{ host, url, method }`; `sites` adds hosts (host → `(req, res, { host, port })`),
 * e.g. the benchmark's pages (scripts/bench/server.mjs).
 * @returns {Promise<{ port: number, url: (host?: string, path?: string) => string, close: () => Promise<void> }>}
 */
async function startDemoPortal({ port = 0, onRequest = undefined, sites = {} } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    requests.push({ host, url: req.url, method: req.method });
    onRequest?.({ host, url: req.url, method: req.method });
    const site = sites[host] ?? SITES[host];
    if (!site) return send(res, 421, 'unknown demo host');
    try {
      site(req, res, { host, port: server.address().port });
    } catch (error) {
      send(res, 500, String(error));
    }
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  const actual = server.address().port;
  return {
    port: actual,
    requests,
    url: (host = 'data.example.test', path = '/') => `http://${host}:${actual}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

module.exports = { DEMO_HOSTS, startDemoPortal, send };

// `node test/demo-portal/server.cjs [port]` serves it on its own.
if (require.main === module) {
  startDemoPortal({ port: Number(process.argv[2] ?? 8080) }).then((demo) => {
    console.log(`demo portal on ${demo.url()} (hosts: ${DEMO_HOSTS.join(', ')} → 127.0.0.1)`);
  });
}
