/**
 * Text bound for a terminal, made inert: charter text is the page author's, and an escape
 * sequence in it would retitle the window (OSC 0), write the clipboard (OSC 52), move the cursor
 * or recolour the screen (CSI) when a csv/md export or a message is printed.
 */

// Whole sequences first, so no parameter residue is left behind: CSI (ESC [ or C1 0x9B) up to
// its final byte; OSC, DCS, APC, PM, SOS (ESC ] P _ ^ X, or C1 0x9D 0x90 0x9F 0x9E 0x98) up to
// BEL or ST (ESC \ or C1 0x9C), or the end of the line; other ESC pairs.
const SEQUENCES =
  // oxlint-disable-next-line no-control-regex -- matching control characters is the point
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]P_^X]|[\u009d\u0090\u009f\u009e\u0098])[^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u007e]?/g;
// Then every control left but tab, line feed and the CR of a CRLF: C0, DEL, C1.
// oxlint-disable-next-line no-control-regex -- as above
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

/**
 * `text` without terminal control sequences or control characters; tabs and line feeds are kept,
 * and carriage returns only as part of CRLF (the CSV line end).
 * @example inertForTerminal('a\u001b]0;pwned\u0007b\r\n') // 'ab\r\n'
 */
export function inertForTerminal(text: string): string {
  return text.replace(SEQUENCES, '').replace(CONTROLS, '');
}

/**
 * JSON text with DEL and C1 controls (which JSON.stringify leaves raw) escaped as `\u00XX`: the
 * parsed value is unchanged, the bytes on the terminal are inert. C0 is escaped by JSON.stringify.
 * @example escapeC1InJson('"a\u009bb"') // '"a\\u009bb"'
 */
export function escapeC1InJson(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
