// The batch audit's demo fleet (issue 12): the consent sites, well-behaved and misbehaving portal
// variants, and broken sites, each with what its three scenarios should show. The hosts are
// served by server.cjs like every demo host.
const { CONSENT_SITES, matomoCookies, odsConsentPortal, send } = require('./consent-sites.cjs');
const { POLICY_COOKIES } = require('./policy-sites.cjs');

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const good = odsConsentPortal({ site: 'Slow Open Data' });

/** A page that never finishes loading: an image that never answers, a script that never stops. */
const NEVER = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Never settles</title></head><body>
<h1>Chargement…</h1><img src="/never.gif" alt=""><ul id="feed"></ul>
<script>setInterval(() => { const li = document.createElement('li'); li.textContent = new Date().toISOString();
const feed = document.getElementById('feed'); feed.prepend(li); if (feed.children.length > 50) feed.lastElementChild.remove(); }, 100);</script></body></html>`;

/** Not a portal, no charter, no banner: it writes one functional cookie. */
const NOBODY = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Association (demo)</title></head><body>
<h1>Une association</h1><p>No portal, no cookie policy, no banner.</p><a href="/agenda/">Agenda</a>
<script>document.cookie = 'nobody_lang=fr; path=/; max-age=' + 30 * 86400 + '; SameSite=Lax';</script></body></html>`;

/** Hosts of the fleet that server.cjs does not already serve (slow.example.test replaces the hostile one). */
const FLEET_SITES = {
  // Home after 4 s; its charter after 2 s, as the hostile host it replaces (test/e2e/faults.test.ts
  // leaves the portal while the charter is still loading).
  'slow.example.test': (req, res, ctx) => {
    const path = new URL(req.url, 'http://x').pathname;
    const later = path === '/' || path.startsWith('/explore') ? 4000 : path.startsWith('/terms/cookies-policy') ? 2000 : 0;
    return later ? setTimeout(() => good(req, res, ctx), later) : good(req, res, ctx);
  },
  'never.example.test': (req, res) => (req.url === '/never.gif' ? undefined : send(res, 200, NEVER)),
  'gone.example.test': (req, res) => send(res, 404, '<!doctype html><title>Not found</title><h1>Page introuvable</h1>'),
  'binary.example.test': (req, res) => send(res, 200, Buffer.concat([PIXEL, Buffer.alloc(1024)]), { 'content-type': 'application/octet-stream' }),
  'nobody.example.test': (req, res) => send(res, 200, NOBODY),
  ...Object.fromEntries([1, 2, 3, 4].map((i) => [`p-good-${i}.example.test`, odsConsentPortal({ site: `Portail ${i}` })])),
  'p-leak-before-1.example.test': odsConsentPortal({ site: 'Fuite avant 1', before: ['ga'] }),
  'p-leak-before-2.example.test': odsConsentPortal({ site: 'Fuite avant 2', before: ['matomo'] }),
  'p-leak-after-1.example.test': odsConsentPortal({ site: 'Fuite après 1', refused: ['ga'] }),
  'p-leak-after-2.example.test': odsConsentPortal({ site: 'Fuite après 2', refused: ['matomo'] }),
};

/**
 * What one scenario should show in the batch audit's site file:
 * - `consent`: the consent state at the end (`null`: no consent cookie at all);
 * - `flags`: cookie name → audit flags its row carries (at least these);
 * - `written` / `notWritten`: cookies with / without a write in the timeline;
 * - `violation`: whether some row carries a violation flag (set-before-choice, set-after-refusal);
 *   absent when not asserted;
 * - `noBanner`: autoconsent finds nothing to click (the scenario says so, and records anyway).
 * @typedef {{ consent: null | { decided: boolean, choice?: string }, flags: Record<string, string[]>,
 *   written: string[], notWritten: string[], violation?: boolean, noBanner?: boolean }} ScenarioExpect
 */

const REFUSED = { decided: true, choice: 'refused' };
const ACCEPTED = { decided: true, choice: 'accepted' };
const scenario = (consent, written, notWritten = [], flags = {}, extra = {}) => ({ consent, flags, written: [...new Set(written)], notWritten, ...extra });

const ODS_ACCEPTED = { decided: true, choice: 'partial' };

/** An Opendatasoft-like portal that writes `before` before any choice and `refused` after a refusal. */
function odsExpect(host, { before = [], refused = [], unreadable = false } = {}) {
  const pk = matomoCookies(host);
  const names = { matomo: [pk.id, pk.ses], ga: ['_ga'] };
  const of = (trackers) => trackers.flatMap((t) => names[t]);
  const all = of(['matomo', 'ga']);
  const flagged = (trackers, flag) => Object.fromEntries(of(trackers).map((n) => [n, [flag]]));
  const chosen = (choice) => (unreadable ? { decided: true, choice: 'unknown' } : choice);
  const refuseFlags = flagged(before, 'set-before-choice');
  for (const n of of(refused)) refuseFlags[n] = [...(refuseFlags[n] ?? []), 'set-after-refusal'];
  return {
    firstVisit: scenario(
      null,
      ['csrftoken', ...of(before)],
      all.filter((n) => !of(before).includes(n)),
      flagged(before, 'set-before-choice'),
      {
        violation: before.length > 0,
      },
    ),
    refuse: scenario(
      chosen(REFUSED),
      ['csrftoken', 'cookies_preferences', ...of([...before, ...refused])],
      all.filter((n) => !of([...before, ...refused]).includes(n)),
      refuseFlags,
      unreadable ? {} : { violation: before.length + refused.length > 0 },
    ),
    // An unreadable choice leaves the phase to the user's answer: no flag asserted on acceptance.
    // The banner's switches are Matomo and Google Analytics only; its cookie keeps its other
    // trackers (xiti, piano...) false, so accepting all it offers reads `partial`.
    accept: scenario(
      chosen(ODS_ACCEPTED),
      ['csrftoken', 'cookies_preferences', ...all],
      [],
      flagged(before, 'set-before-choice'),
      unreadable ? {} : { violation: before.length > 0 },
    ),
  };
}

/** A consent library's site: its choice cookie (365 days or less) and the cookies it gates. */
function libraryExpect(choiceCookie, gated, { writesBeforeChoice = false, overSixMonths = true } = {}) {
  const choiceFlags = overSixMonths ? { [choiceCookie]: ['choice-over-6-months'] } : {};
  return {
    firstVisit: scenario(
      writesBeforeChoice ? { decided: false } : null,
      writesBeforeChoice ? [choiceCookie] : [],
      gated,
      writesBeforeChoice ? choiceFlags : {},
      {
        violation: false,
      },
    ),
    refuse: scenario(REFUSED, [choiceCookie], gated, choiceFlags, { violation: false }),
    accept: scenario(ACCEPTED, [choiceCookie, ...gated], [], choiceFlags, { violation: false }),
  };
}

const ods = (host, kind, behaviour) => ({ host, kind, expect: odsExpect(host, behaviour) });

/** A policy site without a banner: it writes its cookies (and `_ga`) on the first page view. */
function policyExpect(host) {
  const { declared, undeclared } = POLICY_COOKIES[host];
  const all = [...declared, ...undeclared];
  const flags = all.includes('_ga') ? { _ga: ['set-before-choice'] } : {};
  const visit = (extra) => scenario(null, all, [], flags, { violation: all.includes('_ga'), ...extra });
  return { firstVisit: visit({}), refuse: visit({ noBanner: true }), accept: visit({ noBanner: true }) };
}
const FAILS = { firstVisit: null, refuse: null, accept: null };

/** The fleet: `{ host, url(port), kind, fails?, expect: { firstVisit, refuse, accept } }` (ScenarioExpect each, null when `fails`). */
const FLEET = [
  ods('consent.example.test', 'good'),
  ods('leaky.example.test', 'leak-before-and-after', { before: ['matomo', 'ga'], refused: ['ga'] }),
  ods('unreadable.example.test', 'unreadable', { unreadable: true }),
  { host: 'tac.example.test', kind: 'tarteaucitron', expect: libraryExpect('tarteaucitron', ['_demo_tac'], { writesBeforeChoice: true }) },
  { host: 'orejime.example.test', kind: 'orejime', expect: libraryExpect('orejime', ['_demo_orejime', '_demo_oj_visit']) },
  { host: 'klaro.example.test', kind: 'klaro', expect: libraryExpect('klaro', ['_demo_klaro', '_demo_kl_visit'], { overSixMonths: false }) },
  ods('slow.example.test', 'slow'),
  ...[1, 2, 3, 4].map((i) => ods(`p-good-${i}.example.test`, 'good')),
  ods('p-leak-before-1.example.test', 'leak-before', { before: ['ga'] }),
  ods('p-leak-before-2.example.test', 'leak-before', { before: ['matomo'] }),
  ods('p-leak-after-1.example.test', 'leak-after', { refused: ['ga'] }),
  ods('p-leak-after-2.example.test', 'leak-after', { refused: ['matomo'] }),
  { host: 'complianz.example.test', kind: 'policy', expect: policyExpect('complianz.example.test') },
  { host: 'de.example.test', kind: 'policy', expect: policyExpect('de.example.test') },
  {
    host: 'nobody.example.test',
    kind: 'no-charter',
    expect: {
      firstVisit: scenario(null, ['nobody_lang'], [], {}, { violation: false }),
      refuse: scenario(null, ['nobody_lang'], [], {}, { violation: false, noBanner: true }),
      accept: scenario(null, ['nobody_lang'], [], {}, { violation: false, noBanner: true }),
    },
  },
  { host: 'never.example.test', kind: 'never-settles', fails: 'never-settles', expect: FAILS },
  { host: 'gone.example.test', kind: 'http-404', fails: 'http-404', expect: FAILS },
  { host: 'binary.example.test', kind: 'not-html', fails: 'not-html', expect: FAILS },
].map((site) => ({ ...site, url: (port) => `http://${site.host}:${port}/` }));

/** Every host of the fleet, in fleet order. */
const FLEET_HOSTS = FLEET.map((site) => site.host);

module.exports = { FLEET, FLEET_HOSTS, FLEET_SITES, CONSENT_SITES };
