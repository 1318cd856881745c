// The demo portals' Opendatasoft-like consent banner and the trackers it gates (stand-ins, not the
// real Matomo or Google Analytics: they only write the cookies those tools write).
// How this page behaves comes from its own <script> tag's data-* attributes, set by the server:
//   data-site-hash  the <hash> of `_pk_id.1.<hash>` (Matomo derives it from the domain and path)
//   data-format     `json` (the hinted Opendatasoft format) or `opaque` (a `v2.<hex>` token)
//   data-before     trackers written before any choice (misbehaving: `matomo,ga`)
//   data-refused    trackers written again on every page view after a refusal (misbehaving: `ga`)
//   data-ga-days    lifetime of `_ga` (Google Analytics writes 2 years; the charter says 13 months)
(function () {
  'use strict';
  var me = document.currentScript;
  var list = function (name) {
    return (me.getAttribute(name) || '').split(',').filter(Boolean);
  };
  var hash = me.getAttribute('data-site-hash') || '0000';
  var opaque = me.getAttribute('data-format') === 'opaque';
  var before = list('data-before');
  var refused = list('data-refused');
  var gaDays = Number(me.getAttribute('data-ga-days') || 395);
  var DAY = 86400;
  var PREFS = 'cookies_preferences';
  var OPAQUE_STORE = 'ods-consent-v2'; // where the opaque variant keeps the choice itself
  var wellBehaved = before.length === 0 && refused.length === 0;

  // Host-only cookies: real trackers write on the registrable domain, but every demo host shares
  // example.test, and one demo site must not leak its cookies into another's tests.
  function write(name, value, seconds) {
    document.cookie = name + '=' + value + '; path=/; max-age=' + seconds + '; SameSite=Lax';
  }
  function readCookie(name) {
    var found = document.cookie.split('; ').filter(function (c) {
      return c.slice(0, name.length + 1) === name + '=';
    })[0];
    return found === undefined ? undefined : found.slice(name.length + 1);
  }
  function hex(n) {
    var out = '';
    while (out.length < n) out += Math.floor(Math.random() * 16).toString(16);
    return out;
  }

  /** The recorded choice `{ ga, matomo }`, or undefined when none. */
  function readPrefs() {
    var raw = readCookie(PREFS);
    if (raw === undefined) return undefined;
    try {
      var prefs = opaque ? JSON.parse(localStorage.getItem(OPAQUE_STORE) || 'null') : JSON.parse(decodeURIComponent(raw));
      return prefs && typeof prefs === 'object' ? { ga: prefs.ga === true, matomo: prefs.matomo === true } : { ga: false, matomo: false };
    } catch {
      return { ga: false, matomo: false };
    }
  }
  function savePrefs(ga, matomo) {
    var choice = { ga: ga, matomo: matomo, xiti: false, at: false, piano: false, eulerian: false, functional_cookies: true, timestamp: Date.now() };
    if (opaque) localStorage.setItem(OPAQUE_STORE, JSON.stringify(choice));
    write(PREFS, opaque ? 'v2.' + hex(24) : encodeURIComponent(JSON.stringify(choice)), 182 * DAY);
  }

  var TRACKERS = {
    // Matomo: a visitor id for 13 months and a visit for 30 minutes, both renewed on each page view.
    matomo: function () {
      write('_pk_id.1.' + hash, hex(16) + '.' + Math.floor(Date.now() / 1000) + '.', 393 * DAY);
      write('_pk_ses.1.' + hash, '1', 1800);
    },
    ga: function () {
      write('_ga', 'GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000), gaDays * DAY);
    },
  };
  function run(names) {
    names.forEach(function (name) {
      TRACKERS[name]();
    });
  }
  function forget(name) {
    document.cookie.split('; ').forEach(function (c) {
      var key = c.split('=')[0];
      if (name === 'matomo' ? key.indexOf('_pk_') === 0 : key === '_ga') write(key, '', 0);
    });
  }

  /** One page view: what this portal writes given the choice on record. */
  function pageView(prefs) {
    if (!prefs) return run(before);
    ['matomo', 'ga'].forEach(function (name) {
      if (prefs[name] || refused.indexOf(name) >= 0) TRACKERS[name]();
    });
  }

  var banner = document.querySelector('.ods-cookies-banner');
  var switches = banner.querySelectorAll('.ods-cookies-banner__switch');
  function open(prefs) {
    switches.forEach(function (s) {
      s.checked = Boolean(prefs && prefs[s.name]);
    });
    banner.hidden = false;
    switches[0].focus();
  }
  banner.querySelector('.ods-cookies-banner__save').addEventListener('click', function () {
    var on = {};
    switches.forEach(function (s) {
      on[s.name] = s.checked;
    });
    var was = readPrefs();
    savePrefs(on.ga === true, on.matomo === true);
    banner.hidden = true;
    // A well-behaved portal removes what a withdrawn choice no longer allows; the others keep it.
    ['matomo', 'ga'].forEach(function (name) {
      if (wellBehaved && was && was[name] && !on[name]) forget(name);
    });
    pageView(readPrefs());
  });
  document.querySelector('.ods-manage-cookies').addEventListener('click', function () {
    open(readPrefs());
  });

  var prefs = readPrefs();
  if (!prefs) open(undefined);
  pageView(prefs);
})();
