/**
 * Turns the texts of one charter table row into a DeclaredEntry.
 */
import type { DeclaredEntry } from '../types';
import { findCondition } from './conditions';
import { parseDuration } from './durations';
import { splitNameCondition } from './footnotes';
import type { Column } from './headers';
import { splitNames } from './names';
import { categorize } from './sections';
import { flatten } from './text';

/** A row's text per column, lines kept ("\n" from `<br>`/`<p>`); "" for a missing column. */
export type RowTexts = Record<Column, string>;

/** An empty RowTexts. */
export function emptyRow(): RowTexts {
  return { name: '', provider: '', service: '', purpose: '', duration: '' };
}

/**
 * The declared entry for one row under `section`. Without a duration column the lifetime is
 * unknown (null, not session).
 * @example toEntry({ ...emptyRow(), name: 'sessionid', duration: '2 weeks by default' }, 'Necessary', true)
 * // → { names: ['sessionid'], maxAgeSeconds: 1209600, session: false, category: 'necessary', ... }
 */
export function toEntry(texts: RowTexts, section: string, hasDuration: boolean): DeclaredEntry {
  const named = splitNameCondition(texts.name);
  const provider = flatten(texts.provider);
  const service = flatten(texts.service);
  const purpose = flatten(texts.purpose);
  const durationText = flatten(texts.duration);
  const lifetime = hasDuration ? parseDuration(durationText) : { maxAgeSeconds: null, session: false };
  // Multi-line texts so that a sentence on its own line reads as its own sentence.
  const condition =
    findCondition(texts.purpose) ?? findCondition(texts.duration) ?? findCondition(texts.service) ?? named.condition;
  return {
    names: splitNames(named.names),
    provider,
    service,
    purpose,
    durationText,
    maxAgeSeconds: lifetime.maxAgeSeconds,
    session: lifetime.session,
    conditional: condition !== null,
    condition,
    section,
    category: categorize(section, provider, purpose, service),
  };
}
