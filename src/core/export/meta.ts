import type { DeclarationSource } from '../types';

/** What an export says about its own provenance, so a report can be cited and checked. */
export interface ExportMeta {
  /** Where the charter was read. */
  charterUrl: string;
  /** ISO time of the charter fetch. */
  fetchedAt: string;
  /** Hex SHA-256 of the charter text that was parsed. */
  charterSha256: string;
  extensionVersion: string;
  /** "chrome", "firefox" or "cli". */
  browser: string;
  /** What kind of declaration was read (docs/CONTRACTS.md, `source.kind`), when known. */
  source?: DeclarationSource;
}
