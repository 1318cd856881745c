/**
 * A site's policy page and its consent platform's configuration merged into one declaration, each
 * entry keeping its source, and their disagreements as `declaration-disagreement` findings.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareDeclaration } from '../../../src/core/compare/compare';
import { MAX_DISAGREEMENTS, mergeDeclarations } from '../../../src/core/declaration/merge';
import { readPageGlobals } from '../../../src/core/declaration/page-globals';
import { readPolicy } from '../../../src/core/declaration/policy';
import type { Declaration, DeclarationSource } from '../../../src/core/types';

const SITE = 'https://www.villaverde.test/';
const POLICY_URL = `${SITE}politica-de-cookies/`;
const html = readFileSync(join(__dirname, '../../fixtures/policies/es-politica-cookies.html'), 'utf8');
const doc = new JSDOM(html, { url: POLICY_URL, virtualConsole: new VirtualConsole() }).window.document;

function policy(): Declaration {
  const parsed = readPolicy(doc, POLICY_URL);
  if (parsed.kind !== 'declaration') throw new Error('expected a declaration');
  return parsed.declaration;
}
/** The site's tarteaucitron: _ga and _gid (as the policy), _fbp as analytics (the policy says advertising), _gcl_au undeclared by the policy. */
const tarteaucitron = (): Declaration =>
  readPageGlobals(
    {
      tarteaucitron: {
        job: ['gtag', 'facebookpixel'],
        services: {
          gtag: { type: 'analytic', name: 'Google Analytics', cookies: ['_ga', '_gid', '_gcl_au'] },
          facebookpixel: { type: 'analytic', name: 'Facebook Pixel', cookies: ['_fbp'] },
        },
        parameters: { cookieName: 'cookies_aceptadas' },
      },
    },
    SITE,
  ).declarations[0]!;
const TABLE: DeclarationSource = { kind: 'cookie-table', url: POLICY_URL };
const TAC: DeclarationSource = { kind: 'tarteaucitron', url: SITE };

describe('mergeDeclarations', () => {
  it('keeps each entry once with its source: the first declaration wins a name, later ones add what it lacks', () => {
    const { declaration } = mergeDeclarations([policy(), tarteaucitron()]);
    expect(declaration.entries.map((e) => [e.names.join(' '), e.source?.kind])).toEqual([
      ['JSESSIONID', 'cookie-table'],
      ['cookies_aceptadas', 'cookie-table'],
      ['_ga', 'cookie-table'],
      ['_gid', 'cookie-table'],
      ['_fbp', 'cookie-table'],
      ['idioma', 'cookie-table'],
      ['tamano_letra', 'cookie-table'],
      ['_gcl_au', 'tarteaucitron'],
    ]);
    expect(declaration.source).toBeUndefined();
    expect([declaration.title, declaration.url]).toEqual([policy().title, POLICY_URL]);
  });

  it('lists what they disagree on: another consent category, and names one makes and the other does not', () => {
    const { disagreements } = mergeDeclarations([policy(), tarteaucitron()]);
    expect(disagreements).toEqual([
      {
        finding: 'declaration-disagreement',
        name: '_fbp',
        about: 'category',
        first: { source: TABLE, says: 'marketing' },
        second: { source: TAC, says: 'statistics' },
      },
      {
        finding: 'declaration-disagreement',
        name: '_gcl_au',
        about: 'undeclared',
        first: { source: TAC, says: 'statistics' },
        second: { source: TABLE, says: '' },
      },
    ]);
  });

  it('a necessary cookie a consent manager does not list is expected; a scanner (OneTrust) must list it', () => {
    const onetrust = readPageGlobals(
      { onetrust: { Groups: [{ CustomGroupId: 'C0002', GroupName: 'Performance', Cookies: [{ Name: '_ga' }, { Name: '_gid' }, { Name: '_fbp' }] }] } },
      SITE,
    ).declarations[0]!;
    const missing = mergeDeclarations([policy(), onetrust])
      .disagreements.filter((d) => d.about === 'undeclared')
      .map((d) => d.name);
    expect(missing).toEqual(['JSESSIONID', 'cookies_aceptadas', 'idioma', 'tamano_letra']);
  });

  it('lifetimes that differ beyond rounding disagree; 395 and 396 days, or an unknown lifetime, do not', () => {
    const entry = (names: string[], maxAgeSeconds: number | null, session = false) => ({
      names,
      provider: '',
      service: '',
      purpose: '',
      durationText: '',
      maxAgeSeconds,
      session,
      conditional: false,
      condition: null,
      section: '',
      category: 'statistics' as const,
    });
    const a: Declaration = {
      title: 'a',
      url: 'a',
      source: { kind: 'cookie-table', url: 'a' },
      entries: [entry(['_ga'], 365 * 86400), entry(['_gid'], 86400), entry(['_pk_id.*'], 395 * 86400), entry(['s'], null, true)],
    };
    const b: Declaration = {
      title: 'b',
      url: 'b',
      source: { kind: 'klaro', url: 'b' },
      entries: [entry(['_ga'], 730 * 86400), entry(['_gid'], null), entry(['_pk_id.#'], 396 * 86400), entry(['s'], 3600)],
    };
    const found = mergeDeclarations([a, b]).disagreements.map((d) => `${d.about} ${d.name} ${d.first.says} / ${d.second.says}`);
    expect(found).toEqual(['duration _ga 365 days / 730 days', 'duration s session / 1 hour']);
  });

  it('a name a pattern of the other source covers is not "undeclared" (`_pk_id.1.ab` under `_pk_*`)', () => {
    const klaro = readPageGlobals(
      { klaro: { services: [{ name: 'matomo', purposes: ['analytics'], cookies: [{ $regexp: '^_pk_.*$', flags: '' }] }], storageMethod: 'localStorage' } },
      SITE,
    ).declarations[0]!;
    const table: Declaration = { ...policy(), entries: [{ ...policy().entries[2]!, names: ['_pk_id.1.ab'], category: 'statistics' }] };
    const about = mergeDeclarations([table, klaro]).disagreements.map((d) => `${d.about} ${d.name}`);
    expect(about).toEqual(['undeclared _pk_*']);
  });

  it('the merged declaration compares like any other: the report row keeps the entry’s source', () => {
    const { declaration } = mergeDeclarations([policy(), tarteaucitron()]);
    const cookie = {
      name: '_gcl_au',
      domain: '.villaverde.test',
      path: '/',
      hostOnly: false,
      secure: true,
      httpOnly: false,
      sameSite: 'lax' as const,
      session: false,
      expirationDate: 1_900_000_000,
      valueLength: 20,
    };
    const report = compareDeclaration(declaration, [cookie], { pageUrl: SITE, charterUrl: POLICY_URL, now: 1_800_000_000 });
    expect(report.rows.find((r) => r.observed?.name === '_gcl_au')).toMatchObject({ status: 'matched', declared: { source: TAC } });
  });

  it('one source alone keeps its declaration-level source; nothing, or a flood of disagreements, stays bounded', () => {
    expect(mergeDeclarations([policy()]).declaration.source).toEqual(TABLE);
    expect(mergeDeclarations([])).toEqual({ declaration: { title: '', url: '', entries: [] }, disagreements: [] });
    const base = policy();
    const many = (kind: DeclarationSource['kind'], prefix: string): Declaration => ({
      ...base,
      source: { kind, url: kind },
      entries: Array.from({ length: 2000 }, (_, i) => ({ ...base.entries[0]!, names: [`${prefix}${i}`], source: { kind, url: kind } })),
    });
    expect(mergeDeclarations([many('cookie-table', 'a'), many('klaro', 'b')]).disagreements).toHaveLength(MAX_DISAGREEMENTS);
  });
});
