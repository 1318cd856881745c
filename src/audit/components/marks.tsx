/** The timeline's marks, drawn (never font glyphs): one shape per event kind, coloured by consent class through CSS. */
import type { ConsentClass, CookieEventKind } from '../../core/consent/types';

/** CSS class of a consent class's colour (audit.css: `.cc-needs-consent { fill/stroke }`). */
export const classColour = (c: ConsentClass) => `cc-${c}`;

/** A mark centred on (x, y): set ●, renewed ◎, removed ✕, expired a short bar. */
export function Mark({ kind, cls, x, y }: { kind: CookieEventKind; cls: ConsentClass; x: number; y: number }) {
  const c = `mark ev-${kind} ${classColour(cls)}`;
  switch (kind) {
    case 'set':
      return <circle class={c} cx={x} cy={y} r={4} />;
    case 'renewed':
      return <circle class={c} cx={x} cy={y} r={3.5} fill="none" stroke-width={2} />;
    case 'removed':
      return <path class={c} d={`M${x - 3.5} ${y - 3.5}L${x + 3.5} ${y + 3.5}M${x - 3.5} ${y + 3.5}L${x + 3.5} ${y - 3.5}`} stroke-width={2} fill="none" />;
    case 'expired':
      return <rect class={c} x={x - 1} y={y - 4} width={2} height={8} />;
  }
}

/** A small standalone SVG of a mark, for the legend. */
export function MarkIcon({ kind, cls }: { kind: CookieEventKind; cls: ConsentClass }) {
  return (
    <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      <Mark kind={kind} cls={cls} x={6} y={6} />
    </svg>
  );
}
