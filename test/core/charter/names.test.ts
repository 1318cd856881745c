import { splitNames } from '../../../src/core/charter/names';

describe('splitNames', () => {
  it.each<[string, string[]]>([
    ['sessionid', ['sessionid']],
    ['  sessionid  ', ['sessionid']],
    ['_ga; _gid', ['_ga', '_gid']],
    ['_ga;_gid;', ['_ga', '_gid']],
    ['_pk_id.*, _pk_ses.*, _pk_ref.*', ['_pk_id.*', '_pk_ses.*', '_pk_ref.*']],
    ['sessionid\ncsrftoken', ['sessionid', 'csrftoken']],
    ['atuserid et atidvisitor', ['atuserid', 'atidvisitor']],
    ['_ga and _gid', ['_ga', '_gid']],
    ['_ga ou _gid', ['_ga', '_gid']],
    ['_ga or _gid', ['_ga', '_gid']],
    ['_pcid / _pctx', ['_pcid', '_pctx']],
    ['_ga, _gid et _gat\n_pk_id.*', ['_ga', '_gid', '_gat', '_pk_id.*']],
    ['_pk_id#', ['_pk_id#']],
    ['_ga_*', ['_ga_*']],
    ['_ga_<container-id>', ['_ga_<container-id>']],
    ['_pk_id.<site>.<hash>', ['_pk_id.<site>.<hash>']],
    ['mtm_consent_removed', ['mtm_consent_removed']],
    ['_pk_id/_pk_ses', ['_pk_id/_pk_ses']],
    ['“mtm_consent”', ['mtm_consent']],
    ['"_ga", \'_gid\'', ['_ga', '_gid']],
    ['« atuserid »', ['atuserid']],
    ['Any cookie starting with “_hs”', ['Any cookie starting with “_hs”']],
    ['tout cookie commençant par _pk', ['tout cookie commençant par _pk']],
    ['Tous les cookies commençant par _pk_, et _ga', ['Tous les cookies commençant par _pk_, et _ga']],
    ['sessionid\nAll cookies beginning with _hj', ['sessionid', 'All cookies beginning with _hj']],
    ['', []],
    ['   ', []],
    ['-', []],
    ['—', []],
    ['–', []],
    ['N/A', []],
    ['n/a', []],
    ['aucun', []],
    ['Aucune', []],
    ['none', []],
    ['_ga, -', ['_ga']],
    ['\n\n_ga\n\n', ['_ga']],
  ])('splits %j', (cell, names) => {
    expect(splitNames(cell)).toEqual(names);
  });

  it('never returns empty names', () => {
    for (const cell of [';;;', ', ,', ' et ', '\n;\n', '""', '« »']) {
      expect(splitNames(cell).every((name) => name !== '')).toBe(true);
    }
  });
});
