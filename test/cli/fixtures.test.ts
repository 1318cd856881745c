/** The CLI on the charter parser's fixtures (real portal pages and templates). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCharterCli } from '../../src/cli/charter';
import { compileName } from '../../src/core/match/name-matcher';
import type { Report } from '../../src/core/types';
import { memoryIo } from './io';

const CHARTERS = join(__dirname, '../fixtures/charters');
const charter = (name: string) => readFileSync(join(CHARTERS, name), 'utf8');

function run(argv: string[], files: Record<string, string>) {
  const { io, out } = memoryIo(files);
  return { code: runCharterCli(argv, io), ...out };
}

describe('the CLI on real charters', () => {
  it('prints the four Opendatasoft cookies of data.bourgesplus.fr', () => {
    const { code, stdout } = run(['bourges.html'], { 'bourges.html': charter('data.bourgesplus.fr.html') });
    expect(code).toBe(0);
    const names = JSON.parse(stdout).entries.flatMap((e: { names: string[] }) => e.names);
    expect(names.toSorted()).toEqual(['cookies_preferences', 'csrftoken', 'django_language', 'sessionid']);
  });

  it('exits 1 on a page without a cookie table', () => {
    const { code, stderr } = run(['page.html'], { 'page.html': charter('no-cookie-table.html') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^cookie-charter: no cookie table found in page\.html.*\n$/);
  });

  it('puts analytics cookies under Saint-Nazaire’s unnamed "Mesure d’audience" row (vague)', () => {
    const cookies = JSON.stringify([
      { name: '_ga', domain: '.saintnazaireagglo.fr', value: 'GA1', expirationDate: 1_830_000_000 },
      { name: 'sessionid', domain: 'data.saintnazaireagglo.fr', httpOnly: true, value: 'x' },
      { name: 'mystery', domain: 'data.saintnazaireagglo.fr', value: 'x' },
    ]);
    const { code, stdout } = run(['sn.html', '--cookies', 'c.json', '--url', 'https://data.saintnazaireagglo.fr/'], {
      'sn.html': charter('data.saintnazaireagglo.fr.html'),
      'c.json': cookies,
    });
    expect(code).toBe(0);
    const report: Report = JSON.parse(stdout).report;
    const status = (name: string) => report.rows.find((r) => r.observed?.name === name)?.status;
    expect([status('_ga'), status('sessionid'), status('mystery')]).toEqual(['vague', 'matched', 'undeclared']);
    expect(report.rows.filter((r) => r.status === 'unnamed')).toEqual([]);
  });

  it('compiles every name form of names-forms.html: prose and placeholders become patterns', () => {
    const { stdout } = run(['n.html'], { 'n.html': charter('names-forms.html') });
    const names: string[] = JSON.parse(stdout).entries.flatMap((e: { names: string[] }) => e.names);
    const patterns = names.filter((n) => /\*|#|<|starting|commençant/.test(n));
    expect(patterns.length).toBeGreaterThan(3);
    for (const n of patterns) expect([n, compileName(n).kind]).toEqual([n, 'pattern']);
    for (const n of names.filter((x) => !patterns.includes(x))) expect([n, compileName(n).kind]).toEqual([n, 'exact']);
  });
});
