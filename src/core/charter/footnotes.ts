/**
 * Conditions written outside the purpose cell: inside the names cell ("django_language (only
 * if the portal is multilingual)") or in a footnote row under the table ("* only for
 * signed-in users") tied to its rows by a marker.
 */
import type { DeclaredEntry } from '../types';
import { findCondition } from './conditions';

// "*", "**", "(1)", "1)", "[1]", "¹": how charters tie a row to a footnote.
const MARKER = /^(\*+|\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹])\s*/;

/** The footnote marker a text starts with, or null. */
export function leadingMarker(text: string): string | null {
  return MARKER.exec(text)?.[1] ?? null;
}

/**
 * The names cell without the condition it carries, and that condition.
 * @example splitNameCondition('django_language (only if the portal is multilingual)')
 * // → { names: 'django_language', condition: 'only if the portal is multilingual' }
 */
export function splitNameCondition(text: string): { names: string; condition: string | null } {
  let condition: string | null = null;
  const withoutParens = text.replace(/\(([^()\n]*)\)/g, (whole: string, inner: string): string => {
    const found: string | null = condition === null ? findCondition(inner) : null;
    if (found === null) return whole;
    condition = found;
    return '';
  });
  const lines: string[] = [];
  for (const line of withoutParens.split('\n')) {
    const found: string | null = condition === null ? findCondition(line) : null;
    if (found === null) lines.push(line.trim());
    else condition = found;
  }
  return { names: lines.filter((line) => line !== '').join('\n'), condition };
}

/** A footnote row found in a table, waiting for the table's end to be applied. */
export interface Footnote {
  marker: string | null;
  condition: string;
  /** Sub-section of the table the footnote sat in (rows without a marker get it by group). */
  group: number;
}

/** A table entry with what footnotes need to know about its row. */
export interface PendingEntry {
  entry: DeclaredEntry;
  /** All of the row's text, to look for footnote markers. */
  rowText: string;
  group: number;
}

/**
 * Where a row calls a footnote: the marker right after a letter or digit ("sessionid*",
 * "django_language (1)"). `_pk_id.*` and `_ga_*` are patterns, not footnote calls.
 */
function callPattern(marker: string): RegExp {
  const escaped = marker.replace(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
  return new RegExp(String.raw`(?<=[\p{L}\p{N}])\s?${escaped}(?![\p{L}\p{N}*])`, 'u');
}

/** Sets the condition of footnoted entries (a row's own condition wins) and drops markers from names. */
export function applyFootnotes(pending: readonly PendingEntry[], footnotes: readonly Footnote[]): void {
  for (const note of footnotes) {
    const call = note.marker === null ? null : callPattern(note.marker);
    for (const { entry, rowText, group } of pending) {
      const applies = call === null ? group === note.group : call.test(rowText);
      if (!applies) continue;
      if (call !== null) entry.names = entry.names.map((name) => name.replace(call, ''));
      if (entry.condition === null) {
        entry.condition = note.condition;
        entry.conditional = true;
      }
    }
  }
}
