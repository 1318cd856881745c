/** A small report with every status, built from the comparison helpers. */
import { compareDeclaration } from '../../../src/core/compare/compare';
import type { ExportMeta } from '../../../src/core/export/meta';
import { cookie, declaration, entry, NOW, PAGE } from '../compare/helpers';

export const META: ExportMeta = {
  charterUrl: 'https://data.example.test/terms/cookies-policy/',
  fetchedAt: '2027-01-15T10:00:00.000Z',
  charterSha256: 'a'.repeat(64),
  extensionVersion: '0.1.0',
  browser: 'firefox',
};

export function sampleReport() {
  const decl = declaration([
    entry(['sessionid'], { purpose: 'Se souvenir de l’utilisateur', durationText: '2 weeks by default', maxAgeSeconds: 1_209_600 }),
    entry(['django_language'], { conditional: true, condition: 'multilingual', purpose: 'Langue, "FR" | EN\nsecond line' }),
    entry(['_pk_id.*'], { provider: 'Matomo', category: 'statistics', durationText: '13 mois', maxAgeSeconds: 34_187_400 }),
    entry([], { provider: '', service: 'Mesure d’audience', purpose: '=HYPERLINK("http://evil.test")' }),
    entry([], { provider: 'Hotjar', service: 'Heatmaps | UX', category: 'experience' }),
  ]);
  const cookies = [
    cookie('sessionid', null, { httpOnly: true }),
    cookie('_pk_id.1.abcd', 25 * 2_629_800, { domain: '.example.test', hostOnly: false }),
    cookie('_ga', 3600, { domain: '.example.test', hostOnly: false }),
    cookie('=cmd|calc', 3600, { domain: '.tracker.other.test', partitionKey: { topLevelSite: 'https://example.test' }, sameSite: 'no_restriction' }),
    Object.assign(cookie('leaky', 3600), { value: 'SECRET-VALUE' }),
  ];
  return { decl, report: compareDeclaration(decl, cookies, { pageUrl: PAGE, now: NOW }) };
}
