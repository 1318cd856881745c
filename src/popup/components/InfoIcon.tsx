/**
 * An "i" in a circle, drawn: the ⓘ character is missing from some systems' default fonts
 * (Debian's among them, where it rendered as an empty box), so the popup draws it.
 */
export function InfoIcon() {
  return (
    <svg class="icon-info" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5" />
      <rect x="7.25" y="6.75" width="1.5" height="5.25" rx="0.5" fill="currentColor" />
      <circle cx="8" cy="4.5" r="1" fill="currentColor" />
    </svg>
  );
}
