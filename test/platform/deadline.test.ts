import { withDeadline } from '../../src/platform/deadline';

describe('withDeadline', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('settles as the work does when it is in time, and leaves no timer behind', async () => {
    await expect(withDeadline(Promise.resolve('done'), 1000, () => 'late')).resolves.toBe('done');
    await expect(withDeadline(Promise.reject(new Error('boom')), 1000, () => 'late')).rejects.toThrow('boom');
    expect(jest.getTimerCount()).toBe(0);
  });

  it('settles as late() does once the time is up: its value, or its throw', async () => {
    const never = new Promise<string>(() => undefined);
    const value = withDeadline(never, 1000, () => 'late');
    const thrown = withDeadline(never, 1000, (): never => {
      throw new Error('too slow');
    });
    jest.advanceTimersByTime(1000);
    await expect(value).resolves.toBe('late');
    await expect(thrown).rejects.toThrow('too slow');
  });
});
