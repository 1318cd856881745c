/**
 * Every consent-platform declaration in a page-globals dump (dump.ts): the untrusted value the
 * page-world function returned, validated platform by platform. A platform whose data is not its
 * shape is skipped; one whose reading hit a cap or a throwing getter says so.
 */
import type { Declaration, DeclarationSourceKind } from '../types';
import { DUMP_PLATFORMS, type DumpPlatform } from './dump';
import type { PlatformResult } from './entries';
import { fromCookiebot } from './platforms/cookiebot';
import { fromCookieYes } from './platforms/cookieyes';
import { fromOneTrust } from './platforms/onetrust';
import { fromServices } from './platforms/services';
import { fromTarteaucitron } from './platforms/tarteaucitron';
import { field, isErrorMarker, isList, isObject } from './untrusted';

type Reader = (value: unknown, url: string) => PlatformResult;

const READERS: Readonly<Record<DumpPlatform, Reader>> = {
  tarteaucitron: fromTarteaucitron,
  orejime: (value, url) => fromServices('orejime', value, url),
  klaro: (value, url) => fromServices('klaro', value, url),
  cookiebot: fromCookiebot,
  cookieyes: fromCookieYes,
  onetrust: fromOneTrust,
};

/** How one platform's reading went: `ok`, or `capped` (lists cut at the caps), `errors` (values that threw or were errors), `malformed` (present but not its shape). */
export interface PlatformNote {
  kind: DeclarationSourceKind;
  state: 'ok' | 'capped' | 'errors' | 'malformed';
  entries: number;
}

/** What a dump declares. */
export interface PageGlobalsReading {
  declarations: Declaration[];
  notes: PlatformNote[];
}

/**
 * Declarations of every platform present in `dump`, each entry's source `{ kind, url }`; `url` is
 * the page's, as the browser reports it (never a value from the dump).
 * @example readPageGlobals({ klaro: { services: [{ name: 'matomo', purposes: ['analytics'], cookies: ['_pk_id'] }] } }, 'https://www.example.test/').declarations[0].source // { kind: 'klaro', url: 'https://www.example.test/' }
 */
export function readPageGlobals(dump: unknown, url: string): PageGlobalsReading {
  const declarations: Declaration[] = [];
  const notes: PlatformNote[] = [];
  if (!isObject(dump) || isList(dump)) return { declarations, notes };
  for (const kind of DUMP_PLATFORMS) {
    const value = field(dump, kind);
    if (value === undefined || value === null) continue;
    if (isErrorMarker(value)) {
      // The page-world function could not read the global (a getter that throws).
      notes.push({ kind, state: 'errors', entries: 0 });
      continue;
    }
    let read: PlatformResult | undefined;
    try {
      read = READERS[kind](value, url);
    } catch {
      // The readers are total; a failure here is a bug, and it must not lose the other platforms.
      read = undefined;
    }
    const tally = read?.reading.tally;
    const state = tally?.capped ? 'capped' : tally && tally.errors > 0 ? 'errors' : read?.declaration ? 'ok' : 'malformed';
    notes.push({ kind, state, entries: read?.declaration?.entries.length ?? 0 });
    if (read?.declaration) declarations.push(read.declaration);
  }
  return { declarations, notes };
}
