/** Indexing, filtering and sorting the report rows (node env, no DOM). */
import { fold } from '../../src/core/charter/text';
import { DEFAULT_CONTROLS, indexRows, isProblem, selectRows } from '../../src/popup/rows';
import { demoReport, DEMO_COOKIES } from './fixtures';
import { cookie } from '../core/compare/helpers';

describe('report rows for the table', () => {
  const report = demoReport();
  const items = indexRows(report.rows);

  it('keeps one item per row, labelled as data-cookie is', () => {
    expect(items.map((it) => it.label)).toEqual(report.rows.map((r) => r.observed?.name ?? r.declaredName ?? ''));
  });

  it('gives every row a key that is unique and survives a live update', () => {
    expect(new Set(items.map((it) => it.key)).size).toBe(items.length);
    const after = indexRows(demoReport([...DEMO_COOKIES, cookie('late', 60)]).rows);
    const keys = new Set(after.map((it) => it.key));
    for (const it of items) expect(keys.has(it.key)).toBe(true);
  });

  it('counts undeclared, absent, vague and lifetime flags as problems, and nothing else', () => {
    const problems = report.rows.filter(isProblem).map((r) => r.observed?.name ?? r.declaredName);
    expect(problems).toEqual(['cookies_preferences', 'django_language', '_pk_id.1.a1b2', 'atidvisitor', 'atuserid', 'ab_test_variant', 'tp_uid']);
  });

  it('groups vague rows by the unnamed declaration that covers them', () => {
    const vague = items.filter((it) => it.row.status === 'vague');
    expect(vague).toHaveLength(2);
    expect(vague[0]!.group).toBe(vague[1]!.group);
    expect(items.filter((it) => it.row.status !== 'vague').every((it) => it.group === null)).toBe(true);
  });

  it('searches every word, folded', () => {
    expect(fold('Fréquentation ÉTÉ')).toBe('frequentation ete');
    const found = selectRows(items, { ...DEFAULT_CONTROLS, query: '  matomo   UNIQUES ' });
    expect(found.map((it) => it.label)).toEqual(['_pk_id.1.a1b2']);
  });

  it('folds the search as the charter parser folds charter text: apostrophes, accents, case', () => {
    const search = (query: string) => selectRows(items, { ...DEFAULT_CONTROLS, query }).map((it) => it.key);
    const plain = search("d'audience");
    expect(plain.length).toBeGreaterThan(0);
    expect(search('D’AUDIENCE')).toEqual(plain);
    expect(search('d`audience')).toEqual(plain);
  });

  it('sorts by status with problems first, keeping charter order within a status', () => {
    const sorted = selectRows(items, { ...DEFAULT_CONTROLS, sort: 'status' });
    expect(sorted.map((it) => it.row.status)).toEqual([
      'undeclared',
      'undeclared',
      'vague',
      'vague',
      'absent',
      'matched',
      'matched',
      'matched',
      'matched',
      'matched',
      'unnamed',
    ]);
    const matched = sorted.filter((it) => it.row.status === 'matched').map((it) => it.index);
    expect(matched).toEqual([...matched].sort((a, b) => a - b));
  });

  it('never reorders the indexed rows themselves', () => {
    const before = items.map((it) => it.key);
    selectRows(items, { ...DEFAULT_CONTROLS, sort: 'name' });
    expect(items.map((it) => it.key)).toEqual(before);
  });
});
