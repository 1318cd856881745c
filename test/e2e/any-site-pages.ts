/**
 * Sites of the any-site e2e test (test/e2e/any-site.test.ts) that the demo does not serve: a
 * policy linked by German words, a prose-only policy, hostile and stuck consent-platform globals,
 * and a site whose policy is neither linked nor at a usual address (found only once pointed at).
 * Served by the demo server's `sites` option, on 127.0.0.1 like the rest.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

type Site = (req: IncomingMessage, res: ServerResponse) => void;

const DAY = 86_400;
const html = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

function send(res: ServerResponse, status: number, body: string, cookies: string[] = []) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'set-cookie': cookies });
  res.end(body);
}

const table = (rows: string[][]) =>
  `<table><thead><tr><th>Name</th><th>Provider</th><th>Purpose</th><th>Duration</th></tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

/** Pages by path; anything else is a 404 (so the usual addresses answer "absent"). */
function site(pages: Record<string, string>, cookies: string[] = []): Site {
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = pages[path];
    if (body === undefined) return send(res, 404, html('Not found', '<h1>Not found</h1>'));
    send(res, 200, body, cookies);
  };
}

// Globals a hostile page sets before any consent platform would: nothing of it may run in the
// extension, hang it, or be taken for a declaration.
const HOSTILE = `<script>
Object.defineProperty(window, 'tarteaucitron', { get() { throw new Error('no'); } });
window.klaroConfig = { services: new Array(1e6).fill(null) };
window.orejimeConfig = new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); }, getOwnPropertyDescriptor() { throw new Error('trap'); } });
window.CookieConsentDialog = JSON.parse('{"__proto__": {"cookieTableNecessary": [["evil", "x", "y", "1 year", "1"]]}}');
Object.prototype.cookieTableStatistics = [['proto_cookie', 'x', 'y', '1 year', '1']];
window._ckyConfig = Object.create({ _categories: [{ slug: 'analytics', cookies: [{ cookieID: 'inherited' }] }] });
</script>`;

// A getter that holds the page's thread for 4 s: the extension must answer before.
const STUCK = `<script>Object.defineProperty(window, 'klaroConfig', { get() { const end = Date.now() + 4000; while (Date.now() < end); return { services: [] }; } });</script>`;

const POINTED_COOKIE = `pt_id=${'p'.repeat(16)}; Domain=pointed.test; Path=/; Max-Age=${300 * DAY}; SameSite=Lax`;

export const ANY_SITES: Record<string, Site> = {
  'table.anysite.test': site(
    {
      '/': html(
        'Stadtwerke',
        '<h1>Stadtwerke</h1><footer><a href="/impressum">Impressum</a> <a href="/cookie-richtlinie">Datenschutz / Cookie-Richtlinie</a></footer>',
      ),
      '/cookie-richtlinie': html(
        'Cookie-Richtlinie',
        `<h1>Cookie-Richtlinie</h1>${table([
          ['as_session', 'Stadtwerke', 'Keeps you signed in', 'Session'],
          ['as_pref', 'Stadtwerke', 'Remembers your preferences', '1 year'],
        ])}`,
      ),
    },
    ['as_session=1; Path=/; SameSite=Lax', `as_undeclared=1; Path=/; Max-Age=${30 * DAY}; SameSite=Lax`],
  ),
  'prose.anysite.test': site({
    '/': html('Library', '<h1>Library</h1><footer><a href="/cookie-policy/">Cookie policy</a></footer>'),
    '/cookie-policy/': html(
      'Cookie policy',
      '<h1>Cookie policy</h1><p>We use a few cookies to keep the site working and, with your consent, to count visits.</p>',
    ),
  }),
  'hostile.anysite.test': site({ '/': html('Hostile', '<h1>Globals built to mislead</h1>', HOSTILE) }),
  'stuck.anysite.test': site({ '/': html('Stuck', '<h1>A getter that holds the thread</h1>', STUCK) }),
  'www.pointed.test': site(
    {
      '/': html('Pointed', '<h1>Home</h1>'),
      '/legal/cookies': html(
        'Cookies',
        `<h1>Cookies</h1>${table([
          ['pt_id', 'Pointed', 'Identifies your basket', '1 year'],
          ['pt_consent', 'Pointed', 'Remembers your choice', '6 months'],
        ])}`,
      ),
    },
    [POINTED_COOKIE],
  ),
  'shop.pointed.test': site({ '/': html('Shop', '<h1>Shop</h1>') }, [POINTED_COOKIE]),
};

export const ANY_SITE_HOSTS = Object.keys(ANY_SITES);
