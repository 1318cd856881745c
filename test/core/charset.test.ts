import { charsetOfContentType, charsetOfMetaContent, decodeHtml, prescanMeta, resolveLabel } from '../../src/core/charset';

/** Bytes of a string whose characters are all ≤ U+00FF, one byte each (how a Latin-1 file is saved). */
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => new TextEncoder().encode(s);
const page = (head: string, body = '<h2>Durée de conservation</h2>') => latin1(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

describe('resolveLabel', () => {
  it.each([
    ['iso-8859-1', 'windows-1252'],
    ['latin1', 'windows-1252'],
    [' ISO-8859-1\n', 'windows-1252'],
    ['US-ASCII', 'windows-1252'],
    ['cp1252', 'windows-1252'],
    ['utf8', 'utf-8'],
    ['unicode-1-1-utf-8', 'utf-8'],
    ['iso-8859-15', 'iso-8859-15'],
    ['x-user-defined', 'windows-1252'],
  ])('%j → %s', (label, name) => {
    expect(resolveLabel(label)).toBe(name);
  });

  it.each(['', 'bogus', 'utf-8; drop table', 'iso-2022-kr', 'replacement', 'x'.repeat(500), 'utf-8\u0000', '../../etc/passwd'])('ignores %j', (label) => {
    expect(resolveLabel(label)).toBeNull();
  });
});

describe('charsetOfContentType', () => {
  it.each([
    ['text/html; charset=iso-8859-1', 'iso-8859-1'],
    ['text/html;charset="windows-1252"', 'windows-1252'],
    ['text/html; CHARSET=UTF-8; charset=latin1', 'UTF-8'],
    ['text/html; foo=bar; charset = utf-8 ', 'utf-8'],
    ['text/html', null],
    ['', null],
    ['text/html; charset', null],
  ])('%j → %j', (header, label) => {
    expect(charsetOfContentType(header)).toBe(label);
  });
});

describe('charsetOfMetaContent', () => {
  it.each([
    ['text/html; charset=ISO-8859-1', 'ISO-8859-1'],
    ["text/html; charset='windows-1252'", 'windows-1252'],
    ['text/html; charset = "utf-8"', 'utf-8'],
    ['text/html; charset=latin1; foo', 'latin1'],
    ['text/html; charsetx; charset=latin1', 'latin1'],
    ['text/html; charset="unterminated', null],
    ['text/html', null],
    ['text/html; charset=', null],
  ])('%j → %j', (content, label) => {
    expect(charsetOfMetaContent(content)).toBe(label);
  });
});

describe('prescanMeta', () => {
  it.each([
    ['<meta charset="windows-1252">', 'windows-1252'],
    ['<META CHARSET=latin1>', 'windows-1252'],
    ["<meta charset='iso-8859-1'/>", 'windows-1252'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', 'windows-1252'],
    ['<meta content="text/html; charset=iso-8859-1" http-equiv="content-type">', 'windows-1252'],
    ['<meta charset="utf-16le">', 'utf-8'],
    ['<meta charset="utf-8"><meta charset="latin1">', 'utf-8'],
  ])('reads %s', (head, encoding) => {
    expect(prescanMeta(page(head))).toBe(encoding);
  });

  it.each([
    ['a content without http-equiv', '<meta content="text/html; charset=iso-8859-1">'],
    ['a commented-out meta', '<!-- <meta charset="windows-1252"> -->'],
    ['a meta inside an attribute value', '<link title="<meta charset=windows-1252>">'],
    ['an unknown label', '<meta charset="klingon">'],
    ['no meta at all', '<title>Charte</title>'],
    ['an unterminated comment', '<!-- <meta charset="windows-1252">'],
    ['a meta-like tag name', '<metadata charset="windows-1252">'],
  ])('ignores %s', (_what, head) => {
    expect(prescanMeta(page(head))).toBeNull();
  });

  it('looks at the first 1024 bytes only', () => {
    const late = latin1(`<!doctype html><!-- ${'x'.repeat(1100)} --><meta charset="windows-1252">`);
    expect(prescanMeta(late)).toBeNull();
    const early = latin1(`<!doctype html><meta charset="windows-1252"><p>${'x'.repeat(5000)}`);
    expect(prescanMeta(early)).toBe('windows-1252');
  });
});

describe('decodeHtml', () => {
  it('decodes by the Content-Type charset: "Durée", not "Dur\uFFFDe"', () => {
    const result = decodeHtml(page(''), 'text/html; charset=iso-8859-1');
    expect(result).toMatchObject({ encoding: 'windows-1252', source: 'header' });
    expect(result.text).toContain('<h2>Durée de conservation</h2>');
  });

  it('decodes bytes 0x80–0x9F as windows-1252 does (€, ’, œ), not as C1 controls', () => {
    const { text } = decodeHtml(Uint8Array.of(0x80, 0x92, 0x9c, 0x81, 0xe9), 'text/html; charset=windows-1252');
    expect(text).toBe('€’œ\u0081é');
  });

  it('lets a BOM win over the header and the meta', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="windows-1252"><p>Finalité')]);
    const result = decodeHtml(bytes, 'text/html; charset=iso-8859-1');
    expect(result).toMatchObject({ encoding: 'utf-8', source: 'bom', text: '<meta charset="windows-1252"><p>Finalité' });
  });

  it.each([
    ['utf-16le', [0xff, 0xfe], (s: string) => [...s].flatMap((c) => [c.charCodeAt(0), 0])],
    ['utf-16be', [0xfe, 0xff], (s: string) => [...s].flatMap((c) => [0, c.charCodeAt(0)])],
  ])('reads a %s BOM', (encoding, bom, encode) => {
    const result = decodeHtml(Uint8Array.from([...bom, ...encode('<p>Durée')]), 'text/html; charset=utf-8');
    expect(result).toEqual({ text: '<p>Durée', encoding, source: 'bom' });
  });

  it('lets the header win over the meta', () => {
    const bytes = utf8('<meta charset="windows-1252"><p>Durée');
    expect(decodeHtml(bytes, 'text/html; charset=utf-8')).toMatchObject({ source: 'header', text: '<meta charset="windows-1252"><p>Durée' });
  });

  it('uses the meta when the header has no charset, or one nobody knows', () => {
    const bytes = page('<meta charset="windows-1252">');
    for (const header of ['text/html', 'text/html; charset=bogus', 'text/html; charset="', '']) {
      const result = decodeHtml(bytes, header);
      expect(result).toMatchObject({ encoding: 'windows-1252', source: 'meta' });
      expect(result.text).toContain('Durée');
    }
  });

  it('guesses UTF-8 for valid UTF-8 without any label', () => {
    expect(decodeHtml(utf8('<p>Durée · 13 mois'))).toEqual({ text: '<p>Durée · 13 mois', encoding: 'utf-8', source: 'guess' });
  });

  it('guesses windows-1252 for bytes that are not valid UTF-8', () => {
    expect(decodeHtml(latin1('<p>Durée'))).toEqual({ text: '<p>Durée', encoding: 'windows-1252', source: 'guess' });
  });

  it('keeps malformed bytes in a UTF-8 page as U+FFFD, as a browser does', () => {
    expect(decodeHtml(latin1('<p>Dur\u00e9e'), 'text/html; charset=utf-8').text).toBe('<p>Dur\uFFFDe');
  });

  it('decodes an empty body', () => {
    expect(decodeHtml(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', source: 'guess' });
  });

  it('decodes a large windows-1252 page whole', () => {
    const big = latin1(`<p>${'Durée '.repeat(200_000)}</p>`);
    const { text } = decodeHtml(big, 'text/html; charset=latin1');
    expect(text.length).toBe(big.length);
    expect(text.endsWith('Durée </p>')).toBe(true);
  });
});
