/**
 * What reaches the CLI and what leaves it: bytes in (size, binary, encoding, nesting) and text
 * out (terminal escapes, local paths). Spawn tests run the real bundled CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCharterCli } from '../../src/cli/charter';
import { MAX_INPUT_BYTES, refuseInput } from '../../src/cli/input';
import { capNesting, MAX_NESTING } from '../../src/cli/nesting';
import { escapeC1InJson, inertForTerminal } from '../../src/cli/terminal';
import { memoryIo } from './io';

const ROOT = join(__dirname, '../..');
const LATIN1 = readFileSync(join(ROOT, 'test/fixtures/charters/latin1-charte.html'));
const TABLE = '<table><tr><th>Nom du cookie</th><th>Durée</th><th>Finalité</th></tr>';

function run(argv: string[], files: Record<string, string | Uint8Array> = {}, stdin: string | Uint8Array = '') {
  const { io, out } = memoryIo(files, stdin);
  return { code: runCharterCli(argv, io), ...out };
}

describe('refuseInput', () => {
  it('refuses NUL bytes and sizes past the cap, accepts text and UTF-16 with its BOM', () => {
    expect(refuseInput(new Uint8Array([0x3c, 0x70, 0, 0x3e]))).toMatch(/not a text file/);
    expect(refuseInput(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61))).toMatch(/larger than 6 MiB/);
    expect(refuseInput(new Uint8Array(MAX_INPUT_BYTES).fill(0x61))).toBeNull();
    expect(refuseInput(new Uint8Array([0xff, 0xfe, 0x3c, 0]))).toBeNull();
  });
});

describe('the CLI on bytes', () => {
  it('reads a saved Latin-1 charter: "Durée" and the accented sections', () => {
    const { code, stdout, stderr } = run(['latin1-charte.html'], { 'latin1-charte.html': LATIN1 });
    expect([code, stderr]).toEqual([0, '']);
    const { title, entries } = JSON.parse(stdout);
    expect(title).toBe('Charte d’utilisation des cookies');
    expect(
      entries.map((e: { names: string[]; durationText: string; maxAgeSeconds: number; section: string }) => [
        e.names[0],
        e.durationText,
        e.maxAgeSeconds,
        e.section,
      ]),
    ).toEqual([
      ['sessionid', '2 semaines', 1_209_600, 'Cookies nécessaires au bon fonctionnement de la plateforme'],
      ['csrftoken', '12 mois', 31_557_600, 'Cookies nécessaires au bon fonctionnement de la plateforme'],
      ['cookies_preferences', '6 mois', 15_778_800, 'Cookies nécessaires au bon fonctionnement de la plateforme'],
      ['_pk_id.*', '13 mois', 34_187_400, 'Cookies de mesure d’audience (statistiques)'],
      ['_pk_ses.*', '30 minutes', 1800, 'Cookies de mesure d’audience (statistiques)'],
    ]);
    expect(stdout).not.toContain('\uFFFD');
  });

  it('refuses a binary on stdin in one line, without the usage line', () => {
    const { code, stdout, stderr } = run(['-'], {}, new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]));
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe('cookie-charter: refused charter from stdin: not a text file (it holds NUL bytes)\n');
  });

  it('refuses a cookie file past the cap', () => {
    const { code, stderr } = run(['c.html', '--cookies', 'big.json'], {
      'c.html': `${TABLE}<tr><td>a</td><td>1 jour</td><td>x</td></tr></table>`,
      'big.json': 'x'.repeat(MAX_INPUT_BYTES + 1),
    });
    expect(code).toBe(2);
    expect(stderr).toBe('cookie-charter: refused cookie file big.json: larger than 6 MiB, the most a charter page may be\n');
  });

  it('names the file by its own name, never by its absolute path', () => {
    const { stdout } = run(['/home/alice/Documents/dossiers/charte.html'], { '/home/alice/Documents/dossiers/charte.html': LATIN1 });
    expect(JSON.parse(stdout).url).toBe('charte.html');
    expect(stdout).not.toContain('/home/alice');
    expect(JSON.parse(run(['/x/charte.html', '--url', 'data.example.test'], { '/x/charte.html': LATIN1 }).stdout).url).toBe('https://data.example.test/');
  });

  it('reads a page nested 20,000 deep: flattened past MAX_NESTING, a clear no-table message', () => {
    const { code, stderr } = run(['deep.html'], { 'deep.html': `<!doctype html><body>${'<div>'.repeat(20_000)}x</body>` });
    expect(code).toBe(1);
    expect(stderr).toBe(`cookie-charter: no cookie table found in deep.html (markup nested deeper than ${MAX_NESTING} levels was flattened)\n`);
  });

  it('still finds a charter table after a deeply nested block', () => {
    const html = `<body>${'<span>'.repeat(5000)}junk${'</span>'.repeat(5000)}<h3>Nécessaires</h3>${TABLE}<tr><td>sessionid</td><td>2 semaines</td><td>Session</td></tr></table>`;
    const { code, stdout } = run(['c.html'], { 'c.html': html });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).entries[0]).toMatchObject({ names: ['sessionid'], section: 'Nécessaires' });
  });
});

describe('capNesting', () => {
  it('keeps ordinary pages byte for byte', () => {
    const page = readFileSync(join(ROOT, 'test/fixtures/charters/data.laregion.fr.html'), 'utf8');
    expect(capNesting(page)).toEqual({ html: page, dropped: 0 });
  });

  it('drops opening tags past the cap and their end tags, keeping the text', () => {
    const { html, dropped } = capNesting(`${'<div>'.repeat(5)}deep${'</div>'.repeat(5)}<p>after</p>`, 3);
    expect(dropped).toBe(2);
    expect(html).toBe('<div><div><div>deep</div></div></div><p>after</p>');
  });

  it('counts a table as its implied levels and drops stray rows past the cap', () => {
    const { html } = capNesting('<table><tr><td><table><tr><td>x', 4);
    expect(html).toBe('<table><tr><td>x');
  });

  it('does not read markup inside scripts, comments or self-closing SVG', () => {
    const svg = `<svg>${'<path d="M0"/>'.repeat(50)}</svg>`;
    const html = `<script>${'<div>'.repeat(50)}</script><!-- ${'<div>'.repeat(50)} -->${svg}<div>kept</div>`;
    expect(capNesting(html, 3)).toEqual({ html, dropped: 0 });
  });

  it('stays linear on a page of "<" without ">"', () => {
    expect(capNesting('<a '.repeat(200_000)).dropped).toBe(0);
  });
});

describe('text bound for a terminal', () => {
  const OSC0 = '\u001b]0;pwned\u0007';
  const OSC52 = '\u001b]52;c;cm0gLXJmIH4=\u001b\\';
  const CSI = '\u001b[2J\u001b[31m';
  const C1 = '\u009b2J\u009d0;x\u009c';

  it.each([
    ['OSC 0 (window title)', `a${OSC0}b`, 'ab'],
    ['OSC 52 (clipboard)', `a${OSC52}b`, 'ab'],
    ['CSI (clear, colour)', `a${CSI}b`, 'ab'],
    ['C1 CSI and OSC', `a${C1}b`, 'ab'],
    ['an unterminated OSC', `a\u001b]0;title\nnext`, 'a\nnext'],
    ['bare controls', 'a\u0000\u0007\u0008\u007f\u0085b', 'ab'],
  ])('strips %s', (_what, input, output) => expect(inertForTerminal(input)).toBe(output));

  it('keeps tabs, line feeds and CRLF line ends', () => expect(inertForTerminal('a\tb\r\nc\nd\re')).toBe('a\tb\r\nc\nde'));

  it('escapes DEL and C1 in JSON without changing its value', () => {
    const json = JSON.stringify({ v: `x\u009b2J\u007fy${OSC0}` });
    // oxlint-disable-next-line no-control-regex -- no control character may be left
    expect(escapeC1InJson(json)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(JSON.parse(escapeC1InJson(json))).toEqual(JSON.parse(json));
  });

  describe.each(['csv', 'md', 'json'])('--format %s on a charter with escape sequences', (format) => {
    const html = `<h2>Charte ${OSC0}</h2>${TABLE}<tr><td>sess${CSI}ionid</td><td>2 semaines</td><td>Session ${OSC52} ${C1}</td></tr></table>`;

    it('prints no control sequence', () => {
      const { code, stdout } = run(['c.html', '--format', format], { 'c.html': html });
      expect(code).toBe(0);
      // oxlint-disable-next-line no-control-regex -- no control character may be left
      expect(stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
      expect(stdout).toContain('ionid');
    });
  });

  it('prints no control sequence in a message on stderr', () => {
    const { code, stderr } = run(['c.html'], { 'c.html': `<title>Mentions ${OSC0}${CSI}${C1}légales</title><p>rien</p>` });
    expect(code).toBe(1);
    expect(stderr).toBe('cookie-charter: no cookie table found in c.html ("Mentions légales")\n');
  });
});

describe('the real CLI on bad input (spawned)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-input-'));
  const big = join(dir, 'big.html');
  writeFileSync(big, `<p>${'Lorem ipsum. '.repeat(600_000)}</p>`); // 7.8 MB of text

  it.each([
    ['/dev/zero', '/dev/zero', 'refused charter /dev/zero: not a text file (it holds NUL bytes)'],
    ['a 99 MB binary (node itself)', process.execPath, `refused charter ${process.execPath}: not a text file (it holds NUL bytes)`],
    ['a 7.8 MB text file', big, `refused charter ${big}: larger than 6 MiB, the most a charter page may be`],
  ])('refuses %s at once: exit 2, one line', (_what, path, message) => {
    const started = Date.now();
    const result = spawnSync(process.execPath, ['scripts/charter.mjs', path], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    // Generous: bundling and start-up alone take 3–5 s on a loaded 2-core machine; before the fix
    // these ran past 30 s (the binary), 28 s (random bytes) or without end (/dev/zero).
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`cookie-charter: ${message}\n`);
  });

  it('refuses /dev/zero on stdin the same way', () => {
    const result = spawnSync('sh', ['-c', `head -c 20000000 /dev/zero | "${process.execPath}" scripts/charter.mjs -`], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('cookie-charter: refused charter from stdin: not a text file (it holds NUL bytes)\n');
  });
});
