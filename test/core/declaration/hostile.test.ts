/**
 * A page shapes its globals at will: the validators take whatever the page-world function returned
 * and end in a clear state — entries read, "capped", "errors" or "malformed" — never a throw, never
 * a prototype key, never page code run, and bounded output for unbounded input.
 */
import { MAX_PLATFORM_ENTRIES } from '../../../src/core/declaration/entries';
import { readPageGlobals } from '../../../src/core/declaration/page-globals';
import { cookieNames } from '../../../src/core/declaration/patterns';
import { MAX_ITEMS, MAX_NAME, MAX_TEXT } from '../../../src/core/declaration/untrusted';

const URL_ = 'https://hostile.example.test/';
const read = (dump: unknown) => readPageGlobals(dump, URL_);
const tac = (services: unknown, job: unknown = Object.keys(services as object)) => ({ tarteaucitron: { job, services } });

describe('values the page-world function resolved to errors', () => {
  it('a platform whose global threw is an "errors" note, and the other platforms are still read', () => {
    const { declarations, notes } = read({ cookiebot: { $error: 'getter threw' }, klaro: { services: [{ name: 'a', cookies: ['a_id'] }] } });
    expect(notes).toEqual([
      { kind: 'klaro', state: 'ok', entries: 2 },
      { kind: 'cookiebot', state: 'errors', entries: 0 },
    ]);
    expect(declarations.map((d) => d.source?.kind)).toEqual(['klaro']);
  });

  it('one service whose cookies threw: the reading says "errors", the other services are kept', () => {
    const { declarations, notes } = read(tac({ bad: { type: 'ads', cookies: { $error: 'boom' } }, good: { type: 'ads', cookies: ['ok_id'] } }));
    expect(notes[0]!.state).toBe('errors');
    expect(declarations[0]!.entries.map((e) => e.names)).toEqual([['ok_id'], ['tarteaucitron']]);
  });
});

describe('live hostile objects (the validators never call page code)', () => {
  it('a getter is never called, a Proxy whose traps all throw reads as nothing', () => {
    let calls = 0;
    const services = {
      get youtube() {
        calls++;
        throw new Error('page code ran');
      },
    };
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy({}, { get: trap, getOwnPropertyDescriptor: trap, ownKeys: trap, has: trap, getPrototypeOf: trap });
    const { declarations, notes } = read({
      ...tac(services, ['youtube']),
      cookieyes: proxy,
      onetrust: new Proxy([], { get: trap, getOwnPropertyDescriptor: trap }),
    });
    expect(calls).toBe(0);
    expect(declarations[0]!.entries.map((e) => e.names)).toEqual([['tarteaucitron']]);
    expect(notes.map((n) => [n.kind, n.state])).toEqual([
      ['tarteaucitron', 'ok'],
      ['cookieyes', 'errors'],
      ['onetrust', 'errors'],
    ]);
  });

  it('a dump that is not an object, or a revoked Proxy, is empty', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const dump of [null, undefined, 'tarteaucitron', 42, [], proxy]) expect(read(dump)).toEqual({ declarations: [], notes: [] });
  });
});

describe('sizes', () => {
  it('1e6 rows are capped at MAX_PLATFORM_ENTRIES entries and the reading says so', () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => [`c${i}`, 'host', 'purpose', '1 day']);
    const { declarations, notes } = read({ cookiebot: { cookieTableStatistics: rows } });
    expect(notes[0]).toEqual({ kind: 'cookiebot', state: 'capped', entries: Math.min(MAX_ITEMS, MAX_PLATFORM_ENTRIES) });
    expect(declarations[0]!.entries).toHaveLength(Math.min(MAX_ITEMS, MAX_PLATFORM_ENTRIES));
  });

  it('a service with 1e6 cookies keeps at most 64 names; 1e6 services stop at the entry cap', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => `n${i}`);
    const one = read(tac({ big: { type: 'ads', cookies: many } })).declarations[0]!;
    expect(one.entries[0]!.names).toHaveLength(64);
    const services = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`s${i}`, { type: 'ads', cookies: [`c${i}`] }]));
    const { declarations, notes } = read(tac(services));
    expect(declarations[0]!.entries.length).toBeLessThanOrEqual(MAX_PLATFORM_ENTRIES);
    expect(notes[0]!.state).toBe('capped');
  });

  it('huge strings are clipped: names to MAX_NAME, texts to MAX_TEXT; a huge regexp declares nothing', () => {
    const huge = 'x'.repeat(10_000_000);
    const entry = read({ cookiebot: { cookieTableNecessary: [[huge, huge, huge, huge]] } }).declarations[0]!.entries[0]!;
    expect(entry.names[0]!.length).toBe(MAX_NAME);
    expect(entry.provider.length).toBe(MAX_TEXT);
    expect(entry.purpose.length).toBe(MAX_TEXT);
    expect(cookieNames({ $regexp: `^${huge}$`, flags: '' })).toEqual([]);
  });
});

describe('prototype keys and non-strings', () => {
  it('__proto__, constructor and prototype are never read as services or fields, and nothing is polluted', () => {
    const dump = JSON.parse(
      '{"tarteaucitron":{"job":["__proto__","constructor","toString","ok"],"services":{"__proto__":{"type":"ads","cookies":["polluted"]},"ok":{"type":"ads","cookies":["fine"]}}}}',
    );
    const names = read(dump).declarations[0]!.entries.flatMap((e) => e.names);
    expect(names).toEqual(['fine', 'tarteaucitron']);
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });

  it('numbers, objects, functions and nested arrays where names belong are dropped; a page URL in the dump is ignored', () => {
    const dump = {
      url: 'https://attacker.test/',
      klaro: {
        services: [
          {
            name: { toString: () => 'x' },
            title: 7,
            purposes: [{}, 'marketing'],
            cookies: [42, { name: 'n' }, () => 'f', [[['deep']]], null, 'real', ['triple', '/', 'x.test']],
          },
        ],
      },
    };
    const declaration = read(dump).declarations[0]!;
    expect(declaration.entries[0]).toMatchObject({ names: ['real', 'triple'], service: '', category: 'marketing', source: { kind: 'klaro', url: URL_ } });
  });

  it('control characters in names and texts become spaces (a terminal escape cannot ride along)', () => {
    const entry = read({ cookiebot: { cookieTableNecessary: [['a\u001b[31mb', 'host\u0085', 'p\u202eq', '1 day']] } }).declarations[0]!.entries[0]!;
    expect([entry.names[0], entry.provider, entry.purpose]).toEqual(['a [31mb', 'host', 'p q']);
  });

  it('regexps that would declare every cookie, or cannot be read as text, declare nothing', () => {
    for (const source of ['.*', '^.*$', '^.$', '(a+)+$', '^(?=x)', '']) expect(cookieNames({ $regexp: source, flags: '' })).toEqual([]);
    expect(cookieNames('/.+/')).toEqual([]);
  });
});
