import { applyChanges } from '../../../src/core/audit/recorder';
import { cookieRefKey } from '../../../src/core/audit/types';
import { change, record, T0 } from './fixtures';

const needs = () => 'needs-consent' as const;

describe('applyChanges', () => {
  it('records a first write as set, then the overwrite pair as one renewal', () => {
    const { record: next, events } = applyChanges(
      record(),
      [change(T0 + 1, '_ga'), change(T0 + 2, '_ga', { removed: true, cause: 'overwrite' }), change(T0 + 2, '_ga')],
      needs,
    );
    expect(events.map((e) => e.event)).toEqual(['set', 'renewed']);
    expect(next.timeline).toHaveLength(2);
    expect(next.written[cookieRefKey({ name: '_ga', domain: '.example.test', path: '/' })]).toMatchObject({ lifetimeSeconds: 400 * 86_400 });
  });

  it('tags each event with the phase in force and the consent class, never a value', () => {
    const refusal = change(T0 + 5, 'tarteaucitron', { consent: { cmp: 'tarteaucitron', decided: true, choice: 'refused' } });
    const { record: next, events } = applyChanges(record(), [change(T0 + 1, '_ga'), refusal, change(T0 + 6, '_ga')], needs);
    expect(events.map((e) => [e.name, e.phase])).toEqual([
      ['_ga', 'before-choice'],
      ['tarteaucitron', 'after-refusal'],
      ['_ga', 'after-refusal'],
    ]);
    expect(next.phases.map((p) => p.phase)).toEqual(['before-choice', 'after-refusal']);
    expect(next.consent).toEqual({ cmp: 'tarteaucitron', decided: true, choice: 'refused' });
    expect(JSON.stringify(next)).not.toContain('value');
  });

  it('an undecided consent cookie changes no phase; an unreadable one asks the user', () => {
    const wait = change(T0 + 1, 'tarteaucitron', { consent: { cmp: 'tarteaucitron', decided: false, choice: 'unknown' } });
    const unknown = change(T0 + 2, 'cookies_preferences', { consent: { cmp: 'opendatasoft', decided: true, choice: 'unknown' } });
    const first = applyChanges(record(), [wait], needs).record;
    expect(first.phases).toHaveLength(1);
    expect(first.needsAnswer).toBe(false);
    const second = applyChanges(first, [unknown], needs).record;
    expect(second.phases).toHaveLength(1);
    expect(second.needsAnswer).toBe(true);
  });

  it.each([
    ['explicit', 'removed'],
    ['evicted', 'removed'],
    ['expired', 'expired'],
    ['expired_overwrite', 'expired'],
  ])('a removal with cause %s is %s', (cause, kind) => {
    const { events } = applyChanges(record(), [change(T0 + 1, 'x', { removed: true, cause })], needs);
    expect(events.map((e) => e.event)).toEqual([kind]);
  });

  it('records nothing once the audit is done, and keeps the stored record as it was', () => {
    const done = record({ state: 'done' });
    expect(applyChanges(done, [change(T0 + 1, '_ga')], needs)).toEqual({ record: done, events: [] });
    const live = record();
    applyChanges(live, [change(T0 + 1, '_ga')], needs);
    expect(live.timeline).toEqual([]);
  });

  it('a session cookie is written with no lifetime', () => {
    const { record: next } = applyChanges(record(), [change(T0 + 1, 'sid', {}, { session: true, expirationDate: undefined })], needs);
    expect(Object.values(next.written)[0]?.lifetimeSeconds).toBeNull();
  });
});
