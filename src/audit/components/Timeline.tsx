/**
 * The picture: one lane per cookie, time across, phase boundaries as vertical lines, each event a
 * mark coloured by consent class; above, an overview of writes per time slice (all lanes at a
 * glance). Only the lanes in view are drawn (500 lanes paint a few dozen); printing draws them
 * all. The scroll area is focusable (arrow keys scroll it) and the same events are in a table.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AuditSnapshot } from '../../contracts/audit';
import { t } from '../../popup/i18n';
import { renderNow } from '../chunked';
import { layoutTimeline, visibleRange, xOf, type TimelineModel } from '../timeline-layout';
import { Legend } from './Legend';
import { MARK_KINDS, Marks, classColour } from './marks';
import { Overview } from './Overview';
import { TimelineTable } from './TimelineTable';

export const LANE_HEIGHT = 16;
const LABEL_WIDTH = 150;
/** Lanes drawn above and below the visible ones, so a scroll shows no blank before the redraw. */
const OVERSCAN = 10;
/** Without layout (jsdom) or before the first measure. */
const DEFAULT_VIEWPORT = 320;
const DEFAULT_WIDTH = 600;

export function Timeline({ snapshot }: { snapshot: AuditSnapshot }) {
  const model = useMemo(
    () => layoutTimeline(snapshot.timeline, snapshot.phases, snapshot.startedAt, snapshot.endedAt, Date.now() / 1000),
    [snapshot.timeline, snapshot.phases, snapshot.startedAt, snapshot.endedAt],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: DEFAULT_VIEWPORT, width: DEFAULT_WIDTH });
  const [printing, setPrinting] = useState(false);

  // Measured before the first paint (a layout effect): lanes drawn at a guessed width and redrawn
  // after the paint cost a second render of every drawn mark, and showed the jump. An unchanged
  // size or scroll (ResizeObserver's first call) renders nothing.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const measure = () => {
      const next = { top: el.scrollTop, height: el.clientHeight || DEFAULT_VIEWPORT, width: el.clientWidth || DEFAULT_WIDTH };
      setView((v) => (v.top === next.top && v.height === next.height && v.width === next.width ? v : next));
    };
    measure();
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    resize?.observe(el);
    // Print → Save as PDF shows every lane, not the ones in view (rendered before the print layout).
    const before = () => renderNow(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      cancelAnimationFrame(frame);
      el.removeEventListener('scroll', onScroll);
      resize?.disconnect();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const total = model.lanes.length;
  const range = printing ? { first: 0, last: total } : visibleRange(view.top, view.height, LANE_HEIGHT, total, OVERSCAN);
  const width = Math.max(view.width, LABEL_WIDTH + 200);
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('auditTimelineTitle')}</h2>
      <Legend />
      <figure class="tl-figure" role="group" aria-label={t('auditTimelineLabel', total, model.events)}>
        <Overview model={model} width={width} labelWidth={LABEL_WIDTH} />
        <div class="tl-scroll" ref={scroller} tabIndex={0} aria-label={t('auditTimelineScroll', total)} data-lanes={total} data-events={model.events}>
          <div class="tl-space" style={{ height: `${total * LANE_HEIGHT}px` }}>
            <Lanes model={model} first={range.first} last={range.last} width={width} />
          </div>
        </div>
      </figure>
      <TimelineTable timeline={snapshot.timeline} />
    </section>
  );
}

function Lanes({ model, first, last, width }: { model: TimelineModel; first: number; last: number; width: number }) {
  const plot = width - LABEL_WIDTH - 8;
  const height = (last - first) * LANE_HEIGHT;
  const lanes = model.lanes.slice(first, last);
  return (
    <svg
      class="tl-lanes"
      width={width}
      height={height}
      style={{ top: `${first * LANE_HEIGHT}px` }}
      aria-hidden="true"
      focusable="false"
      data-first-lane={first}
    >
      {model.boundaries.map((b) => {
        const x = LABEL_WIDTH + xOf(b.t, model, plot);
        return <line key={`${b.phase}${b.t}`} class={`boundary ph-${b.phase}`} x1={x} x2={x} y1={0} y2={height} />;
      })}
      {lanes.map((lane, i) => {
        const y = i * LANE_HEIGHT + LANE_HEIGHT / 2;
        return (
          <g key={lane.key} data-lane={lane.name} data-lane-class={lane.consentClass}>
            <text class="lane-label" x={4} y={y + 4}>
              {lane.name.length > 22 ? `${lane.name.slice(0, 21)}…` : lane.name}
            </text>
            <line class={`lane-line ${classColour(lane.consentClass)}`} x1={LABEL_WIDTH} x2={LABEL_WIDTH + plot} y1={y} y2={y} />
            {MARK_KINDS.map((kind) => {
              const xs = lane.events.filter((e) => e.event === kind).map((e) => LABEL_WIDTH + xOf(e.t, model, plot));
              return xs.length ? <Marks key={kind} kind={kind} cls={lane.consentClass} xs={xs} y={y} /> : null;
            })}
          </g>
        );
      })}
    </svg>
  );
}
