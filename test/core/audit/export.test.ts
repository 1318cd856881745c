import { auditExport, isoWithOffset } from '../../../src/core/audit/export';
import { applyChanges } from '../../../src/core/audit/recorder';
import { change, record, T0 } from './fixtures';

describe('isoWithOffset', () => {
  it.each([
    [0, 0, '1970-01-01T00:00:00+00:00'],
    [0, 60, '1970-01-01T01:00:00+01:00'],
    [0, -330, '1969-12-31T18:30:00-05:30'],
    [1.25, 120, '1970-01-01T02:00:01.250+02:00'],
    [1_764_586_800, 60, '2025-12-01T12:00:00+01:00'],
  ])('%s s at %s min → %s', (seconds, offset, iso) => {
    expect(isoWithOffset(seconds, offset)).toBe(iso);
    expect(Date.parse(iso)).toBe(Math.round(seconds * 1000));
  });
});

describe('auditExport', () => {
  const rec = applyChanges(
    record(),
    [change(T0 + 1, '_ga'), change(T0 + 2, 'tarteaucitron', { consent: { cmp: 'tarteaucitron', decided: true, choice: 'refused' } })],
    () => 'needs-consent',
  ).record;
  const done = {
    ...rec,
    state: 'done' as const,
    endedAt: T0 + 60,
    endReason: 'stopped' as const,
    restored: { count: 12, failed: [{ name: 'gone', domain: 'x.test', path: '/', reason: 'expired' }], removedWritten: 2 },
  };

  it("is DESIGN's audit block, every time in ISO 8601 with the offset", () => {
    const out = auditExport(done, 60) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['startedAt', 'endedAt', 'phases', 'timeline', 'restored']);
    expect(out).toMatchObject({
      startedAt: isoWithOffset(T0, 60),
      endedAt: isoWithOffset(T0 + 60, 60),
      phases: [
        { phase: 'before-choice', startedAt: isoWithOffset(T0, 60), consent: { cmp: 'none', decided: false, choice: 'unknown' } },
        { phase: 'after-refusal', startedAt: isoWithOffset(T0 + 2, 60), consent: { cmp: 'tarteaucitron', decided: true, choice: 'refused' } },
      ],
      timeline: [
        { t: isoWithOffset(T0 + 1, 60), phase: 'before-choice', name: '_ga', domain: '.example.test', path: '/', event: 'set', consentClass: 'needs-consent' },
        expect.objectContaining({ name: 'tarteaucitron', phase: 'after-refusal' }),
      ],
      restored: { count: 12, failed: [{ name: 'gone', domain: 'x.test', path: '/', reason: 'expired' }] },
    });
    expect(String(out.startedAt)).toMatch(/\+01:00$/);
  });

  it('a running audit has no end yet and nothing restored', () => {
    const out = auditExport(rec, 0) as { endedAt: unknown; restored: unknown };
    expect(out.endedAt).toBeNull();
    expect(out.restored).toEqual({ count: 0, failed: [] });
  });
});
