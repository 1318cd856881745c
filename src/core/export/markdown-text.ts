/** Escaping for text placed in Markdown, so charter text cannot break a table or inject HTML. */

// An empty HTML comment: GitHub renders nothing for it, but it splits the text node, so neither
// its autolinker nor its @mention filter sees "https://…", "www.…" or "@name" whole.
const BREAK = '<!-- -->';

/**
 * Defuses what GitHub would turn into a link or a notification: `@user` / `@org/team` (pinging
 * whoever the charter's author chose when the export is pasted into an issue) and bare URLs
 * (`https://…`, `www.…`, `a@b.example` as mailto). An empty comment after `@`, after the scheme's
 * `:` and after `www` renders the exact text, unlinked, and copies back as it was written;
 * `https[:]//` would change the text, backticks would show our backslash escapes literally.
 * @example defuseLinks('see https://evil.test @octocat') // 'see https:<!-- -->//evil.test @<!-- -->octocat'
 */
export function defuseLinks(text: string): string {
  return text
    .replace(/@(?=[\p{L}\p{N}])/gu, `@${BREAK}`)
    .replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, `$1:${BREAK}`)
    .replace(/\bwww(?=\.)/gi, `www${BREAK}`);
}

/**
 * Escapes a table cell: backslash-escapes the characters that change Markdown or open HTML
 * (`_ga_<container-id>` would otherwise lose `<container-id>` as an unknown tag) and the `|`
 * that ends a cell, defuses links and mentions (defuseLinks); line breaks become `<br>`. The
 * `<br>` and the empty comments are the only HTML we emit.
 * @example mdCell('a|b\nc') // 'a\\|b<br>c'
 */
export function mdCell(text: string): string {
  return defuseLinks(text.replace(/[\\`*_{}[\]<>|~&#!]/g, (ch) => `\\${ch}`))
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
