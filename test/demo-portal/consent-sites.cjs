// Demo consent sites (issues 11 and 12): Opendatasoft-like portals with a consent banner, one
// well-behaved and variants that misbehave, and sites running the real consent libraries
// (tarteaucitron, Orejime, Klaro) served from node_modules. Everything is local: no network.
const { readFileSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { extname, join, normalize, sep } = require('node:path');

const { POLICY_SITES } = require('./policy-sites.cjs');

const pages = join(__dirname, 'pages');
const page = (name) => readFileSync(join(pages, name), 'utf8');
const modules = join(__dirname, '..', '..', 'node_modules');

/** Folders served as-is under a URL prefix: the demo's own scripts and the libraries. */
const MOUNTS = {
  '/static/': join(__dirname, 'static'),
  '/tarteaucitron/': join(modules, 'tarteaucitronjs'),
  '/orejime/': join(modules, 'orejime', 'dist'),
  '/klaro/': join(modules, 'klaro', 'dist'),
};
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json' };
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const DAY = 86_400;

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/** Serves a file of a mount and returns true, or false when `path` is under none; never outside the folder. */
function serveMounted(res, path) {
  const prefix = Object.keys(MOUNTS).find((p) => path.startsWith(p));
  if (!prefix) return false;
  const dir = MOUNTS[prefix];
  const file = normalize(join(dir, decodeURIComponent(path.slice(prefix.length))));
  let body;
  try {
    body = file.startsWith(dir + sep) ? readFileSync(file) : undefined;
  } catch {
    body = undefined;
  }
  if (body === undefined) send(res, 404, 'not found');
  else send(res, 200, body, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  return true;
}

/** The `<hash>` of Matomo's `_pk_id.1.<hash>` on a host (Matomo: 4 hex of a SHA-1 of domain and path). */
const matomoHash = (host) => createHash('sha1').update(`${host}/`).digest('hex').slice(0, 4);

/** The Matomo cookie names a demo portal writes, for tests and fleet expectations. */
const matomoCookies = (host) => ({ id: `_pk_id.1.${matomoHash(host)}`, ses: `_pk_ses.1.${matomoHash(host)}` });

const attr = (value) => String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * An Opendatasoft-like portal with the consent banner (static/ods-consent.js). `before`: trackers
 * it writes before any choice; `refused`: trackers it writes again after a refusal; `format`:
 * `json` (the hinted `cookies_preferences`) or `opaque`; `gaDays`: the lifetime of `_ga`.
 */
function odsConsentPortal({ site = 'Demo Open Data', before = [], refused = [], format = 'json', gaDays = 395 } = {}) {
  return (req, res, ctx) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path.startsWith('/assets/')) return send(res, 200, PIXEL, { 'content-type': 'image/gif' });
    if (serveMounted(res, path)) return undefined;
    if (path.startsWith('/terms/cookies-policy')) return send(res, 200, page('consent-charter.html').replaceAll('{{SITE}}', site));
    const title = { '/': 'Accueil', '/explore/': 'Données', '/explore/dataset/demo/': 'Jeu de données démo' }[path];
    if (!title) return send(res, 404, '<!doctype html><title>Not found</title><h1>Page introuvable</h1>');
    const behaviour = [
      `data-site-hash="${matomoHash(ctx.host)}"`,
      `data-format="${attr(format)}"`,
      `data-before="${attr(before.join(','))}"`,
      `data-refused="${attr(refused.join(','))}"`,
      `data-ga-days="${Number(gaDays)}"`,
    ].join(' ');
    const html = page('consent-home.html').replaceAll('{{SITE}}', site).replaceAll('{{PAGE}}', title).replace('{{BEHAVIOUR}}', behaviour);
    // Django writes its CSRF token on the first page view: an exempt cookie every scenario shows.
    return send(res, 200, html, { 'set-cookie': `csrftoken=${'c'.repeat(64)}; Path=/; Max-Age=${364 * DAY}; SameSite=Lax` });
  };
}

/** A site's hand-written cookie policy: one table, French headers. */
function policyPage(site, rows) {
  const cells = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Politique de cookies — ${site}</title></head><body>
<main><h1>Politique de cookies</h1><p>Les cookies de mesure d'audience ne sont déposés qu'après votre consentement.</p>
<table><thead><tr><th>Nom</th><th>Fournisseur</th><th>Finalité</th><th>Durée</th></tr></thead><tbody>${cells}</tbody></table></main>
<footer><a href="/">Accueil</a></footer></body></html>`;
}

/** A site (not a portal) running a consent library: `head` and `body` are its markup. */
function librarySite({ site, head, body, policyRows }) {
  const home = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${site}</title>${head}</head><body>
<header><a href="/">${site}</a> <a href="/actualites/">Actualités</a></header>
<main><h1>${site}</h1><p>A demo site whose consent banner is a real consent library, served locally.</p></main>
<footer><a href="/politique-cookies">Politique de cookies</a></footer>${body}</body></html>`;
  return (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (serveMounted(res, path)) return undefined;
    if (path === '/politique-cookies') return send(res, 200, policyPage(site, policyRows));
    if (path === '/' || path === '/actualites/') return send(res, 200, home);
    return send(res, 404, '<!doctype html><title>Not found</title><h1>Page introuvable</h1>');
  };
}

const tracker = (cookies, days = 390) => `/static/demo-tracker.js?cookies=${cookies.join(',')}&amp;days=${days}`;

/** The demo consent sites and policy sites (policy-sites.cjs), host → `(req, res, { host, port })`. */
const CONSENT_SITES = {
  ...POLICY_SITES,
  'consent.example.test': odsConsentPortal(),
  'leaky.example.test': odsConsentPortal({ site: 'Leaky Open Data', before: ['matomo', 'ga'], refused: ['ga'], gaDays: 730 }),
  'unreadable.example.test': odsConsentPortal({ site: 'Opaque Open Data', format: 'opaque' }),
  'tac.example.test': librarySite({
    site: 'Office de tourisme (tarteaucitron)',
    head: '<script src="/tarteaucitron/tarteaucitron.js"></script><script src="/static/tac-setup.js"></script>',
    body: '',
    policyRows: [
      ['tarteaucitron', 'Office de tourisme', 'Mémorise vos choix de cookies.', '365 jours'],
      ['_demo_tac', 'Démo Analytics', 'Mesure d’audience, après votre consentement.', '13 mois'],
    ],
  }),
  'orejime.example.test': librarySite({
    site: 'Médiathèque (Orejime)',
    head: '<link rel="stylesheet" href="/orejime/orejime-standard.css"><script src="/static/orejime-setup.js"></script><script src="/orejime/orejime-standard-fr.js"></script>',
    body: `<template data-purpose="analytics"><script src="${tracker(['_demo_orejime', '_demo_oj_visit'])}"></script></template>`,
    policyRows: [
      ['orejime', 'Médiathèque', 'Mémorise vos choix de cookies.', '365 jours'],
      ['_demo_orejime', 'Démo Analytics', 'Mesure d’audience, après votre consentement.', '13 mois'],
    ],
  }),
  'klaro.example.test': librarySite({
    site: 'Mairie (Klaro)',
    head: '<link rel="stylesheet" href="/klaro/klaro.min.css"><script src="/static/klaro-setup.js"></script><script defer src="/klaro/klaro-no-css.js"></script>',
    body: `<script type="text/plain" data-type="application/javascript" data-name="demoanalytics" data-src="${tracker(['_demo_klaro', '_demo_kl_visit'])}"></script>`,
    policyRows: [
      ['klaro', 'Mairie', 'Mémorise vos choix de cookies.', '120 jours'],
      ['_demo_klaro', 'Démo Analytics', 'Mesure d’audience, après votre consentement.', '13 mois'],
    ],
  }),
};

module.exports = { CONSENT_SITES, CONSENT_HOSTS: Object.keys(CONSENT_SITES), odsConsentPortal, librarySite, serveMounted, matomoCookies, send };
