// The build's watch mode: it watches the sources itself with fs.watch (inotify on Linux), because
// esbuild's own watch polls a random subset of files and may take up to 2 s to notice an edit
// (https://esbuild.github.io/api/#watch), and sees only the files a bundle imports, not the
// static ones (CSS, HTML, locales, icons, manifest.json, package.json).
import { watch } from 'node:fs';
import { join, sep } from 'node:path';

/** How long a burst of saves is coalesced: an editor may truncate then write, or write then rename. */
export const DEBOUNCE_MS = 40;

/**
 * Watches `folders` (recursively) and `files` under `root`, and calls `onChange(paths)` once per
 * burst of saves with the changed paths, relative to `root` with `/` separators. A file is watched
 * through its folder: a watch on the file itself ends when an editor saves by renaming a new file
 * over it. Returns a function that stops every watcher.
 */
export function watchSources(root, { folders, files }, onChange) {
  const pending = new Set();
  let timer;
  const note = (path) => {
    pending.add(path.split(sep).join('/'));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...pending];
      pending.clear();
      onChange(paths);
    }, DEBOUNCE_MS);
  };
  const watchers = folders.map((folder) => watch(join(root, folder), { recursive: true }, (_event, name) => name && note(join(folder, name.toString()))));
  const byFolder = new Map(); // folder → the names watched in it
  for (const file of files) {
    const folder = file.split('/').slice(0, -1).join('/') || '.';
    byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(file.split('/').at(-1)));
  }
  for (const [folder, names] of byFolder) {
    watchers.push(watch(join(root, folder), (_event, name) => name && names.has(name.toString()) && note(join(folder, name.toString()))));
  }
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}

/**
 * Runs jobs one after another, never two at once (two builds writing dist/ together would mix).
 * A failed job is reported and does not stop the queue: a half-saved file must not end the watch.
 */
export function serialQueue(onError) {
  let last = Promise.resolve();
  return (job) => {
    last = last.then(job).catch(onError);
    return last;
  };
}
