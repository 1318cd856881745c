/**
 * A policy page read with its source: every template and language of test/fixtures/policies/ is a
 * `cookie-table` declaration, a portal's charter an `ods-charter` one, and a prose-only policy
 * stays "no table" (no machine-readable declaration), never invented entries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readPolicy, withSource } from '../../../src/core/declaration/policy';

const FIXTURES = join(__dirname, '../../fixtures');
const load = (path: string, url: string) =>
  new JSDOM(readFileSync(join(FIXTURES, path), 'utf8'), { url, virtualConsole: new VirtualConsole() }).window.document;
const POLICIES = readdirSync(join(FIXTURES, 'policies')).filter((f) => f.endsWith('.html') && f !== 'prose-only.html');

describe('readPolicy', () => {
  it.each(POLICIES)('%s: a cookie-table declaration, the source on it and on every entry', (file) => {
    const url = `https://www.example.test/${file.replace('.html', '')}/`;
    const parsed = readPolicy(load(`policies/${file}`, url), url);
    if (parsed.kind !== 'declaration') throw new Error(`${file}: no table`);
    expect(parsed.declaration.source).toEqual({ kind: 'cookie-table', url });
    expect(parsed.declaration.entries.length).toBeGreaterThan(0);
    for (const entry of parsed.declaration.entries) expect(entry.source).toEqual({ kind: 'cookie-table', url });
  });

  it('a prose-only policy is no-table: no machine-readable declaration, no entry invented', () => {
    const url = 'https://www.example.test/privacy/';
    expect(readPolicy(load('policies/prose-only.html', url), url)).toEqual({ kind: 'no-table', title: expect.any(String) });
  });

  it('an Opendatasoft charter is ods-charter: from the page (its root attribute) or its address', () => {
    const portal = 'https://data.laregion.fr/terms/cookies-policy/';
    const fromPage = readPolicy(load('charters/data.laregion.fr.html', portal), 'charter.html');
    expect(fromPage.kind === 'declaration' && fromPage.declaration.source?.kind).toBe('ods-charter');
    const byPath = readPolicy(load('policies/de-datenschutz.html', portal), portal);
    expect(byPath.kind === 'declaration' && byPath.declaration.source?.kind).toBe('ods-charter');
  });

  it('the caller’s kind and SHA-256 win (the extension knows a portal’s charter and hashed what it read)', () => {
    const url = 'https://www.example.test/cookies/';
    const parsed = readPolicy(load('policies/cookieyes.html', url), url, { kind: 'ods-charter', sha256: 'ab'.repeat(32) });
    expect(parsed.kind === 'declaration' && parsed.declaration.source).toEqual({ kind: 'ods-charter', url, sha256: 'ab'.repeat(32) });
  });

  it('withSource never changes the declaration it is given', () => {
    const declaration = { title: 't', url: 'u', entries: [] };
    expect(withSource(declaration, { kind: 'cookie-table', url: 'u' })).toEqual({ ...declaration, source: { kind: 'cookie-table', url: 'u' } });
    expect(declaration).toEqual({ title: 't', url: 'u', entries: [] });
  });
});
