import { compareDeclaration } from '../../../src/core/compare/compare';
import type { Report } from '../../../src/core/types';
import { cookie, declaration, entry, NOW, PAGE } from './helpers';

const ctx = { pageUrl: PAGE, now: NOW };
const lines = (report: Report) => report.rows.map((r) => `${r.status} ${r.observed?.name ?? '-'} ${r.declaredName ?? '-'}`);

describe('compareDeclaration: statuses', () => {
  const decl = declaration([
    entry(['sessionid']),
    entry(['csrftoken', 'django_language'], { conditional: true, condition: 'multilingual portal' }),
    entry(['_pk_id.*', '_pk_ses.*'], { provider: 'Matomo', category: 'statistics', section: 'Mesure d’audience' }),
    entry([], { provider: '', service: 'Mesure d’audience (front et back office)', category: 'necessary' }),
    entry([], { provider: 'AT Internet', service: 'Statistiques', category: 'statistics' }),
    entry([], { provider: 'Hotjar', service: 'Heatmaps', category: 'experience' }),
  ]);
  const observed = [
    cookie('zz_unknown'),
    cookie('_pk_id.1.abcd', 3600, { domain: '.example.test', hostOnly: false }),
    cookie('sessionid', null, { httpOnly: true }),
    cookie('_ga', 3600, { domain: '.example.test', hostOnly: false }),
    cookie('atuserid'),
    cookie('a_unknown'),
    cookie('_pk_id.1.abcd', 3600, { domain: '.example.test', hostOnly: false }),
  ];
  const report = compareDeclaration(decl, observed, ctx);

  it('gives one row per observed cookie and per uncovered declaration, in charter order', () => {
    expect(lines(report)).toEqual([
      'matched sessionid sessionid',
      'absent - csrftoken',
      'absent - django_language',
      'matched _pk_id.1.abcd _pk_id.*',
      'absent - _pk_ses.*',
      'unnamed - -',
      'vague _ga -',
      'vague atuserid -',
      'undeclared a_unknown -',
      'undeclared zz_unknown -',
    ]);
  });

  it('ties a vague cookie to the unnamed entry of its category (from the row’s own words) or vendor', () => {
    const vague = report.rows.filter((r) => r.status === 'vague');
    expect(vague.map((r) => [r.observed?.name, r.declared])).toEqual([
      ['_ga', decl.entries[3]],
      ['atuserid', decl.entries[4]],
    ]);
    expect(vague.every((r) => r.declaredName === null)).toBe(true);
    expect(report.rows.find((r) => r.status === 'unnamed')?.declared).toBe(decl.entries[5]);
  });

  it('counts declared names + unnamed entries, distinct cookies, and rows by status', () => {
    expect(report.summary).toEqual({ declared: 8, observed: 6, matched: 2, undeclared: 2, absent: 3, vague: 2, unnamed: 1 });
  });

  it('carries the page, charter, title and time', () => {
    expect(report).toMatchObject({ pageUrl: PAGE, charterUrl: decl.url, title: 'Charte cookies', comparedAt: NOW });
    expect(compareDeclaration(decl, [], { ...ctx, charterUrl: 'file:///x.html' }).charterUrl).toBe('file:///x.html');
  });
});

describe('compareDeclaration: matching rules', () => {
  it('prefers a vendor + category match, then the first unnamed entry', () => {
    const decl = declaration([
      entry([], { provider: 'Google', service: 'Maps', category: 'third-party' }),
      entry([], { provider: '', service: 'Mesure d’audience', category: 'statistics' }),
      entry([], { provider: 'Google', service: 'Google Analytics', category: 'statistics' }),
    ]);
    const report = compareDeclaration(decl, [cookie('_ga')], ctx);
    expect(report.rows.find((r) => r.status === 'vague')?.declared).toBe(decl.entries[2]);
    expect(lines(report)).toEqual(['unnamed - -', 'unnamed - -', 'vague _ga -']);
  });

  it('ties an Opendatasoft cookie to an unnamed Opendatasoft entry (vendor), never an unknown cookie', () => {
    const decl = declaration([entry([], { provider: 'Huwise', service: 'Authentification', category: 'necessary' })]);
    expect(lines(compareDeclaration(decl, [cookie('sessionid'), cookie('mystery')], ctx))).toEqual(['vague sessionid -', 'undeclared mystery -']);
  });

  it('matches names case-sensitively, exact before patterns', () => {
    const decl = declaration([entry(['_pk_*']), entry(['_pk_id.1.abcd']), entry(['SessionId'])]);
    const report = compareDeclaration(decl, [cookie('_pk_id.1.abcd'), cookie('sessionid')], ctx);
    // `_pk_*` covers the cookie too, so it is not absent; the exact name takes the row.
    expect(lines(report)).toEqual(['matched _pk_id.1.abcd _pk_id.1.abcd', 'absent - SessionId', 'undeclared sessionid -']);
  });

  it('does not call a name absent when its cookie went to an earlier duplicate or a more specific name', () => {
    const decl = declaration([entry(['sessionid', 'sessionid']), entry(['sessionid']), entry(['_pk_*']), entry(['_pk_id.*'])]);
    const report = compareDeclaration(decl, [cookie('sessionid'), cookie('_pk_id.1')], ctx);
    expect(lines(report)).toEqual(['matched sessionid sessionid', 'matched _pk_id.1 _pk_id.*']);
    expect(report.rows[0]!.declared).toBe(decl.entries[0]);
  });

  it('lists every cookie a pattern covers under it, by name, domain and path', () => {
    const decl = declaration([entry(['_pk_id.*'])]);
    const report = compareDeclaration(
      decl,
      [
        cookie('_pk_id.2.b'),
        cookie('_pk_id.1.a', 1, { path: '/z' }),
        cookie('_pk_id.1.a', 1, { path: '/a' }),
        cookie('_pk_id.1.a', 1, { domain: '.example.test' }),
      ],
      ctx,
    );
    expect(report.rows.map((r) => `${r.observed?.name} ${r.observed?.domain} ${r.observed?.path}`)).toEqual([
      '_pk_id.1.a .example.test /',
      '_pk_id.1.a data.example.test /a',
      '_pk_id.1.a data.example.test /z',
      '_pk_id.2.b data.example.test /',
    ]);
  });

  it('keeps the same cookie from two stores, partitions or first-party jars as two rows, and dedupes exact repeats', () => {
    const a = cookie('sessionid');
    const report = compareDeclaration(
      declaration([entry(['sessionid'])]),
      [a, a, { ...a, storeId: '1' }, { ...a, partitionKey: { topLevelSite: 'https://x.test' } }, { ...a, firstPartyDomain: 'x.test' }],
      ctx,
    );
    expect(report.summary.observed).toBe(4);
    expect(report.summary.matched).toBe(4);
    // The jar goes with the row: the popup needs it to read the value back (Firefox refuses without).
    expect(report.rows.map((r) => r.observed?.firstPartyDomain)).toContain('x.test');
  });

  it('handles empty input and odd names without throwing', () => {
    expect(compareDeclaration(declaration([]), [], ctx).rows).toEqual([]);
    const odd = ['a=b', 'x;y', 'with space', 'çà€😀', '', '__proto__', 'constructor', '*', '<id>'];
    const report = compareDeclaration(
      declaration([entry(odd)]),
      odd.map((n) => cookie(n)),
      ctx,
    );
    expect(report.rows.filter((r) => r.status === 'matched').map((r) => r.observed?.name)).toEqual(
      odd, // `<id>` and `*` have no literal part: they only name a cookie written the same
    );
    expect(report.summary.observed).toBe(odd.length);
  });
});

describe('compareDeclaration: report cookies', () => {
  it('adds thirdParty (by registrable domain) and lifetimeSeconds, and carries no value', () => {
    const withValue = { ...cookie('_ga', 100, { domain: '.example.test' }), value: 'SECRET' };
    const report = compareDeclaration(declaration([]), [withValue, cookie('uid', null, { domain: '.tracker.other.test', hostOnly: false })], ctx);
    const [ga, uid] = report.rows.map((r) => r.observed!);
    expect(ga).toMatchObject({ thirdParty: false, lifetimeSeconds: 100 });
    expect(uid).toMatchObject({ thirdParty: true, lifetimeSeconds: null });
    expect(JSON.stringify(report)).not.toContain('SECRET');
  });

  it('flags no cookie third-party when the page URL is unknown', () => {
    const report = compareDeclaration(declaration([]), [cookie('uid', 1, { domain: 'tracker.other.test' })], { pageUrl: '', now: NOW });
    expect(report.rows[0]!.observed!.thirdParty).toBe(false);
  });
});
