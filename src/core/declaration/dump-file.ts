/**
 * A page-globals dump saved as a JSON file (what the page-world function returned, dump.ts):
 * recognised by the CLI beside saved HTML pages. Never evaluated: JSON.parse, then the validators.
 */
import { DUMP_PLATFORMS } from './dump';
import { field, isList, isObject } from './untrusted';

/**
 * The parsed dump when `text` is a JSON object with at least one platform key, else undefined.
 * @example dumpFromText('{"klaro":{"services":[]}}') // { klaro: { services: [] } }
 */
export function dumpFromText(text: string): unknown {
  const start = text.search(/\S/);
  if (start < 0 || text[start] !== '{') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(parsed) || isList(parsed)) return undefined;
  return DUMP_PLATFORMS.some((kind) => field(parsed, kind) !== undefined) ? parsed : undefined;
}
