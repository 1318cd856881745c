/**
 * The timeline's header: writes per slice of time as stacked bars by consent class (every lane
 * at a glance, even at 500), the phase boundaries with their names, and the time at both ends.
 */
import type { ConsentClass } from '../../core/consent/types';
import { L, t } from '../../popup/i18n';
import { clockTime, PHASE_KEYS } from '../format';
import { CLASS_ORDER, OVERVIEW_SLICES, xOf, type TimelineModel } from '../timeline-layout';
import { classColour, px } from './marks';

const HEIGHT = 44;
const BARS = 26;

/**
 * The stacked bars as one path per consent class (a rectangle per slice where it has writes), the
 * first class of CLASS_ORDER at the bottom: 60 slices × 4 classes are 4 elements, not 240.
 */
function bars(model: TimelineModel, peak: number, labelWidth: number, slice: number): [ConsentClass, string][] {
  const d = new Map<ConsentClass, string>(CLASS_ORDER.map((c) => [c, '']));
  const w = Math.max(1, slice - 1);
  model.overview.forEach((s, i) => {
    let y = BARS;
    for (const c of CLASS_ORDER) {
      const h = (s[c] / peak) * (BARS - 4);
      if (h === 0) continue;
      y -= h;
      d.set(c, `${d.get(c)}M${px(labelWidth + i * slice)} ${px(y)}h${px(w)}v${px(h)}h${px(-w)}z`);
    }
  });
  return [...d];
}

export function Overview({ model, width, labelWidth }: { model: TimelineModel; width: number; labelWidth: number }) {
  const plot = width - labelWidth - 8;
  const peak = Math.max(1, ...model.overview.map((s) => CLASS_ORDER.reduce((n, c) => n + s[c], 0)));
  const slice = plot / OVERVIEW_SLICES;
  return (
    <svg class="tl-overview" width={width} height={HEIGHT} aria-hidden="true" focusable="false">
      <text class="lane-label" x={4} y={BARS - 6}>
        {t('auditOverview')}
      </text>
      {bars(model, peak, labelWidth, slice).map(([c, d]) => (d ? <path key={c} class={classColour(c)} d={d} data-bars={c} /> : null))}
      {model.boundaries.map((b) => {
        const x = labelWidth + xOf(b.t, model, plot);
        return (
          <g key={`${b.phase}${b.t}`} class={`boundary ph-${b.phase}`} data-boundary={b.phase}>
            <line x1={x} x2={x} y1={0} y2={HEIGHT} />
            <text class="boundary-label" x={x + 3} y={BARS + 10}>
              {t(PHASE_KEYS[b.phase])}
            </text>
          </g>
        );
      })}
      <text class="axis" x={labelWidth} y={HEIGHT - 2}>
        {clockTime(model.from, L.lang)}
      </text>
      <text class="axis" x={labelWidth + plot} y={HEIGHT - 2} text-anchor="end">
        {clockTime(model.to, L.lang)}
      </text>
    </svg>
  );
}
