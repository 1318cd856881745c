// HTML the benchmark serves: a large page that is not a portal, generated charters in the newer
// template, and a bench portal (home page + charter + cookies). Deterministic: no randomness.

const esc = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const WORDS = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua'.split(' ');
const words = (i, n) => Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');

/**
 * A news-site-like page of about `target` elements with no portal sign at all: header, nav,
 * articles with inline markup, lists, figures, tables, a form, a footer. Class names include
 * "widget-" ones that are not `odswidget-`, and some inline styles.
 */
export function nonPortalPage(target = 5000) {
  const page = { out: [], elements: 0 };
  const el = (html) => {
    page.out.push(html);
    page.elements += (html.match(/<[a-z]/gi) ?? []).length; // elements opened by this chunk
  };
  el('<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">');
  el('<title>The Daily Bench — local news</title><meta name="description" content="A large page that is not a portal">');
  el(
    '<style>body{font:16px/1.5 sans-serif;margin:0}.card{padding:8px;border:1px solid #ddd}.grid{display:grid;grid-template-columns:repeat(3,1fr)}</style></head><body class="page page--home">',
  );
  el(
    '<header class="site-header"><a class="logo" href="/"><img src="' + GIF + '" alt="The Daily Bench" width="120" height="30"></a><nav class="main-nav"><ul>',
  );
  for (let i = 0; i < 24; i++) el(`<li class="main-nav__item"><a href="/section/${i}">Section ${i}</a></li>`);
  el(
    '</ul></nav><form class="search" action="/search"><label for="q">Search</label><input id="q" name="q" type="search"><button type="submit">Go</button></form></header>',
  );
  el('<main id="content" class="grid">');
  for (let a = 0; page.elements < target - 60; a++) {
    el(
      `<article class="card widget-story" data-story-id="${a}" style="margin:${a % 4}px"><header><h2 class="card__title"><a href="/story/${a}">${words(a, 6)}</a></h2>`,
    );
    el(
      `<p class="byline">By <span class="author">Writer ${a % 13}</span> · <time datetime="2025-11-${String((a % 28) + 1).padStart(2, '0')}">Nov ${(a % 28) + 1}</time></p></header>`,
    );
    el(
      `<figure class="card__media"><img src="${GIF}" alt="${words(a, 3)}" width="300" height="200" loading="lazy"><figcaption>${words(a + 1, 8)}</figcaption></figure>`,
    );
    for (let p = 0; p < 3; p++) {
      el(
        `<p>${words(a + p, 12)} <a href="/tag/${(a + p) % 40}">#${WORDS[(a + p) % WORDS.length]}</a> <em>${words(p, 2)}</em> <strong>${words(a, 2)}</strong> ${words(a * p, 10)}.</p>`,
      );
    }
    el(`<ul class="related">${Array.from({ length: 4 }, (_, k) => `<li><a href="/story/${a * 4 + k}">${words(a + k, 4)}</a></li>`).join('')}</ul>`);
    if (a % 8 === 0) {
      el('<table class="widget-scores"><thead><tr><th>Team</th><th>Played</th><th>Points</th></tr></thead><tbody>');
      for (let r = 0; r < 6; r++) el(`<tr><td>Team ${r}</td><td>${r + 10}</td><td>${30 - r}</td></tr>`);
      el('</tbody></table>');
    }
    el(
      `<footer class="card__footer"><button type="button" class="share" data-share="${a}">Share</button><span class="count">${a * 3} comments</span></footer></article>`,
    );
  }
  el('</main><aside class="sidebar"><h3>Newsletter</h3><form action="/subscribe"><input type="email" name="email"><button>Subscribe</button></form></aside>');
  el('<footer class="site-footer"><p>© The Daily Bench</p><ul>');
  for (let i = 0; i < 10; i++) el(`<li><a href="/about/${i}">About ${i}</a></li>`);
  el('</ul></footer></body></html>');
  return { html: page.out.join('\n'), elements: page.elements };
}

const DURATIONS = [
  '2 weeks by default',
  'Token randomly reset between two requests or two sessions. Up to 12 months',
  '6 months',
  '12 months',
  '13 mois',
  '30 minutes',
  'Session',
  '<p>1&nbsp;an</p>',
];
const PROVIDERS = ['Huwise', 'Matomo', 'Google', 'AT Internet', 'Piano', 'Eulerian'];
const SECTIONS = ['Cookies nécessaires au bon fonctionnement de la plateforme', "Cookies de mesure d'audience", 'Cookies tiers', 'Cookies marketing'];

/** The names cell of generated row `i`: one name, two names, a pattern, or none (a category). */
function namesCell(i) {
  if (i % 50 === 49) return '';
  if (i % 25 === 3) return `<p>_bench${i}_*</p>`;
  if (i % 10 === 7) return `bench_a${i}; bench_b${i}`;
  if (i % 10 === 8) return `bench_c${i}<br>bench_d${i}`;
  return `bench_${i}`;
}

function generatedRow(i) {
  const purpose =
    i % 9 === 4
      ? "Remembers the visitor's language. This cookie is activated only if the portal is available in multiple languages."
      : `<p>${words(i, 9)}.</p>`;
  return `<tr><td>${PROVIDERS[i % PROVIDERS.length]}</td><td>${namesCell(i)}</td><td>${DURATIONS[i % DURATIONS.length]}</td><td>${purpose}</td></tr>`;
}

/**
 * A charter page in the newer template with `rows` rows spread over four sections (one table
 * each), inside the portal page chrome like a real /terms/cookies-policy/ page.
 */
export function generatedCharter(rows) {
  const parts = [];
  const perTable = Math.ceil(rows / SECTIONS.length);
  for (let s = 0, start = 0; start < rows; s++, start += perTable) {
    const body = [];
    for (let i = start; i < Math.min(rows, start + perTable); i++) body.push(generatedRow(i));
    parts.push(`<h3>${esc(SECTIONS[s % SECTIONS.length])}</h3>
<table><thead><tr><th>Supplier name</th><th>Cookie name</th><th>Duration</th><th>Function</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody></table>`);
  }
  return charterPage('Bench Open Data', parts.join('\n'));
}

function charterPage(siteName, tables) {
  return `<!doctype html>
<html lang="fr" ng-app="ods.frontend">
<head><meta charset="utf-8"><title>Charte cookies — ${esc(siteName)}</title><meta property="og:site_name" content="${esc(siteName)}"></head>
<body>
<nav class="ods-front-header"><a href="/">${esc(siteName)}</a></nav>
<main class="ods-terms">
<a class="ods-button" href="/terms/cookies-policy/pdf/">Download as PDF</a>
<h2>Charte cookies</h2>
<p>Afin de vous proposer le meilleur service possible nous utilisons des cookies pour assurer son bon fonctionnement.</p>
${tables}
</main>
<footer class="ods-front-footer"><a href="/terms/cookies-policy/">Charte cookies</a></footer>
</body>
</html>`;
}

/** A bench portal's charter: one table in the newer template declaring `names`, one per row. */
export function portalCharter(siteName, names) {
  const rows = names.map(
    (name, i) => `<tr><td>${PROVIDERS[i % PROVIDERS.length]}</td><td>${esc(name)}</td><td>${DURATIONS[i % 4]}</td><td>Bench cookie ${i}.</td></tr>`,
  );
  return charterPage(
    siteName,
    `<h3>${esc(SECTIONS[0])}</h3>
<table><thead><tr><th>Supplier name</th><th>Cookie name</th><th>Duration</th><th>Function</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`,
  );
}

/** A bench portal's home page: the root attribute and the footer link to the charter. */
export function portalHome(siteName) {
  return `<!doctype html>
<html lang="fr" ng-app="ods.frontend">
<head><meta charset="utf-8"><title>Explorer les données — ${esc(siteName)}</title><meta property="og:site_name" content="${esc(siteName)}"></head>
<body>
<nav class="ods-front-header"><a href="/">${esc(siteName)}</a> <a href="/explore/">Données</a></nav>
<main><h1>${esc(siteName)}</h1><p>A local bench portal.</p></main>
<footer class="ods-front-footer">
<a href="/terms/terms-and-conditions/">Conditions générales</a>
<a href="/terms/cookies-policy/">Charte cookies</a>
</footer>
</body>
</html>`;
}

const DAY = 86_400;

/** Set-Cookie header values: host-only cookies, a few on the registrable domain, some session. */
export function setCookies(names, registrable) {
  return names.map((name, i) => {
    const life = i % 7 === 0 ? '' : `; Max-Age=${(i % 400) * DAY + 3600}`;
    const domain = i % 10 === 5 ? `; Domain=${registrable}` : '';
    return `${name}=${'v'.repeat(8 + (i % 24))}; Path=/${life}${domain}; SameSite=Lax`;
  });
}

/**
 * A bench portal whose report has `rows` rows: declared names, some of them set as cookies,
 * plus undeclared cookies. Returns what the server needs and the row count it expects.
 */
export function benchPortal({ declared, matched, undeclared, siteName }) {
  const names = Array.from({ length: declared }, (_, i) => `decl_${String(i).padStart(4, '0')}`);
  const cookies = [...names.slice(0, matched), ...Array.from({ length: undeclared }, (_, i) => `undecl_${String(i).padStart(4, '0')}`)];
  return { names, cookies, siteName, expectedRows: declared + undeclared };
}

/**
 * A site that is not a portal (no Opendatasoft sign), whose footer links its cookie policy: a
 * hand-written page with one table (Nom / Finalité / Durée) declaring `names`. Returns the
 * server's pages and the row count the popup's report should have.
 */
export function benchSite({ declared, matched, undeclared, siteName }) {
  const { names, cookies, expectedRows } = benchPortal({ declared, matched, undeclared, siteName });
  const rows = names.map((name, i) => `<tr><td>${esc(name)}</td><td>Bench cookie ${i}.</td><td>${['13 mois', '6 months', 'Session', '1 an'][i % 4]}</td></tr>`);
  const home = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${esc(siteName)}</title></head>
<body><main><h1>${esc(siteName)}</h1><p>A local bench site that is not a portal.</p></main>
<footer><a href="/mentions-legales/">Mentions légales</a> <a href="/politique-cookies/">Politique de cookies</a></footer>
</body></html>`;
  const policy = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Politique de cookies — ${esc(siteName)}</title></head>
<body><main><h1>Politique de cookies</h1><p>Les cookies que ce site dépose.</p>
<table><thead><tr><th>Nom du cookie</th><th>Finalité</th><th>Durée de conservation</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></main></body></html>`;
  return { cookies, siteName, expectedRows, home, pages: { '/politique-cookies/': policy } };
}
