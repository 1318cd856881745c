// Consent-platform globals built to hurt whoever reads them: getters that throw, a million
// services, Proxies whose every trap throws, self-references and `__proto__` keys. A reader must
// end in a clear state, never hang, never run any of it, never pollute its own prototypes.
(function () {
  'use strict';
  var boom = function () {
    throw new Error('hostile getter');
  };
  var trap = new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
  window.tarteaucitron = Object.defineProperties({}, { job: { get: boom, enumerable: true }, services: { get: boom, enumerable: true } });
  var services = Array.from({ length: 1e6 }, function (_, i) {
    return { name: 'service_' + i, cookies: ['c_' + i, /^r_/] };
  });
  window.klaroConfig = { services: services, cookieName: { toString: boom } };
  window.orejimeConfig = trap;
  var loop = { name: 'loop' };
  loop.self = loop;
  loop.cookies = [loop];
  window.CookieConsentDialog = {
    cookieTableNecessary: [loop],
    get cookieTableStatistics() {
      return boom();
    },
  };
  // JSON.parse makes `__proto__` an own key, as a page's config fetched as JSON would.
  window._ckyConfig = JSON.parse(
    '{"__proto__": {"polluted": true}, "categories": [{"slug": "analytics", "cookies": [{"cookieID": "__proto__", "duration": "1 year"}]}]}',
  );
  window.OneTrust = trap;
  document.cookie = 'hostile_seen=1; path=/; max-age=3600; SameSite=Lax';
})();
