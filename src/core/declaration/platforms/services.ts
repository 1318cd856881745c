/**
 * Orejime's and Klaro's declarations: a list of services (Klaro `services`, older `apps`; Orejime 3
 * `purposes`, possibly grouped one level, older `apps`), each with `cookies` — names, regexps,
 * `[name, path, domain]` triples — plus the platform's own consent cookie.
 */
import { categorize } from '../../charter/sections';
import type { Category } from '../../types';
import { PlatformReading, type PlatformResult } from '../entries';
import { cookieNames } from '../patterns';
import { field, flag, isObject, items, localized, MAX_NAME, number, text, type Tally } from '../untrusted';

/** Consent cookies' defaults (Orejime's README, Klaro's dist/config.js). */
const DEFAULTS = { orejime: { cookie: 'orejime', days: 365 }, klaro: { cookie: 'klaro', days: 365 } } as const;

/** Category from the service's purposes (Klaro: `purposes: ['analytics']`), else its group, else required → necessary. */
function categoryOf(service: unknown, group: string, tally: Tally): Category {
  if (flag(service, 'isMandatory') || flag(service, 'isExempt')) return 'necessary';
  for (const purpose of items(field(service, 'purposes', tally), undefined, 20)) {
    const word = text(purpose, 80);
    const category = word ? categorize(word) : 'unknown';
    if (category !== 'unknown') return category;
  }
  const fromGroup = group ? categorize(group) : 'unknown';
  if (fromGroup !== 'unknown') return fromGroup;
  return flag(service, 'required') ? 'necessary' : 'unknown';
}

/** A list of services, Orejime's groups (a purpose holding `purposes` of objects) flattened one level. */
function servicesOf(config: unknown, tally: Tally): { service: unknown; group: string }[] {
  const top = [...items(field(config, 'services', tally), tally), ...items(field(config, 'apps', tally), tally)];
  const purposes = items(field(config, 'purposes', tally), tally);
  const out = top.map((service) => ({ service, group: '' }));
  for (const purpose of purposes) {
    const nested = items(field(purpose, 'purposes', tally), tally).filter(isObject);
    if (nested.length === 0) out.push({ service: purpose, group: '' });
    const group = `${text(field(purpose, 'id', tally), 80)} ${localized(field(purpose, 'title', tally), 80)}`.trim();
    for (const service of nested) out.push({ service, group });
  }
  return out;
}

/**
 * The declaration of an Orejime or Klaro configuration; no declaration when `config` has no service list.
 * @example fromServices('klaro', { services: [{ name: 'matomo', purposes: ['analytics'], cookies: [[{ $regexp: '^_pk_.*$', flags: '' }, '/', 'example.test']] }] }, url)
 */
export function fromServices(kind: 'orejime' | 'klaro', config: unknown, url: string): PlatformResult {
  const reading = new PlatformReading(kind, url);
  const { tally } = reading;
  const services = servicesOf(config, tally);
  if (services.length === 0) return { reading };
  for (const { service, group } of services) {
    if (!reading.open) break;
    const id = text(field(service, 'name', tally), 120) || text(field(service, 'id', tally), 120);
    reading.add({
      names: items(field(service, 'cookies', tally), tally).flatMap(cookieNames),
      service: localized(field(service, 'title', tally), 200) || id,
      section:
        group ||
        items(field(service, 'purposes', tally), undefined, 5)
          .map((p) => text(p, 40))
          .filter(Boolean)
          .join(', '),
      category: categoryOf(service, group, tally),
    });
  }
  // Klaro may keep the choice in localStorage: then there is no consent cookie to declare.
  if (text(field(config, 'storageMethod', tally), 40) !== 'localStorage') {
    const own = text(field(config, 'cookieName', tally), MAX_NAME) || DEFAULTS[kind].cookie;
    const days = number(field(config, 'cookieExpiresAfterDays', tally)) ?? DEFAULTS[kind].days;
    reading.add({
      names: [own],
      service: kind === 'orejime' ? 'Orejime' : 'Klaro',
      purpose: 'consent choices',
      durationText: `${days} days`,
      section: kind,
      category: 'necessary',
    });
  }
  return { declaration: reading.declaration(kind === 'orejime' ? 'Orejime' : 'Klaro'), reading };
}
