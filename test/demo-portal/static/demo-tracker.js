// A stand-in for a third-party service a consent library loads only once the visitor accepts:
// it writes the cookies named in its own address (`?cookies=a,b&days=n`), on each page view.
(function () {
  'use strict';
  var query = new URL(document.currentScript.src).searchParams;
  var days = Number(query.get('days') || 390);
  (query.get('cookies') || '')
    .split(',')
    .filter(Boolean)
    .forEach(function (name) {
      document.cookie = name + '=' + Math.random().toString(16).slice(2) + '; path=/; max-age=' + days * 86400 + '; SameSite=Lax';
    });
})();
