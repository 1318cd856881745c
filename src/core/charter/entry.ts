/**
 * Turns the texts of one charter table row into a DeclaredEntry.
 */
import type { DeclaredEntry } from '../types';
import { findCondition } from './conditions';
import { parseDuration } from './durations';
import { splitNameCondition } from './footnotes';
import type { Column } from './headers';
import { splitNames } from './names';
import { clip, MAX_FIELD_CHARS, MAX_NAME_CHARS, MAX_NAMES } from './limits';
import { categorize } from './sections';
import { flatten } from './text';

const field = (text: string) => clip(flatten(text), MAX_FIELD_CHARS);

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
  const provider = field(texts.provider);
  const service = field(texts.service);
  const purpose = field(texts.purpose);
  const durationText = field(texts.duration);
  const lifetime = hasDuration ? parseDuration(durationText) : { maxAgeSeconds: null, session: false };
  // Multi-line texts so that a sentence on its own line reads as its own sentence.
  const found = findCondition(texts.purpose) ?? findCondition(texts.duration) ?? findCondition(texts.service) ?? named.condition;
  const condition = found === null ? null : clip(found, MAX_FIELD_CHARS);
  return {
    names: splitNames(named.names)
      .slice(0, MAX_NAMES)
      .map((name) => clip(name, MAX_NAME_CHARS)),
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
