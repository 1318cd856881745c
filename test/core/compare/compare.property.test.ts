import { appendFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { parseCharter } from '../../../src/core/charter/parse-charter';
import { compareDeclaration } from '../../../src/core/compare/compare';
import { FLAG_ORDER } from '../../../src/core/compare/flags';
import { parseCookieFile } from '../../../src/core/cookies/cookie-file';
import { cookieKey, toObserved } from '../../../src/core/cookies/observe';
import type { RawCookie } from '../../../src/core/cookies/raw-cookie';
import { compileName } from '../../../src/core/match/name-matcher';
import type { Category, DeclaredEntry, ObservedCookie } from '../../../src/core/types';
import { makeBodyFactory } from '../charter/load';
import { NOW } from './helpers';

/**
 * Runs per property: a quick default for `npm test`, or CC_FUZZ_RUNS for `npm run fuzz`, which
 * also names a file (CC_FUZZ_REPORT) where each property adds how many cases it tried.
 */
const runs = (quick: number) => Number(process.env.CC_FUZZ_RUNS) || quick;
const timeout = (quick: number) => Math.max(60_000, runs(quick) * 50);
const tried: Record<string, number> = {};
const count = (what: string) => (tried[what] = (tried[what] ?? 0) + 1);
afterAll(() => {
  if (process.env.CC_FUZZ_REPORT)
    appendFileSync(
      process.env.CC_FUZZ_REPORT,
      Object.entries(tried)
        .map(([what, cases]) => `${JSON.stringify({ what, cases })}\n`)
        .join(''),
    );
});

const PATTERNS = [
  '_ga',
  '_ga_*',
  '_gid',
  '_pk_id.*',
  '_pk_id#',
  '_pk_ses*',
  '_ga_<container-id>',
  '_ga_XXXXXXX',
  'sessionid',
  'csrftoken',
  'Any cookie starting with “_hs”',
  'tout cookie commençant par « _pk »',
  '*',
  'a*b*c',
  'é*',
];
const COOKIE_NAMES = ['_ga', '_ga_ABC', '_gid', '_pk_id.1.abcd', '_pk_ses.1.x', '_hssc', 'sessionid', 'csrftoken', 'abc', 'atuserid', 'é😀'];
const CATEGORIES: Category[] = ['necessary', 'functional', 'statistics', 'third-party', 'experience', 'marketing', 'unknown'];

const text = (maxLength: number) => fc.oneof(fc.string({ maxLength }), fc.string({ unit: 'grapheme', maxLength }), fc.string({ unit: 'binary', maxLength }));
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

/** What every comparison must be, whatever it is given: checked against its inputs. */
function expectSound(entries: DeclaredEntry[], cookies: ObservedCookie[], pageUrl: string): void {
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
      for (const c of cookies)
        if (matcher.test(c.name)) {
          const row = report.rows.find((r) => r.observed && cookieKey(r.observed) === cookieKey(c));
          expect(row?.status).toBe('matched');
        }
    }
  }

  // Unnamed entries: one `unnamed` row each, unless a cookie fell under them (vague).
  for (const e of entries.filter((x) => x.names.length === 0)) {
    const rows = report.rows.filter((r) => r.declared === e);
    expect((rows.length === 1 && rows[0]!.status === 'unnamed') || rows.every((r) => r.status === 'vague')).toBe(true);
  }

  // Flags are unique and in the public order.
  for (const r of report.rows) expect(r.flags).toEqual(FLAG_ORDER.filter((f) => r.flags.includes(f)));

  const ofStatus = (s: string) => report.rows.filter((r) => r.status === s).length;
  expect(report.summary).toEqual({
    declared: entries.reduce((n, e) => n + (e.names.length || 1), 0),
    observed: keys.size,
    matched: ofStatus('matched'),
    undeclared: ofStatus('undeclared'),
    absent: ofStatus('absent'),
    vague: ofStatus('vague'),
    unnamed: ofStatus('unnamed'),
  });
}

describe('compareDeclaration (property)', () => {
  it(
    'never throws, covers every cookie once, every uncovered name once, and counts its rows',
    () => {
      fc.assert(
        fc.property(
          fc.array(entryArb, { maxLength: 8 }),
          fc.array(cookieArb, { maxLength: 12 }),
          fc.constantFrom('https://data.example.test/', '', 'nonsense'),
          (entries, cookies, pageUrl) => {
            count('generated jars');
            expectSound(entries, cookies, pageUrl);
          },
        ),
        { numRuns: runs(150) },
      );
    },
    timeout(150),
  );

  // Real jars (the cookie fixtures, as the CLI reads them) against real charters, mutated.
  const FIXTURES = join(__dirname, '..', '..', 'fixtures');
  const JARS = readdirSync(join(FIXTURES, 'cookies'))
    .filter((f) => /\.(json|txt)$/.test(f))
    .map((f) => readFileSync(join(FIXTURES, 'cookies', f), 'utf8'));
  const makeDoc = makeBodyFactory(); // one jsdom window for all: a window each costs more than the parse
  const CHARTERS = [...readdirSync(join(FIXTURES, 'charters')).map((f) => `charters/${f}`), 'cookies/demo-charter.html'].flatMap((path) => {
    const body = readFileSync(join(FIXTURES, path), 'utf8').replace(/^[\s\S]*?<body[^>]*>|<\/body>[\s\S]*$/g, '');
    const parsed = parseCharter(makeDoc(body), '');
    return parsed.kind === 'declaration' ? [parsed.declaration.entries] : [];
  });
  const PAGES = ['https://data.example.test/explore/', 'http://data.example.test/', 'https://example.test/', 'https://tracker.other.test/', '', 'nonsense'];
  const jarOf = (file: string): RawCookie[] => {
    const parsed = parseCookieFile(file);
    return parsed.ok ? parsed.cookies : [];
  };
  /** One change to a real cookie: its name (to a declared one, a variant, or noise), domain, flags, expiry, partition. */
  const COOKIE_CHANGE = fc.tuple(
    fc.constantFrom('declared-name', 'suffix', 'name', 'domain', 'flags', 'expiry', 'partition', 'duplicate', 'drop'),
    fc.nat(),
    text(8),
    fc.double(),
  );

  function mutateJar(jar: RawCookie[], entries: DeclaredEntry[], changes: [string, number, string, number][]): RawCookie[] {
    const out = jar.map((c) => ({ ...c }));
    const names = entries.flatMap((e) => e.names);
    for (const [kind, n, noise, number] of changes) {
      const c = out[n % Math.max(out.length, 1)];
      if (!c) break;
      if (kind === 'declared-name' && names.length) c.name = names[n % names.length]!;
      if (kind === 'suffix') c.name = `${names[n % Math.max(names.length, 1)] ?? c.name}${noise}`;
      if (kind === 'name') c.name = noise;
      if (kind === 'domain') c.domain = ['.example.test', 'data.example.test', '.other.test', '', '.', 'DATA.EXAMPLE.TEST', noise][n % 7]!;
      if (kind === 'flags') Object.assign(c, { hostOnly: n % 2 === 0, secure: n % 3 === 0, httpOnly: n % 5 === 0, session: n % 7 === 0, sameSite: noise });
      if (kind === 'expiry') c.expirationDate = [number, NOW + n, NOW - n, 0, -1, 1e300][n % 6];
      if (kind === 'partition') c.partitionKey = n % 2 ? { topLevelSite: `https://${noise}` } : null;
      if (kind === 'duplicate') out.push({ ...c });
      if (kind === 'drop') out.splice(n % out.length, 1);
    }
    return out;
  }

  it(
    'compares mutated real jars with real charters soundly',
    () => {
      fc.assert(
        fc.property(
          fc.nat(),
          fc.nat(),
          fc.array(COOKIE_CHANGE, { maxLength: 10 }),
          fc.constantFrom(...PAGES),
          fc.array(text(8), { maxLength: 3 }),
          (j, e, changes, pageUrl, readable) => {
            count('mutated real jars');
            const entries = CHARTERS[e % CHARTERS.length]!;
            const jar = mutateJar(jarOf(JARS[j % JARS.length]!), entries, changes);
            const names = new Set([...readable, ...jar.filter((_, i) => i % 2 === 0).map((c) => c.name)]);
            expectSound(
              entries,
              jar.map((c) => toObserved(c, names, pageUrl)),
              pageUrl,
            );
          },
        ),
        { numRuns: runs(100) },
      );
    },
    timeout(100),
  );

  // The cookie file itself, cut and spliced: the reader answers cookies or one error, never throws.
  const FILE_CUT = fc.tuple(
    fc.nat(),
    fc.nat(40),
    fc.oneof(text(6), fc.constantFrom('', '"', ',', '{', '}', '[', ']', '\t', '\n', 'null', '1e999', '"name":', '#HttpOnly_')),
  );

  it(
    'reads mutated real cookie files into cookies or one error, and compares what it read',
    () => {
      fc.assert(
        fc.property(fc.nat(), fc.array(FILE_CUT, { minLength: 1, maxLength: 4 }), fc.nat(), (j, cuts, e) => {
          count('mutated real cookie files');
          const file = cuts.reduce(
            (t, [at, length, insert]) => {
              const start = at % (t.length + 1);
              return t.slice(0, start) + insert + t.slice(start + length);
            },
            JARS[j % JARS.length]!,
          );
          const parsed = parseCookieFile(file);
          if (!parsed.ok) {
            expect(typeof parsed.error === 'string' && parsed.error.length > 0).toBe(true);
            return;
          }
          count('mutated real cookie files read as cookies');
          for (const c of parsed.cookies) expect(typeof c.name === 'string' && typeof c.domain === 'string').toBe(true);
          expectSound(
            CHARTERS[e % CHARTERS.length]!,
            parsed.cookies.map((c) => toObserved(c)),
            PAGES[0]!,
          );
        }),
        { numRuns: runs(100) },
      );
    },
    timeout(100),
  );
});
