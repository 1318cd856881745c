/** @jest-environment jsdom */
/** The timeline picture: one lane per cookie, drawn lanes bounded at 500, phase boundaries, a legend of drawn icons, and its table alternative. */
import { fireEvent, render, screen } from '@testing-library/preact';
import { Timeline } from '../../src/audit/components/Timeline';
import { layoutTimeline, visibleRange } from '../../src/audit/timeline-layout';
import { forgetMessages } from '../../src/popup/i18n';
import { fakeBrowser } from '../fakes/browser';
import { large, PHASES, recording, T0, TIMELINE } from './fixtures';

function mount(snapshot = recording()) {
  fakeBrowser.reset();
  fakeBrowser.setLocale('en');
  forgetMessages();
  return render(<Timeline snapshot={snapshot} />);
}

describe('layoutTimeline', () => {
  it('makes one lane per cookie (name, domain, path) in order of first event, with the phase boundaries', () => {
    const m = layoutTimeline(TIMELINE, PHASES, T0, T0 + 60, T0 + 60);
    expect(m.lanes.map((l) => l.name)).toEqual(['JSESSIONID', '_ga', '_pk_id.1.abcd', 'cookies_preferences', '_fbp']);
    expect(m.lanes[1]!.events.map((e) => e.event)).toEqual(['set', 'renewed']);
    expect(m.boundaries).toEqual([
      { phase: 'before-choice', t: T0 },
      { phase: 'after-refusal', t: T0 + 10 },
    ]);
    // The overview counts writes only (the removal of _pk_id is not a write).
    const writes = m.overview.reduce((n, s) => n + s['needs-consent'] + s.exemptable + s.exempt + s.unknown, 0);
    expect(writes).toBe(6);
  });

  it('draws only the lanes in view, plus an overscan', () => {
    expect(visibleRange(0, 320, 16, 500, 10)).toEqual({ first: 0, last: 30 });
    expect(visibleRange(1600, 320, 16, 500, 10)).toEqual({ first: 90, last: 130 });
    expect(visibleRange(0, 320, 16, 5, 10)).toEqual({ first: 0, last: 5 });
  });
});

describe('Timeline', () => {
  it('draws one lane per cookie, coloured by consent class, with boundaries and drawn (SVG) legend icons', () => {
    const { container } = mount();
    const scroll = container.querySelector('.tl-scroll')!;
    expect(scroll.getAttribute('data-lanes')).toBe('5');
    expect(scroll.getAttribute('data-events')).toBe('7');
    const lanes = [...container.querySelectorAll('[data-lane]')];
    expect(lanes.map((l) => l.getAttribute('data-lane'))).toEqual(['JSESSIONID', '_ga', '_pk_id.1.abcd', 'cookies_preferences', '_fbp']);
    expect(lanes[1]!.getAttribute('data-lane-class')).toBe('needs-consent');
    expect(lanes[1]!.querySelectorAll('.mark.cc-needs-consent')).toHaveLength(2);
    expect(lanes[2]!.querySelector('.mark.ev-removed')).not.toBeNull();
    // One path per kind in a lane, a subpath per event: every event is drawn, once.
    const marks = [...container.querySelectorAll('.tl-lanes .mark')];
    expect(marks.reduce((n, m) => n + Number(m.getAttribute('data-marks')), 0)).toBe(7);
    for (const m of marks) expect(m.getAttribute('d')!.match(/M/g)!.length).toBe(Number(m.getAttribute('data-marks')));
    expect([...container.querySelectorAll('[data-boundary]')].map((b) => b.getAttribute('data-boundary'))).toEqual(['before-choice', 'after-refusal']);
    const legend = container.querySelector('.legend')!;
    expect(legend.querySelectorAll('li svg')).toHaveLength(8);
    expect(legend.textContent).toContain('Needs consent');
  });

  it('at 500 cookies and 5,000 events draws a window of lanes, not 500, and the overview still counts every write', () => {
    const snapshot = { ...large(500, 5000), endedAt: T0 + 6000 }; // ended: the overview's time span is fixed
    const { container } = mount(snapshot);
    expect(container.querySelector('.tl-scroll')!.getAttribute('data-lanes')).toBe('500');
    const drawn = container.querySelectorAll('[data-lane]').length;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThanOrEqual(40);
    expect(container.querySelector('.tl-space')!.getAttribute('style')).toContain(`height: ${500 * 16}px`);
    // The overview's bars: a path per consent class, a rectangle per slice with writes of that class.
    const bars = [...container.querySelectorAll('.tl-overview [data-bars]')];
    expect(bars.map((b) => b.getAttribute('data-bars')).sort()).toEqual(['exempt', 'exemptable', 'needs-consent', 'unknown']);
    const model = layoutTimeline(snapshot.timeline, snapshot.phases, snapshot.startedAt, snapshot.endedAt, T0);
    for (const b of bars) {
      const cls = b.getAttribute('data-bars') as 'exempt';
      expect(b.getAttribute('d')!.match(/M/g)!.length).toBe(model.overview.filter((s) => s[cls] > 0).length);
    }
  });

  it('prints every lane', () => {
    const { container } = mount(large(120, 240));
    expect(container.querySelectorAll('[data-lane]').length).toBeLessThan(120);
    fireEvent(window, new Event('beforeprint'));
    expect(container.querySelectorAll('[data-lane]')).toHaveLength(120);
    fireEvent(window, new Event('afterprint'));
    expect(container.querySelectorAll('[data-lane]').length).toBeLessThan(120);
  });

  it('is reachable by keyboard: a focusable, labelled scroll area and a table alternative (cookie, event, time, phase)', () => {
    const { container } = mount();
    const scroll = container.querySelector<HTMLElement>('.tl-scroll')!;
    expect(scroll.tabIndex).toBe(0);
    expect(scroll.getAttribute('aria-label')).toBe('5 cookie lanes: scroll with the arrow keys');
    expect(container.querySelector('figure')!.getAttribute('aria-label')).toContain('Timeline of 5 cookie(s) and 7 event(s)');
    // The SVG itself is hidden from screen readers: the table says the same.
    expect(container.querySelector('.tl-lanes')!.getAttribute('aria-hidden')).toBe('true');
    const summary = screen.getByText('The timeline as a table (7 events)');
    expect(summary.tagName).toBe('SUMMARY'); // natively focusable, opens with Enter / Space
    expect(screen.queryByTestId('timeline-table')).toBeNull();
    const details = summary.parentElement as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const table = screen.getByTestId('timeline-table');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Cookie', 'Event', 'Time', 'Phase']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(7);
    expect(rows[5]!.querySelector('th')!.textContent).toContain('_ga');
    expect(rows[5]!.getAttribute('data-event')).toBe('renewed');
    expect(rows[5]!.textContent).toContain('After refusal');
    expect(rows[5]!.querySelector('time')!.getAttribute('datetime')).toBe(new Date((T0 + 14) * 1000).toISOString());
  });

  it('uses no font glyph for its marks', () => {
    const { container } = mount();
    expect(container.querySelector('.legend')!.textContent).not.toMatch(/[●◎✕⚑◐]/u);
  });
});
