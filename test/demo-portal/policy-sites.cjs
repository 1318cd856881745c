// Demo policy sites (issue 13): sites that are not portals, each with a cookie policy page in the
// markup a tool really renders (Complianz, Cookiebot, OneTrust) or written by hand (German,
// Spanish, prose only), and a page whose consent-platform globals are hostile.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const pages = join(__dirname, 'pages');
const page = (name) => readFileSync(join(pages, name), 'utf8');
const DAY = 86_400;

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/** A home page linking its policy from the footer and writing `cookies` ([name, days]) from a script. */
function home({ lang, title, link, path, cookies }) {
  const writes = cookies.map(
    ([name, days]) => `document.cookie = '${name}=' + Math.random().toString(16).slice(2) + '; path=/; max-age=${days * DAY}; SameSite=Lax';`,
  );
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><a href="/">${title}</a></header><main><h1>${title}</h1><p>A demo site (not a portal) with a cookie policy.</p></main>
<footer><a href="/mentions-legales/">Impressum / Mentions légales</a> <a href="${path}">${link}</a></footer>
<script>${writes.join('\n')}</script></body></html>`;
}

/**
 * A policy site: `/` links `path`, which serves `policy` (a file of pages/). The cookies it
 * writes: `declared` are in its policy, `undeclared` are not.
 */
function policySite({ lang, title, link, path, policy, declared, undeclared }) {
  const homePage = home({ lang, title, link, path, cookies: [...declared, ...undeclared] });
  return (req, res) => {
    const at = new URL(req.url, 'http://x').pathname;
    if (at === '/') return send(res, 200, homePage);
    if (at === path) return send(res, 200, page(policy));
    return send(res, 404, '<!doctype html><title>Not found</title><h1>Not found</h1>');
  };
}

/** Host → handler; each site's cookies, for the tests: `POLICY_COOKIES[host] = { declared, undeclared }`. */
const SPECS = {
  'complianz.example.test': {
    lang: 'fr',
    title: 'Office de tourisme (Complianz)',
    link: 'Politique de cookies',
    path: '/politique-de-cookies-ue/',
    policy: 'policy-complianz.html',
    declared: [
      ['cmplz_functional', 365],
      ['_ga', 395],
    ],
    undeclared: [['_hjSessionUser_1234', 365]],
  },
  'cookiebot.example.test': {
    lang: 'en',
    title: 'Library (Cookiebot)',
    link: 'Cookie policy',
    path: '/cookie-policy/',
    policy: 'policy-cookiebot.html',
    declared: [
      ['CookieConsent', 365],
      ['_ga', 395],
    ],
    undeclared: [['_fbp', 90]],
  },
  'onetrust.example.test': {
    lang: 'en',
    title: 'Museum (OneTrust)',
    link: 'Cookie policy',
    path: '/cookie-policy/',
    policy: 'policy-onetrust.html',
    declared: [
      ['OptanonAlertBoxClosed', 365],
      ['_gid', 1],
    ],
    undeclared: [['ajs_anonymous_id', 365]],
  },
  'de.example.test': {
    lang: 'de',
    title: 'Stadtbibliothek',
    link: 'Datenschutz / Cookie-Richtlinie',
    path: '/datenschutz/cookie-richtlinie/',
    policy: 'policy-de.html',
    declared: [
      ['_pk_id.3.9f2c', 393],
      ['bib_sprache', 365],
    ],
    undeclared: [['_ga', 395]],
  },
  'es.example.test': {
    lang: 'es',
    title: 'Ayuntamiento',
    link: 'Política de cookies',
    path: '/politica-de-cookies/',
    policy: 'policy-es.html',
    declared: [
      ['_ga', 365],
      ['idioma', 30],
    ],
    undeclared: [['_gcl_au', 90]],
  },
  'prose.example.test': {
    lang: 'en',
    title: 'Tourism board (prose policy)',
    link: 'Cookie policy',
    path: '/cookies/',
    policy: 'policy-prose.html',
    declared: [],
    undeclared: [
      ['_ga', 395],
      ['visitor_region', 30],
    ],
  },
};

const HOSTILE_GLOBALS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile globals</title>
<script src="/static/hostile-globals.js"></script></head><body><h1>Hostile consent globals</h1>
<footer><a href="/cookies/">Cookie policy</a></footer></body></html>`;

const POLICY_SITES = {
  ...Object.fromEntries(Object.entries(SPECS).map(([host, spec]) => [host, policySite(spec)])),
  'hostile-globals.example.test': (req, res) => {
    const at = new URL(req.url, 'http://x').pathname;
    if (at === '/static/hostile-globals.js') {
      return send(res, 200, readFileSync(join(__dirname, 'static', 'hostile-globals.js')), { 'content-type': 'text/javascript; charset=utf-8' });
    }
    return at === '/' ? send(res, 200, HOSTILE_GLOBALS) : send(res, 404, '<!doctype html><h1>Not found</h1>');
  },
};

const POLICY_COOKIES = Object.fromEntries(
  Object.entries(SPECS).map(([host, s]) => [host, { declared: s.declared.map(([n]) => n), undeclared: s.undeclared.map(([n]) => n), path: s.path }]),
);

module.exports = { POLICY_SITES, POLICY_COOKIES };
