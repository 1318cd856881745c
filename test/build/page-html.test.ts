/** The pages' HTML preloads the chunks their modules import: read from a real esbuild metafile. */
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staticChunks, withModulePreloads } from '../../scripts/page-html.mjs';

describe('staticChunks', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cc-page-html-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the chunks a page imports statically, in a real esbuild build, and not what it imports dynamically', async () => {
    const file = (name: string, code: string) => writeFileSync(join(dir, name), code);
    file('s1.js', 'export const s1 = () => "s1";');
    file('s2.js', 'import { s1 } from "./s1.js"; export const s2 = () => s1() + "s2";');
    file('lazy.js', 'export const lazy = () => "lazy";');
    file('a.js', 'import { s2 } from "./s2.js"; console.log(s2()); import("./lazy.js");');
    file('b.js', 'import { s2 } from "./s2.js"; console.log(s2());');
    file('c.js', 'import { s1 } from "./s1.js"; console.log(s1()); import("./lazy.js");');
    const { metafile } = await build({
      absWorkingDir: dir,
      entryPoints: { a: 'a.js', b: 'b.js', c: 'c.js' },
      bundle: true,
      format: 'esm',
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      outdir: 'out',
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const chunkOf = (input: string) =>
      Object.entries(metafile.outputs)
        .find(([, o]) => Object.keys(o.inputs).includes(input))![0]
        .replace('out/', '');
    expect(staticChunks(metafile, 'out/a.js', 'out').sort()).toEqual([chunkOf('s1.js'), chunkOf('s2.js')].sort());
    expect(staticChunks(metafile, 'out/c.js', 'out')).toEqual([chunkOf('s1.js')]);
    expect(chunkOf('lazy.js')).toMatch(/^chunks\//); // a chunk of its own, loaded on demand: never preloaded
    expect(staticChunks(metafile, 'out/missing.js', 'out')).toEqual([]);
  });

  it('follows a chunk that imports another, each chunk once', () => {
    const imports = (...paths: string[]) => ({ imports: paths.map((path) => ({ path, kind: 'import-statement' })) });
    const metafile = {
      outputs: {
        'dist/chrome/popup.js': imports('dist/chrome/chunks/x.js', 'dist/chrome/chunks/y.js'),
        'dist/chrome/chunks/x.js': imports('dist/chrome/chunks/z.js', 'dist/chrome/chunks/y.js'),
        'dist/chrome/chunks/y.js': imports(),
        'dist/chrome/chunks/z.js': { imports: [{ path: 'dist/chrome/chunks/lazy.js', kind: 'dynamic-import' }] },
      },
    };
    expect(staticChunks(metafile, 'dist/chrome/popup.js', 'dist/chrome/')).toEqual(['chunks/x.js', 'chunks/z.js', 'chunks/y.js']);
  });
});

describe('withModulePreloads', () => {
  const HTML = '<!doctype html>\n<html>\n  <head>\n    <title>x</title>\n  </head>\n  <body></body>\n</html>\n';

  it('puts one link per chunk at the end of the head', () => {
    expect(withModulePreloads(HTML, ['chunks/a.js', 'chunks/b.js'])).toBe(
      '<!doctype html>\n<html>\n  <head>\n    <title>x</title>\n' +
        '    <link rel="modulepreload" href="chunks/a.js" />\n    <link rel="modulepreload" href="chunks/b.js" />\n' +
        '  </head>\n  <body></body>\n</html>\n',
    );
  });

  it('leaves a page without chunks as it is, and refuses a page without a head', () => {
    expect(withModulePreloads(HTML, [])).toBe(HTML);
    expect(() => withModulePreloads('<p>no head</p>', ['chunks/a.js'])).toThrow(/without <\/head>/);
  });
});
