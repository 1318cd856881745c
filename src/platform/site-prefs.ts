/**
 * The page a user pointed at as a site's cookie policy ("this page is the cookie policy of this
 * site"), one URL per registrable domain and nothing else: no time, no title, no visit list.
 * Normal windows keep it in `storage.local` so it survives a restart, as the user asked; private
 * windows keep theirs in `storage.session`, gone with the browser, so a private visit never
 * reaches the disk. Firefox has no access level for storage.local
 * (https://bugzilla.mozilla.org/show_bug.cgi?id=1724754): only these URLs are in it.
 * Budget: MAX_SITES sites (the oldest pointed first out), MAX_URL characters each.
 */
import { browser } from './browser';

const KEY = 'site-policy';
/** Sites remembered at most; pointing a new one past it forgets the oldest. */
export const MAX_SITES = 500;
/** Longer addresses are not remembered (nothing a policy page needs). */
export const MAX_URL = 2_000;

type Prefs = Record<string, string>;
const areaFor = (incognito: boolean) => (incognito ? browser.storage.session : browser.storage.local);

let queue: Promise<unknown> = Promise.resolve();
/** Read-modify-write of the one key, one at a time: two popups never lose each other's change. */
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

async function readAll(incognito: boolean): Promise<Prefs> {
  const stored = (await areaFor(incognito).get(KEY))[KEY];
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  // Own string entries only: what another version wrote is not trusted to be this shape.
  return Object.fromEntries(Object.entries(stored).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The page pointed at for `site`, if any. */
export async function pointedPolicy(site: string, incognito: boolean): Promise<string | undefined> {
  const prefs = await readAll(incognito);
  return Object.hasOwn(prefs, site) ? prefs[site] : undefined;
}

/** Remembers `url` as the cookie policy of `site` (false: too long to remember). */
export function pointPolicy(site: string, url: string, incognito: boolean): Promise<boolean> {
  if (url.length > MAX_URL || site === '') return Promise.resolve(false);
  return serially(async () => {
    const prefs = await readAll(incognito);
    delete prefs[site]; // pointed again: now the newest
    const kept = Object.entries(prefs).slice(-(MAX_SITES - 1));
    await areaFor(incognito).set({ [KEY]: Object.fromEntries([...kept, [site, url]]) });
    return true;
  });
}

/** Forgets the page pointed at for `site`. */
export function forgetPolicy(site: string, incognito: boolean): Promise<void> {
  return serially(async () => {
    const prefs = await readAll(incognito);
    if (!Object.hasOwn(prefs, site)) return;
    delete prefs[site];
    await areaFor(incognito).set({ [KEY]: prefs });
  });
}
