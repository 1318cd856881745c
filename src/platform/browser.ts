/**
 * The only import of webextension-polyfill (docs/ARCHITECTURE.md, "Bundles"). Chrome now ships `browser.*` natively,
 * so dropping the polyfill later is a one-line change here.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Cookies, Runtime, Tabs } from 'webextension-polyfill';
