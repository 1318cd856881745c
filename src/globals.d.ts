/** Constants the build injects with esbuild's `define` (scripts/build.mjs). */
declare const __TARGET__: 'chrome' | 'firefox';
declare const __DEV__: boolean;
