import { buildMatcherIndex } from '../../../src/core/match/matcher-index';
import { knownTracker } from '../../../src/core/match/trackers';
import type { DeclaredEntry } from '../../../src/core/types';
import { entry as fullEntry } from '../compare/helpers';

/** An entry with no provider and no category, so that only names decide. */
const entry = (names: string[], extra: Partial<DeclaredEntry> = {}): DeclaredEntry => fullEntry(names, { provider: '', category: 'unknown', ...extra });

describe('buildMatcherIndex', () => {
  const entries = [
    entry(['sessionid', 'csrftoken']),
    entry([]),
    entry(['_pk_*']),
    entry(['_pk_id.*', '_pk_ses.*']),
    entry(['_pk_id.1.abcd']),
    entry(['sessionid']),
  ];
  const index = buildMatcherIndex(entries);

  it('lists every (entry, name) pair in declaration order, and the unnamed entries', () => {
    expect(index.names.map((n) => [n.entryIndex, n.written, n.id])).toEqual([
      [0, 'sessionid', 0],
      [0, 'csrftoken', 1],
      [2, '_pk_*', 2],
      [3, '_pk_id.*', 3],
      [3, '_pk_ses.*', 4],
      [4, '_pk_id.1.abcd', 5],
      [5, 'sessionid', 6],
    ]);
    expect(index.unnamed.map((u) => u.entryIndex)).toEqual([1]);
  });

  it.each([
    ['sessionid', 'sessionid', 0],
    ['_pk_id.1.abcd', '_pk_id.1.abcd', 4],
    ['_pk_id.2.ef', '_pk_id.*', 3],
    ['_pk_ses.1.x', '_pk_ses.*', 3],
    ['_pk_ref.1.x', '_pk_*', 2],
  ])('match(%s) → %s of entry %i (exact first, then the longest prefix)', (cookie, written, entryIndex) => {
    expect(index.match(cookie)).toMatchObject({ written, entryIndex });
  });

  it('returns undefined for an undeclared name, and every covering name best first', () => {
    expect(index.match('_ga')).toBeUndefined();
    expect(index.matchAll('_pk_id.1.abcd').map((n) => n.id)).toEqual([5, 3, 2]);
    expect(index.matchAll('sessionid').map((n) => n.id)).toEqual([0, 6]);
    expect(index.matchAll('nothing')).toEqual([]);
  });

  it('breaks ties between equal prefixes by declaration order', () => {
    const tie = buildMatcherIndex([entry(['_ga*']), entry(['_ga#'])]);
    expect(tie.match('_ga_1')?.entryIndex).toBe(0);
  });

  it('handles an empty declaration and names like __proto__', () => {
    expect(buildMatcherIndex([]).match('x')).toBeUndefined();
    expect(buildMatcherIndex([entry(['__proto__'])]).match('__proto__')?.written).toBe('__proto__');
    expect(buildMatcherIndex([entry(['a'])]).match('__proto__')).toBeUndefined();
  });
});

describe('knownTracker', () => {
  it.each([
    ['_ga', 'Google Analytics', 'statistics'],
    ['_ga_ABC', 'Google Analytics', 'statistics'],
    ['_gid', 'Google Analytics', 'statistics'],
    ['_gat_UA-1', 'Google Analytics', 'statistics'],
    ['_pk_id.1.abcd', 'Matomo', 'statistics'],
    ['mtm_consent', 'Matomo', 'statistics'],
    ['atuserid', 'AT Internet / Piano', 'statistics'],
    ['_pcid', 'AT Internet / Piano', 'statistics'],
    ['pa_vid', 'AT Internet / Piano', 'statistics'],
    ['xtvrn', 'XiTi', 'statistics'],
    ['xtan12', 'XiTi', 'statistics'],
    ['etuix', 'Eulerian', 'statistics'],
    ['sessionid', 'Opendatasoft', 'necessary'],
    ['cookies_preferences', 'Opendatasoft', 'necessary'],
  ])('%s → %s (%s)', (name, vendor, category) => {
    expect(knownTracker(name)).toEqual({ vendor, category });
  });

  it.each(['_gab', 'ga', 'SessionId', 'uid', ''])('%s → unknown', (name) => expect(knownTracker(name)).toBeUndefined());
});
