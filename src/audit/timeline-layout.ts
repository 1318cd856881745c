/**
 * The timeline picture as plain numbers: one lane per cookie (name, domain, path) in the order of
 * its first event, the time span, the phase boundaries and an overview of writes per time slice
 * and consent class (what 500 lanes still show at a glance). No DOM: the SVG only draws this.
 */
import type { AuditPhase, AuditPhaseRecord, ConsentClass, TimelineEvent } from '../core/consent/types';

/** One cookie's lane. */
export interface Lane {
  key: string;
  name: string;
  domain: string;
  path: string;
  consentClass: ConsentClass;
  /** The timeline's own events (not copies), in time order. */
  events: Pick<TimelineEvent, 't' | 'event' | 'phase'>[];
}

export interface TimelineModel {
  lanes: Lane[];
  /** Seconds since the epoch at the left and right edges. */
  from: number;
  to: number;
  boundaries: { phase: AuditPhase; t: number }[];
  /** Write events per slice of time, per consent class (OVERVIEW_SLICES slices). */
  overview: Record<ConsentClass, number>[];
  events: number;
}

export const OVERVIEW_SLICES = 60;
export const CLASS_ORDER: readonly ConsentClass[] = ['needs-consent', 'exemptable', 'unknown', 'exempt'];

const laneKey = (e: Pick<TimelineEvent, 'name' | 'domain' | 'path'>) => `${e.name}\u0000${e.domain}\u0000${e.path}`;

/**
 * Lanes and scale of an audit's timeline; `to` is the end of the audit, else `now`.
 * @example layoutTimeline([{ t: 5, phase: 'before-choice', name: '_ga', domain: '.x.test', path: '/', event: 'set', consentClass: 'needs-consent' }], [], 0, null, 10).lanes.length // 1
 */
export function layoutTimeline(
  timeline: readonly TimelineEvent[],
  phases: readonly AuditPhaseRecord[],
  startedAt: number | null,
  endedAt: number | null,
  now: number,
): TimelineModel {
  const byKey = new Map<string, Lane>();
  const lanes: Lane[] = [];
  let first = Infinity;
  let last = -Infinity;
  // One pass, no per-lane sort unless needed: the background records events in time order, and
  // this runs before the view's first paint (5,000 events).
  let inOrder = true;
  for (const e of timeline) {
    if (e.t < last) inOrder = false;
    if (e.t < first) first = e.t;
    if (e.t > last) last = e.t;
    const key = laneKey(e);
    let lane = byKey.get(key);
    if (!lane) {
      lane = { key, name: e.name, domain: e.domain, path: e.path, consentClass: e.consentClass, events: [] };
      byKey.set(key, lane);
      lanes.push(lane);
    }
    lane.consentClass = e.consentClass;
    lane.events.push(e);
  }
  if (!inOrder) {
    for (const lane of lanes) lane.events.sort((a, b) => a.t - b.t);
    // Stable: cookies first written at the same moment keep the order the timeline gave them.
    lanes.sort((a, b) => a.events[0]!.t - b.events[0]!.t);
  }
  const from = startedAt ?? (Number.isFinite(first) ? first : now);
  let to = endedAt ?? Math.max(now, Number.isFinite(last) ? last : now);
  if (to <= from) to = from + 1;
  const boundaries = phases.map((p) => ({ phase: p.phase, t: p.startedAt })).filter((b) => b.t >= from && b.t <= to);
  const overview = Array.from(
    { length: OVERVIEW_SLICES },
    () => ({ 'needs-consent': 0, exemptable: 0, unknown: 0, exempt: 0 }) as Record<ConsentClass, number>,
  );
  for (const e of timeline) {
    if (e.event !== 'set' && e.event !== 'renewed') continue;
    const slice = Math.min(OVERVIEW_SLICES - 1, Math.max(0, Math.floor(((e.t - from) / (to - from)) * OVERVIEW_SLICES)));
    overview[slice]![e.consentClass]++;
  }
  return { lanes, from, to, boundaries, overview, events: timeline.length };
}

/** x of a moment on a drawing `width` wide (clamped to the edges). */
export function xOf(t: number, model: Pick<TimelineModel, 'from' | 'to'>, width: number): number {
  const x = ((t - model.from) / (model.to - model.from)) * width;
  return Math.min(width, Math.max(0, x));
}

/**
 * The lanes to draw for a scroll position: the ones in view plus `overscan` on each side, so a
 * 500-lane timeline paints a few dozen lanes, not 500.
 * @example visibleRange(0, 160, 16, 500, 5) // { first: 0, last: 15 }
 */
export function visibleRange(scrollTop: number, viewport: number, laneHeight: number, total: number, overscan: number): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / laneHeight) - overscan);
  const last = Math.min(total, Math.ceil((scrollTop + viewport) / laneHeight) + overscan);
  return { first, last: Math.max(first, last) };
}
