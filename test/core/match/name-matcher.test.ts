import { compileName, stripQuotes } from '../../../src/core/match/name-matcher';

describe('compileName', () => {
  it.each([
    // written, kind, prefix, names that match, names that do not
    ['sessionid', 'exact', undefined, ['sessionid'], ['SessionId', 'sessionid2', 'xsessionid', '']],
    ['  csrftoken ', 'exact', undefined, ['csrftoken'], [' csrftoken ']],
    ['“sessionid”', 'exact', undefined, ['sessionid'], ['“sessionid”']],
    ['_pk_id.*', 'pattern', '_pk_id.', ['_pk_id.1.abcd', '_pk_id.'], ['_pk_id', '_pk_ses.1.abcd', '_PK_ID.1']],
    ['_ga_*', 'pattern', '_ga_', ['_ga_ABC123'], ['_ga', '_gid']],
    ['_pk_ses*', 'pattern', '_pk_ses', ['_pk_ses', '_pk_ses.1.x'], ['_pk_se']],
    ['_pk_id#', 'pattern', '_pk_id', ['_pk_id', '_pk_id.1.abcd'], ['_pk_i']],
    ['_pk_id.#.#', 'pattern', '_pk_id.', ['_pk_id.1.abcd'], ['_pk_id']],
    ['_ga_<container-id>', 'pattern', '_ga_', ['_ga_XYZ'], ['_ga']],
    ['_pk_id.<site>.<hash>', 'pattern', '_pk_id.', ['_pk_id.1.abcd'], ['_pk_ref.1.abcd']],
    ['_gat_{id}', 'pattern', '_gat_', ['_gat_UA1'], ['_gat']],
    ['_ga_XXXXXXX', 'pattern', '_ga_', ['_ga_ABC123'], ['_gid']],
    ['_pk_id.xxxx.yyyy', 'pattern', '_pk_id.', ['_pk_id.1.2'], ['_pk_ses.1.2']],
    ['_hs…', 'pattern', '_hs', ['_hssc'], ['hs']],
    ['mtm_consent*', 'pattern', 'mtm_consent', ['mtm_consent_removed'], ['mtm_cookie']],
    ['_pk_*.abcd', 'pattern', '_pk_', ['_pk_id.1.abcd', '_pk_.abcd'], ['_pk_id.1.abce', '_pk_abc']],
    ['a*b*c', 'pattern', 'a', ['abc', 'aXbYc', 'abbc'], ['ab', 'acb', 'ac']],
    ['Any cookie starting with “_hs”', 'pattern', '_hs', ['_hssc', '_hstc'], ['hs', '_h']],
    ['cookies starting with _hs', 'pattern', '_hs', ['_hs'], ['_h']],
    ['All cookies beginning with "_pk_"', 'pattern', '_pk_', ['_pk_id.1'], ['_pk']],
    ['tout cookie commençant par _pk', 'pattern', '_pk', ['_pk_id.1.abcd'], ['pk']],
    ['cookies commençant par « _pk »', 'pattern', '_pk', ['_pk_ses.1'], ['_p']],
    ['Tous les cookies débutant par _ga.', 'pattern', '_ga', ['_ga', '_gat'], ['_gid']],
    ['préfixe _pk', 'pattern', '_pk', ['_pk_id'], ['pk']],
    ['cookies préfixés par « mtm_ »', 'pattern', 'mtm_', ['mtm_consent'], ['mtm']],
    ['cookies starting with _ga_<id>', 'pattern', '_ga_', ['_ga_1'], ['_ga']],
    ['sessionid (Django)', 'exact', undefined, ['sessionid (Django)'], ['sessionid']],
    ['Mesure d’audience', 'exact', undefined, [], ['Mesure', '_ga']],
    ['*', 'exact', undefined, ['*'], ['anything']],
    ['<name>', 'exact', undefined, ['<name>'], ['name', 'anything', '*']],
    ['XXX_session', 'exact', undefined, ['XXX_session'], ['YYY_session']],
  ] as const)('%s → %s', (written, kind, prefix, yes, no) => {
    const m = compileName(written);
    expect(m.written).toBe(written);
    expect(m.kind).toBe(kind);
    expect(m.prefix).toBe(prefix);
    for (const name of yes) expect([name, m.test(name)]).toEqual([name, true]);
    for (const name of no) expect([name, m.test(name)]).toEqual([name, false]);
  });

  it('never builds a RegExp from charter text: regex metacharacters are literal', () => {
    expect(compileName('a.b').test('axb')).toBe(false);
    expect(compileName('(a+)+$').test('(a+)+$')).toBe(true);
    expect(compileName('[a-z]*').test('b')).toBe(false);
    expect(compileName('a.b*').test('axbc')).toBe(false);
    expect(compileName('a.b*').test('a.bc')).toBe(true);
  });

  it('stays fast on hostile input', () => {
    const start = performance.now();
    for (const text of ['starting with '.repeat(5000), `${'_X'.repeat(20000)}!`, `${'*a'.repeat(20000)}b`, 'a'.repeat(100000)]) {
      compileName(text).test('a'.repeat(50000));
    }
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('keeps the exact name it compares as `literal`', () => {
    expect(compileName(' « sessionid » ').literal).toBe('sessionid');
    expect(compileName('_ga_*').literal).toBeUndefined();
  });
});

describe('stripQuotes', () => {
  it.each([
    ['« _pk »', '_pk'],
    ['“_hs”', '_hs'],
    ["'x'", 'x'],
    ['\u00a0a\u202f', 'a'],
    ['""', ''],
    ['a"b', 'a"b'],
  ])('%s → %s', (input, output) => expect(stripQuotes(input)).toBe(output));
});
