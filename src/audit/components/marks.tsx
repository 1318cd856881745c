/**
 * The timeline's marks, drawn (never font glyphs): one shape per event kind, coloured by consent
 * class through CSS. The marks of one kind in one lane are one `<path>` (a subpath each): a
 * 5,000-event audit draws a few dozen elements in view, not hundreds, and looks the same.
 */
import type { ConsentClass, CookieEventKind } from '../../core/consent/types';

/** CSS class of a consent class's colour (audit.css: `.cc-needs-consent { fill/stroke }`). */
export const classColour = (c: ConsentClass) => `cc-${c}`;

/** The order marks are drawn in a lane (later kinds on top), and the legend's order. */
export const MARK_KINDS: readonly CookieEventKind[] = ['set', 'renewed', 'removed', 'expired'];

/** Outlines are 2 wide; filled shapes keep the default stroke. */
const STROKE: Record<CookieEventKind, number | undefined> = { set: undefined, renewed: 2, removed: 2, expired: undefined };

/** A tenth of a pixel is finer than any screen draws: shorter path data, same picture. */
export const px = (n: number) => Math.round(n * 10) / 10;

const circle = (x: number, y: number, r: number) => `M${px(x - r)} ${px(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

/** The path data of one mark centred on (x, y): set ●, renewed ◎, removed ✕, expired a short bar. */
function markPath(kind: CookieEventKind, x: number, y: number): string {
  switch (kind) {
    case 'set':
      return circle(x, y, 4);
    case 'renewed':
      return circle(x, y, 3.5);
    case 'removed':
      return `M${px(x - 3.5)} ${px(y - 3.5)}l7 7m-7 0l7 -7`;
    case 'expired':
      return `M${px(x - 1)} ${px(y - 4)}h2v8h-2z`;
  }
}

/** Every mark of one kind and class at `xs` on the line `y`, as one path; `data-marks` counts them. */
export function Marks({ kind, cls, xs, y }: { kind: CookieEventKind; cls: ConsentClass; xs: readonly number[]; y: number }) {
  return (
    <path class={`mark ev-${kind} ${classColour(cls)}`} d={xs.map((x) => markPath(kind, x, y)).join('')} stroke-width={STROKE[kind]} data-marks={xs.length} />
  );
}

/** A small standalone SVG of a mark, for the legend. */
export function MarkIcon({ kind, cls }: { kind: CookieEventKind; cls: ConsentClass }) {
  return (
    <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      <Marks kind={kind} cls={cls} xs={[6]} y={6} />
    </svg>
  );
}
