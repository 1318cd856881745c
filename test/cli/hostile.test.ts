/** The CLI on the demo portal's hostile charters: a clear outcome for each, never a stack trace. */
import { runCharterCli } from '../../src/cli/charter';
import { memoryIo } from './io';

// eslint-disable-next-line -- CommonJS fixtures shared with the demo portal
const { HOSTILE_PAGES } = require('../demo-portal/hostile.cjs') as { HOSTILE_PAGES: Record<string, string> };

function run(page: string, ...args: string[]) {
  const { io, out } = memoryIo({ 'charter.html': HOSTILE_PAGES[page]! });
  const code = runCharterCli(['charter.html', ...args], io);
  return { code, ...out };
}

describe('the charter CLI on hostile pages', () => {
  it('prints markup from cells as text', () => {
    const { code, stdout } = run('XSS');
    expect(code).toBe(0);
    const names = JSON.parse(stdout).entries.flatMap((e: { names: string[] }) => e.names);
    expect(names).toContain('<img src=x onerror=alert(1)>');
    // A <script> in a cell is text like any other: kept verbatim, never run (jsdom runs no script).
    const purposes = JSON.parse(stdout).entries.map((e: { purpose: string }) => e.purpose);
    expect(purposes).toContain('window.pwned=1;document.title="pwned"Runs?');
  });

  it('reads a 5 MB page and a 20,000-row charter', () => {
    expect(JSON.parse(run('BIG').stdout).entries).toHaveLength(1);
    expect(JSON.parse(run('HUGE').stdout).entries).toHaveLength(20_000);
  });

  it('keeps Unicode and right-to-left names from nested, merged tables', () => {
    const names = JSON.parse(run('ODD').stdout).entries.flatMap((e: { names: string[] }) => e.names);
    expect(names).toEqual(expect.arrayContaining(['كعكة', 'café_crème', 'sessionid']));
  });

  it.each(['NO_HEADER', 'LOGIN'])('exits 1 with one line when %s holds no cookie table', (page) => {
    const { code, stdout, stderr } = run(page);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^cookie-charter: no cookie table found in charter\.html/);
  });

  it('reads a header-only table as a charter that declares nothing', () => {
    const { code, stdout } = run('HEADER_ONLY');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).entries).toEqual([]);
  });

  it('gives CSV and Markdown for a hostile page without breaking their syntax', () => {
    const md = run('XSS', '--format', 'md').stdout;
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>'); // escaped: a Markdown viewer shows it, never renders it
    expect(md).not.toMatch(/(^|[^\\])<img/m);
    expect(run('XSS', '--format', 'csv').code).toBe(0);
  });
});
