import { eventKind } from '../../../src/core/audit/changes';

describe('eventKind', () => {
  it.each([
    [false, 'explicit', false, 'set'],
    [false, 'explicit', true, 'renewed'],
    [true, 'overwrite', false, null],
    [true, 'overwrite', true, null],
    [true, 'explicit', true, 'removed'],
    [true, 'evicted', true, 'removed'],
    [true, 'expired', true, 'expired'],
    [true, 'expired_overwrite', false, 'expired'],
  ])('removed=%s cause=%s seen=%s → %s', (removed, cause, seen, kind) => {
    expect(eventKind({ removed, cause }, seen)).toBe(kind);
  });
});
