// Unit tests run in node (core) or jsdom (docblock); e2e tests drive real browsers.
const transform = {
  '^.+\\.(t|j|mj)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic', importSource: 'preact' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};
const shared = {
  transform,
  transformIgnorePatterns: ['/node_modules/(?!(preact|@testing-library/preact)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: { '^webextension-polyfill$': '<rootDir>/test/fakes/browser.ts' },
  testEnvironment: 'node',
  globals: { __TARGET__: 'chrome', __DEV__: false },
  // registrableDomain's Public Suffix List is installed, not imported (src/core/cookies/domain.ts).
  setupFiles: ['<rootDir>/test/setup/public-suffix.ts'],
};
/**
 * Slow but browserless: tests that spawn processes (the CLI bundle, npm start, the watch build) or
 * read 5 MB and 20,000-row charters. `npm test` runs them; `npm run check` (the inner loop) does not.
 */
const SLOW = [
  '<rootDir>/test/build/start.test.ts',
  '<rootDir>/test/build/watch.test.ts',
  '<rootDir>/test/cli/audit-run.test.ts', // spawns npm run audit over the demo fleet in Chromium
  '<rootDir>/test/cli/hostile.test.ts',
  '<rootDir>/test/cli/input.test.ts', // spawns the bundled CLI, and reads pages nested 20,000 deep
  '<rootDir>/test/cli/spawn.test.ts',
  '<rootDir>/test/core/charter/parse-charter.large.test.ts',
  '<rootDir>/test/core/declaration/charter-cli.test.ts', // spawns the bundled CLI on every policy fixture
  '<rootDir>/test/popup/stream-large.test.tsx', // 1,200 rows in jsdom
];
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts?(x)'],
      testPathIgnorePatterns: ['/test/e2e/', ...SLOW.map((path) => path.replace('<rootDir>', ''))],
    },
    { ...shared, displayName: 'slow', testMatch: SLOW },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
