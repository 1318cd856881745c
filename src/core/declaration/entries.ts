/**
 * Builds the DeclaredEntry of one cookie a consent platform declares, and the Declaration of a
 * platform's whole configuration, each with its source.
 */
import { parseDuration } from '../charter/durations';
import type { Category, DeclarationSource, DeclarationSourceKind, DeclaredEntry, Declaration } from '../types';
import { Tally } from './untrusted';

/** Entries one platform configuration may declare; past it the reading says "capped". */
export const MAX_PLATFORM_ENTRIES = 2000;
/** Names on one entry. */
export const MAX_ENTRY_NAMES = 64;

/** What a platform says about one cookie (texts already validated). */
export interface PlatformCookie {
  names: string[];
  provider?: string;
  service?: string;
  purpose?: string;
  /** As the platform writes it ("1 year", "Session"); '' when it says nothing. */
  durationText?: string;
  /** When the platform gives a number of seconds rather than text (OneTrust's days, Klaro's consent cookie). */
  maxAgeSeconds?: number | null;
  session?: boolean;
  section: string;
  category: Category;
}

/** The entry for one platform cookie, its lifetime read from its text when no number is given. */
export function platformEntry(cookie: PlatformCookie, source: DeclarationSource): DeclaredEntry {
  const durationText = cookie.durationText ?? '';
  const parsed = cookie.maxAgeSeconds !== undefined || cookie.session !== undefined ? null : parseDuration(durationText);
  return {
    names: cookie.names.slice(0, MAX_ENTRY_NAMES),
    provider: cookie.provider ?? '',
    service: cookie.service ?? '',
    purpose: cookie.purpose ?? '',
    durationText,
    maxAgeSeconds: parsed ? parsed.maxAgeSeconds : (cookie.maxAgeSeconds ?? null),
    session: parsed ? parsed.session : cookie.session === true,
    conditional: false,
    condition: null,
    section: cookie.section,
    category: cookie.category,
    source,
  };
}

/** Collects a platform's entries within MAX_PLATFORM_ENTRIES, and what the reading dropped. */
export class PlatformReading {
  readonly entries: DeclaredEntry[] = [];
  readonly tally = new Tally();
  readonly source: DeclarationSource;

  constructor(kind: DeclarationSourceKind, url: string) {
    this.source = { kind, url };
  }

  /** Room for another entry (false once the cap is reached, which marks the reading capped). */
  get open(): boolean {
    if (this.entries.length < MAX_PLATFORM_ENTRIES) return true;
    this.tally.capped = true;
    return false;
  }

  /** Adds an entry when it names at least one cookie and there is room. */
  add(cookie: PlatformCookie): void {
    const names = [...new Set(cookie.names)];
    if (names.length === 0 || !this.open) return;
    this.entries.push(platformEntry({ ...cookie, names }, this.source));
  }

  /** The declaration, titled after the platform. */
  declaration(title: string): Declaration {
    return { title, url: this.source.url, entries: this.entries, source: this.source };
  }
}

/** What a platform reader returns: the declaration (absent when the value is not the platform's shape) and how reading went. */
export interface PlatformResult {
  declaration?: Declaration;
  reading: PlatformReading;
}
