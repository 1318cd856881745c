/**
 * The contract between the function injected into a page's own world (it reads the consent
 * platforms' globals) and the pure validators here: what it must copy, how, and within which caps.
 * What it returns is untrusted all the same (a page can shape its globals at will): the validators
 * check every value again (untrusted.ts).
 */

/** A value as the page-world function copies it: plain JSON data plus two markers. */
export type DumpValue = null | boolean | number | string | DumpRegExp | DumpError | DumpValue[] | { [key: string]: DumpValue };

/** A RegExp object, copied as its source and flags (structured clone and JSON would lose it). */
export interface DumpRegExp {
  $regexp: string;
  flags: string;
}

/** A property whose getter (or Proxy trap) threw, or a value that could not be copied. */
export interface DumpError {
  $error: string;
}

/**
 * What the page-world function returns: one key per platform found, absent when its global is
 * absent. Each value is the copy of the global named in `PAGE_GLOBALS`, limited to `keep`.
 */
export interface PageGlobalsDump {
  /** `window.tarteaucitron`: `job`, `parameters.cookieName`, `services[key]` for each key of `job`. */
  tarteaucitron?: DumpValue;
  /** `window.orejimeConfig` (or `window.orejime.config`). */
  orejime?: DumpValue;
  /** `window.klaroConfig` (or `window.klaro.getManager().config`). */
  klaro?: DumpValue;
  /** `window.CookieConsentDialog`'s `cookieTable*` arrays. */
  cookiebot?: DumpValue;
  /** `window._ckyConfig`. */
  cookieyes?: DumpValue;
  /** `window.OneTrust.GetDomainData()` (or `window.Optanon.GetDomainData()`). */
  onetrust?: DumpValue;
}

/** The platforms a dump may hold, in the order they are read. */
export const DUMP_PLATFORMS = ['tarteaucitron', 'orejime', 'klaro', 'cookiebot', 'cookieyes', 'onetrust'] as const;
export type DumpPlatform = (typeof DUMP_PLATFORMS)[number];

/**
 * Caps the page-world function must respect while copying (the validators cap again, lower or
 * equal): past them it stops copying that list, string or level, so a page with a 1e6-item array
 * or a 100 MB string costs the extension bounded work and bounded message size.
 */
export const DUMP_CAPS = {
  /** Nesting levels below the platform's global. */
  depth: 6,
  /** Items copied of one array. */
  arrayItems: 2000,
  /** Own keys copied of one object. */
  objectKeys: 200,
  /** Characters copied of one string. */
  stringChars: 2000,
  /** Values copied in all, all platforms together: past it the function stops and returns what it has. */
  totalValues: 100_000,
} as const;

/** Keys of a localised text (`{ en: 'Necessary', fr: 'Nécessaires' }`): CookieYes writes its texts so. */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl'];

/**
 * Where each platform's declaration lives and the only keys worth copying (others — user ids,
 * consent state, callbacks — are never copied). `path` is read from `window` one own property at
 * a time; a segment ending in `()` is a method called with no argument (OneTrust's, Klaro's).
 * `keep` lists keys kept at each level by name (`*` any key of an object, e.g. tarteaucitron's
 * services); functions, DOM nodes and symbols are dropped.
 */
export const PAGE_GLOBALS: Readonly<Record<DumpPlatform, { paths: readonly string[]; keep: readonly string[] }>> = {
  tarteaucitron: { paths: ['tarteaucitron'], keep: ['job', 'parameters', 'cookieName', 'services', '*', 'key', 'type', 'name', 'needConsent', 'cookies'] },
  orejime: {
    paths: ['orejimeConfig', 'orejime.config'],
    keep: ['purposes', 'apps', 'id', 'name', 'title', 'cookies', 'isMandatory', 'isExempt', 'required', 'cookieName', 'cookieExpiresAfterDays', 'categories'],
  },
  klaro: {
    paths: ['klaroConfig', 'klaro.getManager().config'],
    keep: ['services', 'apps', 'name', 'title', 'purposes', 'cookies', 'required', 'cookieName', 'cookieExpiresAfterDays', 'storageMethod'],
  },
  cookiebot: {
    paths: ['CookieConsentDialog'],
    keep: ['cookieTableNecessary', 'cookieTablePreference', 'cookieTableStatistics', 'cookieTableAdvertising', 'cookieTableUnclassified'],
  },
  cookieyes: {
    paths: ['_ckyConfig'],
    keep: [
      '_categories',
      'categories',
      'name',
      'slug',
      'isNecessary',
      'cookies',
      'cookieID',
      'domain',
      'duration',
      'description',
      'provider',
      '_expiry',
      ...LANGUAGES,
    ],
  },
  onetrust: {
    paths: ['OneTrust.GetDomainData()', 'Optanon.GetDomainData()'],
    keep: [
      'Groups',
      'GroupName',
      'CustomGroupId',
      'OptanonGroupId',
      'Cookies',
      'FirstPartyCookies',
      'Hosts',
      'HostName',
      'Name',
      'Host',
      'IsSession',
      'Length',
      'description',
    ],
  },
};
