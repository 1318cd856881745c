import {
  CHARTER_FRESH_MS,
  MAX_ENTRY_BYTES,
  MAX_TOTAL_BYTES,
  charterKey,
  expiredKeys,
  isCacheable,
  isFresh,
  jsonBytes,
  planWrite,
} from '../../src/core/cache-policy';

const entry = (key: string, bytes: number, storedAt: number) => ({ key, bytes, storedAt });

describe('charter cache policy', () => {
  it('keys on the cookie store and the origin, so private, container and normal copies stay apart', () => {
    const keys = ['0', '1', 'firefox-container-1'].map((store) => charterKey(store, 'https://data.example.test'));
    expect(new Set(keys).size).toBe(3);
    expect(charterKey('0', 'https://a.test')).not.toBe(charterKey('0', 'https://b.test'));
  });

  it('caches only charters actually read', () => {
    expect(isCacheable({ status: 'not-found', tried: [], message: '' })).toBe(false);
    expect(isCacheable({ status: 'error', url: '', tried: [], message: '' })).toBe(false);
    expect(isCacheable({ status: 'no-table', title: '', tried: [], url: 'https://a.test/', fetchedAt: '', sha256: '' })).toBe(true);
  });

  it.each([
    [0, true],
    [CHARTER_FRESH_MS - 1, true],
    [CHARTER_FRESH_MS, false],
    [-1, false],
  ])('at %i ms after storing, fresh is %s', (age, fresh) => expect(isFresh(1_000_000, 1_000_000 + age)).toBe(fresh));

  it('counts UTF-8 bytes of the JSON', () => expect(jsonBytes({ a: 'é' })).toBe('{"a":"é"}'.length + 1));

  it('refuses an entry over the per-entry budget, evicting nothing but its own stale copy', () => {
    const index = [entry('a', 10, 0), entry('big', 10, 0)];
    expect(planWrite(index, entry('big', MAX_ENTRY_BYTES + 1, 5), 5)).toEqual({ store: false, evict: ['big'], index: [entry('a', 10, 0)] });
  });

  it('evicts the oldest entries until the total fits, never the one being written', () => {
    const index = [entry('new', 30, 30), entry('old', 30, 10), entry('mid', 30, 20)];
    const plan = planWrite(index, entry('x', 30, 40), 40, { entry: 100, total: 100 });
    expect(plan).toMatchObject({ store: true, evict: ['old'] });
    expect(plan.index.map((e) => e.key)).toEqual(['mid', 'new', 'x']);
    expect(plan.index.reduce((n, e) => n + e.bytes, 0)).toBeLessThanOrEqual(100);
  });

  it('lets one site fill its entry budget many times without starving another (hostile pages)', () => {
    let index: ReturnType<typeof planWrite>['index'] = [];
    for (let i = 0; i < 40; i++) index = planWrite(index, entry(`hostile${i}`, MAX_ENTRY_BYTES, i), i).index;
    const genuine = planWrite(index, entry('genuine', 50_000, 100), 100);
    expect(genuine.store).toBe(true);
    expect(genuine.index.reduce((n, e) => n + e.bytes, 0)).toBeLessThanOrEqual(MAX_TOTAL_BYTES);
  });

  it('drops expired entries on a write and lists them for a purge', () => {
    const index = [entry('stale', 1, 0), entry('fresh', 1, CHARTER_FRESH_MS)];
    expect(planWrite(index, entry('x', 1, CHARTER_FRESH_MS + 1), CHARTER_FRESH_MS + 1).evict).toEqual(['stale']);
    expect(expiredKeys(index, CHARTER_FRESH_MS + 1)).toEqual(['stale']);
  });

  it('replaces an entry under the same key', () => {
    const plan = planWrite([entry('k', 5, 0)], entry('k', 7, 1), 1);
    expect(plan).toEqual({ store: true, evict: [], index: [entry('k', 7, 1)] });
  });
});
