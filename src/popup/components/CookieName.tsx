/**
 * A cookie name or pattern in monospace; a long one breaks after `_`, `.` and `-` rather than
 * mid-word. Called as a function, like the cells: a component per name costs more than the name.
 */
export function CookieName({ name }: { name: string }) {
  // Up to 12 characters fit the narrowest name column on one line: no break hints needed.
  if (name.length <= 12) return <code>{name}</code>;
  const parts = name.split(/(?<=[._-])/);
  return <code>{parts.map((part, i) => (i ? [<wbr key={i} />, part] : part))}</code>;
}
