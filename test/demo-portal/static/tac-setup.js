// tarteaucitron (the real library, served from node_modules) with one custom service that
// declares its cookie; the service's script writes `_demo_tac` only once the visitor allows it.
tarteaucitron.init({
  privacyUrl: '/politique-cookies',
  hashtag: '#tarteaucitron',
  cookieName: 'tarteaucitron',
  orientation: 'middle',
  showAlertSmall: false,
  cookieslist: true,
  removeCredit: true,
  handleBrowserDNTRequest: false,
  AcceptAllCta: true,
  DenyAllCta: true,
  highPrivacy: true,
  mandatory: true,
  useExternalCss: false,
});
tarteaucitron.services.demotac = {
  key: 'demotac',
  type: 'analytic',
  name: 'Mesure d’audience (démo)',
  uri: '/politique-cookies',
  needConsent: true,
  cookies: ['_demo_tac'],
  js: function () {
    'use strict';
    tarteaucitron.addScript('/static/demo-tracker.js?cookies=_demo_tac&days=390');
  },
};
(tarteaucitron.job = tarteaucitron.job || []).push('demotac');
