/**
 * Decodes a page's bytes the way browsers do (HTML "encoding sniffing algorithm"): a BOM wins,
 * then the Content-Type charset, then a `<meta>` charset in the first 1024 bytes, else a guess.
 * https://html.spec.whatwg.org/multipage/parsing.html#encoding-sniffing-algorithm
 */

/** How the encoding was chosen. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'guess';

/** Decoded text, the Encoding Standard name used, and how it was chosen. */
export interface DecodedHtml {
  text: string;
  encoding: string;
  source: CharsetSource;
}

const PRESCAN_BYTES = 1024;

// windows-1252 bytes 0x80–0x9F (the rest is Latin-1). Decoded here rather than by TextDecoder:
// node 20.18.3+ decodes them as C1 controls, so "’" (0x92) came out as U+0092
// (https://github.com/nodejs/node/issues/60888). Undefined bytes map to themselves, as the
// Encoding Standard's index does.
const CP1252_HIGH = Array.from('€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ', (ch) => ch.charCodeAt(0));

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
  }
  // Every code unit is ≤ U+2122, so no surrogate and no U+FEFF for the decoder to drop.
  return new TextDecoder('utf-16le').decode(units);
}

/**
 * The Encoding Standard's name for a label ("latin1" → "windows-1252"), or null for a label it
 * does not know, for "replacement" (which TextDecoder refuses) and for one this runtime lacks.
 * @example resolveLabel(' ISO-8859-1 ') // 'windows-1252'
 */
export function resolveLabel(label: string): string | null {
  const trimmed = label.trim().toLowerCase();
  // Not decodable by every TextDecoder; the HTML prescan maps it to windows-1252 anyway.
  if (trimmed === 'x-user-defined') return 'windows-1252';
  if (trimmed === '' || trimmed.length > 40) return null;
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    return null;
  }
}

/**
 * The `charset` parameter of a Content-Type (the first one, quotes removed), or null.
 * @example charsetOfContentType('text/html; charset="ISO-8859-1"') // 'ISO-8859-1'
 */
export function charsetOfContentType(contentType: string): string | null {
  for (const param of contentType.split(';').slice(1)) {
    const eq = param.indexOf('=');
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = param.slice(eq + 1).trim();
    return value.startsWith('"') ? value.slice(1).split('"')[0]! : value;
  }
  return null;
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

const SPACE = /[\t\n\f\r ]/;

/** "Extracting a character encoding from a meta element" on a `content` value. */
export function charsetOfMetaContent(content: string): string | null {
  const lower = content.toLowerCase();
  let at = 0;
  for (;;) {
    const found = lower.indexOf('charset', at);
    if (found < 0) return null;
    let i = found + 7;
    while (SPACE.test(lower[i] ?? '')) i += 1;
    if (lower[i] !== '=') {
      at = i;
      continue;
    }
    i += 1;
    while (SPACE.test(lower[i] ?? '')) i += 1;
    const quote = content[i];
    if (quote === '"' || quote === "'") {
      const end = content.indexOf(quote, i + 1);
      return end < 0 ? null : content.slice(i + 1, end);
    }
    const value = /^[^\t\n\f\r ;]*/.exec(content.slice(i))![0];
    return value === '' ? null : value;
  }
}

/** The HTML "get an attribute" step: the attribute at `i` of a tag (ASCII-lowered name), or null at `>`. */
function nextAttribute(s: string, start: number): { name: string; value: string; end: number } | null {
  let i = start;
  while (SPACE.test(s[i] ?? '') || s[i] === '/') i += 1;
  if (i >= s.length || s[i] === '>') return null;
  let name = s[i]!;
  i += 1;
  while (i < s.length && !SPACE.test(s[i]!) && !'/>='.includes(s[i]!)) name += s[i++];
  while (SPACE.test(s[i] ?? '')) i += 1;
  if (s[i] !== '=') return { name: name.toLowerCase(), value: '', end: i };
  i += 1;
  while (SPACE.test(s[i] ?? '')) i += 1;
  const quote = s[i];
  if (quote === '"' || quote === "'") {
    const close = s.indexOf(quote, i + 1);
    const end = close < 0 ? s.length : close + 1;
    return { name: name.toLowerCase(), value: s.slice(i + 1, close < 0 ? s.length : close), end };
  }
  let value = '';
  while (i < s.length && !SPACE.test(s[i]!) && s[i] !== '>') value += s[i++];
  return { name: name.toLowerCase(), value, end: i };
}

/** The encoding a `<meta>` tag's attributes name, per the prescan's rules, or null. */
function metaEncoding(s: string, start: number): { encoding: string | null; end: number } {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let charset: string | null = null;
  let i = start;
  for (let attr = nextAttribute(s, i); attr !== null; attr = nextAttribute(s, i)) {
    i = attr.end;
    if (seen.has(attr.name)) continue;
    seen.add(attr.name);
    if (attr.name === 'http-equiv' && attr.value.toLowerCase() === 'content-type') gotPragma = true;
    else if (attr.name === 'content' && charset === null) {
      const label = charsetOfMetaContent(attr.value);
      if (label !== null) [charset, needPragma] = [resolveLabel(label), true];
    } else if (attr.name === 'charset') [charset, needPragma] = [resolveLabel(attr.value), false];
  }
  if (needPragma === null || (needPragma && !gotPragma) || charset === null) return { encoding: null, end: i };
  // A page cannot really be UTF-16 if its ASCII meta tag was readable: the spec says UTF-8.
  return { encoding: charset.startsWith('utf-16') ? 'utf-8' : charset, end: i };
}

/**
 * The prescan of the first 1024 bytes for `<meta charset>` / `<meta http-equiv content>`,
 * skipping comments and other tags' attributes; the resolved encoding, or null.
 */
export function prescanMeta(bytes: Uint8Array): string | null {
  const s = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES));
  let i = 0;
  while (i < s.length) {
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 2);
      if (end < 0) return null;
      i = end + 3;
    } else if (/^<meta[\t\n\f\r /]/i.test(s.slice(i, i + 6))) {
      const meta = metaEncoding(s, i + 6);
      if (meta.encoding !== null) return meta.encoding;
      i = meta.end + 1;
    } else if (/^<\/?[a-z]/i.test(s.slice(i, i + 3))) {
      i += s[i + 1] === '/' ? 2 : 1;
      while (i < s.length && !SPACE.test(s[i]!) && s[i] !== '>') i += 1;
      for (let attr = nextAttribute(s, i); attr !== null; attr = nextAttribute(s, i)) i = attr.end;
      i += 1;
    } else if (/^<[!/?]/.test(s.slice(i, i + 2))) {
      const end = s.indexOf('>', i);
      if (end < 0) return null;
      i = end + 1;
    } else i += 1;
  }
  return null;
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // No `fatal`: malformed bytes become U+FFFD, as in a browser. The BOM is dropped by default.
  return new TextDecoder(encoding).decode(bytes);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * HTML bytes as text, decoded as a browser would. Without any label, valid UTF-8 is read as
 * UTF-8, anything else as windows-1252: browsers fall back to the locale's legacy encoding,
 * which is windows-1252 for French and English, while text in windows-1252 with accents is
 * practically never valid UTF-8 ("é" is the lone byte E9), so the UTF-8 check cannot misread an
 * older French page, and keeps an unlabelled modern (UTF-8) page right.
 * @example decodeHtml(Uint8Array.of(0x44, 0x75, 0x72, 0xe9, 0x65), 'text/html; charset=iso-8859-1').text // 'Durée'
 */
export function decodeHtml(bytes: Uint8Array, contentType = ''): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom !== null) return { text: decodeAs(bytes, bom), encoding: bom, source: 'bom' };
  const label = charsetOfContentType(contentType);
  const header = label === null ? null : resolveLabel(label);
  if (header !== null) return { text: decodeAs(bytes, header), encoding: header, source: 'header' };
  const meta = prescanMeta(bytes);
  if (meta !== null) return { text: decodeAs(bytes, meta), encoding: meta, source: 'meta' };
  const guess = isUtf8(bytes) ? 'utf-8' : 'windows-1252';
  return { text: decodeAs(bytes, guess), encoding: guess, source: 'guess' };
}
