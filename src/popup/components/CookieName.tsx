/** A cookie name or pattern in monospace, breakable after `_`, `.` and `-` rather than mid-word. */
export function CookieName({ name }: { name: string }) {
  const parts = name.split(/(?<=[._-])/);
  return <code>{parts.map((part, i) => (i ? [<wbr key={i} />, part] : part))}</code>;
}
