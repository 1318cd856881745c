/** Platform cookie names and regexps as names the comparison's matcher reads (never compiled). */
import { cookieNames, regexpToGlobs } from '../../../src/core/declaration/patterns';
import { compileName } from '../../../src/core/match/name-matcher';

describe('regexpToGlobs', () => {
  it.each([
    ['^_pk_.*$', ['_pk_*']],
    ['^_pk_id\\..*$', ['_pk_id.*']],
    ['^_ga_.+$', ['_ga_*']],
    ['^_gat_\\d+$', ['_gat_*']],
    ['^_hj[A-Za-z]+$', ['_hj*']],
    ['^_gid$', ['_gid']],
    ['_fbp', ['*_fbp*']],
    ['^(_ga|_gid)$', ['_ga', '_gid']],
    ['^(?:_pk_ses|_pk_id)\\.', ['_pk_ses.*', '_pk_id.*']],
    ['^mtm_consent(_removed)?$', ['mtm_consent_removed', 'mtm_consent']],
    ['^wp-settings-\\d{1,3}$', ['wp-settings-*']],
    ['^x?y$', []],
  ])('%s → %j', (source, globs) => {
    expect(regexpToGlobs(source)).toEqual(globs);
  });

  it('every glob is broader than or equal to its regexp: the cookies the regexp names still match', () => {
    const cases: [string, string[]][] = [
      ['^_pk_id\\..*$', ['_pk_id.1.abcd']],
      ['^mtm_consent(_removed)?$', ['mtm_consent', 'mtm_consent_removed']],
      ['^_gat_\\d+$', ['_gat_1', '_gat_123']],
      ['_fbp', ['_fbp', 'x_fbp_y']],
    ];
    for (const [source, names] of cases) {
      const matchers = regexpToGlobs(source).map(compileName);
      for (const name of names) expect(matchers.some((m) => m.test(name))).toBe(true);
    }
  });
});

describe('cookieNames', () => {
  it('names, /regex/flags strings, copied RegExps and [name, path, domain] triples', () => {
    expect(cookieNames('_ga')).toEqual(['_ga']);
    expect(cookieNames('/^_gat_.+$/i')).toEqual(['_gat_*']);
    expect(cookieNames({ $regexp: '^_pk_.*$', flags: '' })).toEqual(['_pk_*']);
    expect(cookieNames(/^_pk_ses$/)).toEqual(['_pk_ses']);
    expect(cookieNames([{ $regexp: '^_pk_.*$', flags: '' }, '/', 'klaro.example.test'])).toEqual(['_pk_*']);
    expect(cookieNames(['cookieName', '/blog', '.example.test'])).toEqual(['cookieName']);
  });

  it('a RegExp-looking object is read by its copied source, never by its own getters', () => {
    const fake = {
      $regexp: '^ok$',
      get source() {
        throw new Error('page code');
      },
    };
    expect(cookieNames(fake)).toEqual(['ok']);
  });
});
