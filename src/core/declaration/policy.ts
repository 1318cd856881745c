/**
 * A cookie policy page as a declaration with its source: an Opendatasoft portal's charter
 * (`ods-charter`) or any other site's page with a cookie table (`cookie-table`).
 */
import { parseCharter, type ParseResult } from '../charter/parse-charter';
import { detectPortal, isCharterPath } from '../portal';
import type { Declaration, DeclarationSource, DeclarationSourceKind } from '../types';

/** The declaration with `source` on it and on each of its entries (a merge keeps each entry's). */
export function withSource(declaration: Declaration, source: DeclarationSource): Declaration {
  return { ...declaration, source, entries: declaration.entries.map((entry) => ({ ...entry, source })) };
}

/** `ods-charter` on an Opendatasoft portal's page or at a portal's charter path, else `cookie-table`. */
export function policyKind(doc: Document, url: string): DeclarationSourceKind {
  return detectPortal(doc).isPortal || isCharterPath(pathOf(url)) ? 'ods-charter' : 'cookie-table';
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/**
 * parseCharter, with the source recorded: `kind` when the caller knows it (the extension knows a
 * portal's charter), else from the page itself. A page without a cookie table stays `no-table`:
 * no machine-readable declaration, never invented entries.
 * @example readPolicy(doc, 'https://www.example.test/cookies/') // { kind: 'declaration', declaration: { ..., source: { kind: 'cookie-table', url: 'https://www.example.test/cookies/' } } }
 */
export function readPolicy(doc: Document, url: string, options: { sourceLength?: number; kind?: DeclarationSourceKind; sha256?: string } = {}): ParseResult {
  const parsed = parseCharter(doc, url, options.sourceLength);
  if (parsed.kind === 'no-table') return parsed;
  const source: DeclarationSource = { kind: options.kind ?? policyKind(doc, url), url };
  if (options.sha256) source.sha256 = options.sha256;
  return { ...parsed, declaration: withSource(parsed.declaration, source) };
}
