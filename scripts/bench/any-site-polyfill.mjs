// Stands in for webextension-polyfill when scripts/bench/any-site.mjs bundles background code for node (never called).
export default {};
