// The extension pages' HTML as shipped: each page's source HTML with a `<link rel="modulepreload">`
// for every chunk its module imports. A page's module (popup.js, audit.js) imports the chunks it
// shares with the other page (Preact, the polyfill, the formatting code); without the hint the
// browser learns of a chunk only once the module is fetched and parsed, and loads them one after
// the other. With it, they load side by side (the popup's first paint, `npm run bench`:
// scripts/bench/popup-compare.mjs). Chunk names carry a content hash, so the build writes the
// links after each (re)build of the pages, from esbuild's metafile.

/**
 * The chunks `entry` (an output path as the metafile names it, e.g. `dist/chrome/popup.js`)
 * imports statically, directly or through another chunk, as paths relative to `outdir`, in the
 * order first met. Dynamic imports are left out: they load when the code asks, not at start.
 */
export function staticChunks(metafile, entry, outdir) {
  const prefix = `${outdir.replace(/\/+$/, '')}/`;
  const seen = new Set();
  const visit = (path) => {
    for (const { path: imported, kind } of metafile.outputs[path]?.imports ?? []) {
      if (kind !== 'import-statement' || seen.has(imported)) continue;
      seen.add(imported);
      visit(imported);
    }
  };
  visit(entry);
  return [...seen].map((path) => (path.startsWith(prefix) ? path.slice(prefix.length) : path));
}

/** `html` with a modulepreload link for each of `hrefs`, at the end of its head. */
export function withModulePreloads(html, hrefs) {
  if (!hrefs.length) return html;
  const at = html.indexOf('</head>');
  if (at < 0) throw new Error('page HTML without </head>: nowhere to put its module preloads');
  const links = hrefs.map((href) => `    <link rel="modulepreload" href="${href}" />\n`).join('');
  return `${html.slice(0, at).replace(/[ \t]*$/, '')}${links}  ${html.slice(at)}`;
}
