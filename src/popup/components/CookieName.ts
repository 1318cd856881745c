/** A cookie name or pattern in monospace; a long one breaks after `_`, `.` and `-` rather than mid-word. */
import { h } from './dom';

/** The name as a <code> element; up to 12 characters fit the narrowest name column: no break hints. */
export function cookieName(name: string): HTMLElement {
  if (name.length <= 12) return h('code', null, name);
  return h(
    'code',
    null,
    name.split(/(?<=[._-])/).map((part, i) => (i ? [h('wbr', null), part] : part)),
  );
}
