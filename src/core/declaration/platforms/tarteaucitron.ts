/**
 * tarteaucitron's declaration: the services of `tarteaucitron.job` and each one's `cookies`
 * (tarteaucitron.services.js), plus its own consent cookie (`parameters.cookieName`).
 */
import type { Category } from '../../types';
import { PlatformReading, type PlatformResult } from '../entries';
import { cookieNames } from '../patterns';
import { field, isList, items, MAX_NAME, text } from '../untrusted';

// tarteaucitron's service types (the `type` of each service in tarteaucitron.services.js).
const TYPES: Readonly<Record<string, Category>> = {
  analytic: 'statistics',
  ads: 'marketing',
  google: 'marketing',
  social: 'third-party',
  video: 'third-party',
  comment: 'third-party',
  support: 'third-party',
  api: 'third-party',
  other: 'third-party',
};

/** The consent cookie's default name (tarteaucitron.js, `parameters.cookieName`). */
const DEFAULT_COOKIE = 'tarteaucitron';

/**
 * The declaration tarteaucitron's configuration makes; no declaration when `value` is not one.
 * A service with `needConsent: false` is necessary (audience measurement stays statistics: it
 * claims the exemption, which the comparison checks); the others take their type's category.
 * @example fromTarteaucitron({ job: ['gtag'], services: { gtag: { type: 'analytic', name: 'Google Analytics', cookies: ['_ga'] } } }, url)
 */
export function fromTarteaucitron(value: unknown, url: string): PlatformResult {
  const reading = new PlatformReading('tarteaucitron', url);
  const { tally } = reading;
  const job = field(value, 'job', tally);
  const services = field(value, 'services', tally);
  if (!isList(job) && services === undefined) return { reading };
  const seen = new Set<string>();
  for (const item of items(job, tally)) {
    const key = text(item, MAX_NAME);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const service = field(services, key, tally);
    const type = text(field(service, 'type', tally), 40);
    const names = items(field(service, 'cookies', tally), tally).flatMap(cookieNames);
    const exempt = field(service, 'needConsent', tally) === false;
    reading.add({
      names,
      service: text(field(service, 'name', tally)) || key,
      section: type,
      category: exempt && type !== 'analytic' ? 'necessary' : (TYPES[type] ?? 'unknown'),
    });
    if (!reading.open) break;
  }
  const own = text(field(field(value, 'parameters', tally), 'cookieName', tally), MAX_NAME) || DEFAULT_COOKIE;
  reading.add({ names: [own], service: 'tarteaucitron', purpose: 'consent choices', section: 'tarteaucitron', category: 'necessary' });
  return { declaration: reading.declaration('tarteaucitron'), reading };
}
