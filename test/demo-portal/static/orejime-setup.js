// Orejime 3 (the real library, served from node_modules): purposes that declare their cookies by
// name and by RegExp. The stand-in tracker sits in a <template data-purpose> Orejime activates.
window.orejimeConfig = {
  privacyPolicyUrl: '/politique-cookies',
  lang: 'fr',
  // As Orejime's README configures it; without it Orejime 3.2.1 writes `eu-consent` for 120 days.
  cookie: { name: 'orejime', duration: 365 },
  purposes: [
    {
      id: 'analytics',
      title: 'Mesure d’audience',
      description: 'Statistiques de visite (démo).',
      cookies: ['_demo_orejime', /^_demo_oj_/],
    },
    {
      id: 'ads',
      title: 'Publicité',
      description: 'Publicité ciblée (démo).',
      cookies: [/^_demo_ads_/i],
    },
  ],
};
