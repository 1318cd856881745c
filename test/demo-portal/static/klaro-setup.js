// Klaro 0.7 (the real library, served from node_modules): services that declare their cookies by
// name and by RegExp. The stand-in tracker is a <script type="text/plain" data-name> Klaro activates.
window.klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  cookieExpiresAfterDays: 120,
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  lang: 'fr',
  translations: {
    zz: { privacyPolicyUrl: '/politique-cookies' },
    fr: { purposes: { analytics: 'Mesure d’audience', advertising: 'Publicité' } },
  },
  services: [
    { name: 'demoanalytics', title: 'Statistiques (démo)', purposes: ['analytics'], cookies: ['_demo_klaro', /^_demo_kl_/] },
    { name: 'demoads', title: 'Publicité (démo)', purposes: ['advertising'], cookies: [[/^_demo_ads_/, '/', location.hostname]] },
  ],
};
