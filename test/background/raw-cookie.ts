/** A cookie as the fake browser's cookies API answers it (a day to live, on .example.test), for the worker's tests. */
import type { RawCookie } from '../../src/core/cookies/raw-cookie';

export const rawCookie = (name: string, patch: Partial<RawCookie> = {}): RawCookie => ({
  name,
  value: `secret-${name}`,
  domain: '.example.test',
  path: '/',
  hostOnly: false,
  secure: false,
  httpOnly: false,
  sameSite: 'lax',
  session: false,
  expirationDate: Date.now() / 1000 + 86_400,
  storeId: '0',
  ...patch,
});
