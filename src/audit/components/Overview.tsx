/**
 * The timeline's header: writes per slice of time as stacked bars by consent class (every lane
 * at a glance, even at 500), the phase boundaries with their names, and the time at both ends.
 */
import { L, t } from '../../popup/i18n';
import { clockTime, PHASE_KEYS } from '../format';
import { CLASS_ORDER, OVERVIEW_SLICES, xOf, type TimelineModel } from '../timeline-layout';
import { classColour } from './marks';

const HEIGHT = 44;
const BARS = 26;

export function Overview({ model, width, labelWidth }: { model: TimelineModel; width: number; labelWidth: number }) {
  const plot = width - labelWidth - 8;
  const peak = Math.max(1, ...model.overview.map((s) => CLASS_ORDER.reduce((n, c) => n + s[c], 0)));
  const slice = plot / OVERVIEW_SLICES;
  return (
    <svg class="tl-overview" width={width} height={HEIGHT} aria-hidden="true" focusable="false">
      <text class="lane-label" x={4} y={BARS - 6}>
        {t('auditOverview')}
      </text>
      {model.overview.map((s, i) => {
        let y = BARS;
        return CLASS_ORDER.map((c) => {
          const h = (s[c] / peak) * (BARS - 4);
          if (h === 0) return null;
          y -= h;
          return <rect key={`${i}${c}`} class={classColour(c)} x={labelWidth + i * slice} y={y} width={Math.max(1, slice - 1)} height={h} />;
        });
      })}
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
