// Hostile and broken charters for the demo portal: one host each, so a test opens a portal whose
// charter is the case under test. Pages are generated, so sizes are exact and nothing is checked in twice.

const HEADER = '<thead><tr><th>Supplier name</th><th>Cookie name</th><th>Duration</th><th>Function</th></tr></thead>';
const row = (provider, name, duration, purpose) => `<tr><td>${provider}</td><td>${name}</td><td>${duration}</td><td>${purpose}</td></tr>`;
const charter = (body, title = 'Charte cookies') =>
  `<!doctype html><html lang="fr" ng-app="ods.frontend"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><nav class="ods-front-header"></nav><main><a href="pdf/">Download as PDF</a><h2>${title}</h2>${body}</main>` +
  '<footer class="ods-front-footer"><a href="/terms/cookies-policy/">Charte cookies</a></footer></body></html>';
const sessionRow = row('Huwise', 'sessionid', '2 weeks by default', 'Session');

/** A charter whose cells carry markup that must never run and text that looks like markup. */
const XSS = charter(
  `<table>${HEADER}<tbody>${sessionRow}` +
    row(
      '<img src=x onerror="document.title=\'pwned\';window.pwned=1">Evil',
      '&lt;img src=x onerror=alert(1)&gt;',
      '1 day',
      '<script>window.pwned=1;document.title="pwned"</script>Runs?',
    ) +
    row('Huwise', 'csrftoken<script>window.pwned=2</script>', '12 months', '<svg onload="window.pwned=3"></svg>Token') +
    '</tbody></table>',
);

/** 5 MB of text around a normal table. */
const BIG = charter(`<p>${'Lorem ipsum dolor sit amet. '.repeat(190_000)}</p><table>${HEADER}<tbody>${sessionRow}</tbody></table>`);

/** 20,000 declared cookies. */
const HUGE = charter(
  `<table>${HEADER}<tbody>${Array.from({ length: 20_000 }, (_, i) => row('Huwise', `cookie_${i}`, '6 months', `Purpose ${i}`)).join('')}</tbody></table>`,
);

/** Nested tables, merged cells, duplicates, Unicode and right-to-left text, odd names. */
const ODD = charter(
  '<table><tr><td><table>' +
    HEADER +
    '<tbody>' +
    '<tr><td rowspan="2">Huwise</td><td>sessionid</td><td colspan="2">2 weeks — Session</td></tr>' +
    '<tr><td>sessionid</td><td>2 weeks</td><td>Duplicate line</td></tr>' +
    row('مزود', 'كعكة', '1 an', 'نص من اليمين إلى اليسار') +
    row('Fournisseur « spécial »', 'café_crème', '13 mois', 'Unicode') +
    row('Odd', 'a=b; c d', 'session', 'Names with = ; and spaces') +
    '</tbody></table></td></tr></table>',
);

/** A table without a header row, and one with a header only. */
const NO_HEADER = charter('<table><tr><td>Huwise</td><td>sessionid</td><td>2 weeks</td></tr></table>');
const HEADER_ONLY = charter(`<table>${HEADER}</table>`);

const LOGIN =
  '<!doctype html><html ng-app="ods.frontend"><head><title>Connexion</title></head><body><h1>Se connecter</h1><form><input name="username"></form></body></html>';

/** Per host: how its /terms/cookies-policy/ answers. `send(res, status, body, headers)` writes. */
const HOSTILE_CHARTERS = {
  'xss.example.test': (req, res, send) => send(res, 200, XSS),
  'big.example.test': (req, res, send) => send(res, 200, BIG),
  'huge.example.test': (req, res, send) => send(res, 200, HUGE),
  'odd.example.test': (req, res, send) => send(res, 200, ODD),
  'noheader.example.test': (req, res, send) => send(res, 200, NO_HEADER),
  'headeronly.example.test': (req, res, send) => send(res, 200, HEADER_ONLY),
  'login.example.test': (req, res, send) =>
    req.url.startsWith('/login') ? send(res, 200, LOGIN) : send(res, 302, '', { location: '/login/?next=/terms/cookies-policy/' }),
  'offsite.example.test': (req, res, send, ctx) => send(res, 302, '', { location: `http://tracker.other.test:${ctx.port}/login/` }),
  'pdf.example.test': (req, res, send) => send(res, 200, '%PDF-1.4 not html', { 'content-type': 'application/pdf' }),
  // Never answers: the reader gives up after its timeout. The socket is closed with the server.
  'hang.example.test': () => undefined,
  // Answers after 2 s: long enough for a test to navigate the tab away meanwhile.
  'slow.example.test': (req, res, send) => setTimeout(() => send(res, 200, charter(`<table>${HEADER}<tbody>${sessionRow}</tbody></table>`)), 2000),
};

/** The pages themselves, for tests that feed them to the CLI. */
const HOSTILE_PAGES = { XSS, BIG, HUGE, ODD, NO_HEADER, HEADER_ONLY, LOGIN };

module.exports = { HOSTILE_CHARTERS, HOSTILE_PAGES };
