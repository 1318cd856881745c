/** Escaping for text placed in Markdown, so charter text cannot break a table or inject HTML. */

/**
 * Escapes a table cell: backslash-escapes the characters that change Markdown or open HTML
 * (`_ga_<container-id>` would otherwise lose `<container-id>` as an unknown tag) and the `|`
 * that ends a cell; line breaks become `<br>`, the only HTML we emit.
 * @example mdCell('a|b\nc') // 'a\\|b<br>c'
 */
export function mdCell(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|~&#!]/g, (ch) => `\\${ch}`)
    .replace(/\r\n|\r|\n/g, '<br>')
    .trim();
}

/** One table line from cells (each escaped). */
export function mdRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => mdCell(c) || ' ').join(' | ')} |`;
}

/** A header line and its separator. */
export function mdHeader(headers: readonly string[]): string {
  return `${mdRow(headers)}\n|${headers.map(() => '---').join('|')}|`;
}
