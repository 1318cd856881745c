import * as fc from 'fast-check';
import { compareDeclaration } from '../../../src/core/compare/compare';
import { FLAG_ORDER } from '../../../src/core/compare/flags';
import { cookieKey } from '../../../src/core/cookies/observe';
import { compileName } from '../../../src/core/match/name-matcher';
import type { Category, DeclaredEntry, ObservedCookie } from '../../../src/core/types';
import { NOW } from './helpers';

const PATTERNS = ['_ga', '_ga_*', '_gid', '_pk_id.*', '_pk_id#', '_pk_ses*', '_ga_<container-id>', '_ga_XXXXXXX',
  'sessionid', 'csrftoken', 'Any cookie starting with “_hs”', 'tout cookie commençant par « _pk »', '*', 'a*b*c', 'é*'];
const COOKIE_NAMES = ['_ga', '_ga_ABC', '_gid', '_pk_id.1.abcd', '_pk_ses.1.x', '_hssc', 'sessionid', 'csrftoken', 'abc', 'atuserid', 'é😀'];
const CATEGORIES: Category[] = ['necessary', 'functional', 'statistics', 'third-party', 'experience', 'marketing', 'unknown'];

const text = (maxLength: number) =>
  fc.oneof(fc.string({ maxLength }), fc.string({ unit: 'grapheme', maxLength }), fc.string({ unit: 'binary', maxLength }));
const name = fc.oneof(fc.constantFrom(...PATTERNS), text(8));
const entryArb: fc.Arbitrary<DeclaredEntry> = fc.record({
  names: fc.array(name, { maxLength: 3 }),
  provider: fc.constantFrom('Opendatasoft', 'Huwise', 'Matomo', 'Google', 'AT Internet', ''),
  service: fc.oneof(fc.constantFrom('', 'Mesure d’audience', 'Authentification', 'Publicité'), text(10)),
  purpose: fc.string({ maxLength: 10 }),
  durationText: fc.string({ maxLength: 5 }),
  maxAgeSeconds: fc.option(fc.integer({ min: 0, max: 10 ** 9 })),
  session: fc.boolean(),
  conditional: fc.boolean(),
  condition: fc.option(fc.string({ maxLength: 5 })),
  section: fc.string({ maxLength: 5 }),
  category: fc.constantFrom(...CATEGORIES),
});
const cookieArb: fc.Arbitrary<ObservedCookie> = fc
  .record({
    name: fc.oneof(fc.constantFrom(...COOKIE_NAMES), text(8)),
    domain: fc.constantFrom('data.example.test', '.example.test', '.tracker.other.test', '127.0.0.1', '', '.co.uk'),
    path: fc.constantFrom('/', '/explore', ''),
    hostOnly: fc.boolean(),
    secure: fc.boolean(),
    httpOnly: fc.boolean(),
    sameSite: fc.constantFrom('no_restriction', 'lax', 'strict', 'unspecified'),
    session: fc.boolean(),
    expirationDate: fc.option(fc.oneof(fc.integer({ min: NOW - 10 ** 6, max: NOW + 10 ** 9 }), fc.double()), { nil: undefined }),
    valueLength: fc.nat(100),
    storeId: fc.constantFrom('0', '1'),
    partitionKey: fc.option(fc.record({ topLevelSite: fc.constantFrom('https://example.test', '') }), { nil: undefined }),
  })
  .map((c) => {
    const out: ObservedCookie = { ...c };
    if (out.expirationDate === undefined) delete out.expirationDate;
    if (out.partitionKey === undefined) delete out.partitionKey;
    return out;
  });

describe('compareDeclaration (property)', () => {
  it('never throws, covers every cookie once, every uncovered name once, and counts its rows', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 8 }), fc.array(cookieArb, { maxLength: 12 }), fc.constantFrom('https://data.example.test/', '', 'nonsense'), (entries, cookies, pageUrl) => {
        const report = compareDeclaration({ title: 't', url: '', entries }, cookies, { pageUrl, now: NOW });

        // Every distinct observed cookie is on exactly one row.
        const keys = new Set(cookies.map(cookieKey));
        const rowKeys = report.rows.filter((r) => r.observed).map((r) => cookieKey(r.observed!));
        expect(rowKeys.length).toBe(keys.size);
        expect(new Set(rowKeys)).toEqual(keys);

        // A declared name has an absent row exactly when no observed cookie matches it.
        for (const e of entries) {
          for (const written of new Set(e.names)) {
            const matcher = compileName(written);
            const covers = cookies.some((c) => matcher.test(c.name));
            const absent = report.rows.filter((r) => r.status === 'absent' && r.declared === e && r.declaredName === written).length;
            expect(absent).toBe(covers ? 0 : e.names.filter((n) => n === written).length);
            // ...and a cookie any declared name covers is matched, never vague or undeclared.
            for (const c of cookies) if (matcher.test(c.name)) {
              const row = report.rows.find((r) => r.observed && cookieKey(r.observed) === cookieKey(c));
              expect(row?.status).toBe('matched');
            }
          }
        }

        // Unnamed entries: one `unnamed` row each, unless a cookie fell under them (vague).
        for (const e of entries.filter((x) => x.names.length === 0)) {
          const rows = report.rows.filter((r) => r.declared === e);
          expect(rows.length === 1 && rows[0]!.status === 'unnamed' || rows.every((r) => r.status === 'vague')).toBe(true);
        }

        // Flags are unique and in the public order.
        for (const r of report.rows) expect(r.flags).toEqual(FLAG_ORDER.filter((f) => r.flags.includes(f)));

        const count = (s: string) => report.rows.filter((r) => r.status === s).length;
        expect(report.summary).toEqual({
          declared: entries.reduce((n, e) => n + (e.names.length || 1), 0),
          observed: keys.size,
          matched: count('matched'),
          undeclared: count('undeclared'),
          absent: count('absent'),
          vague: count('vague'),
          unnamed: count('unnamed'),
        });
      }),
      { numRuns: 300 },
    );
  });
});
