/**
 * Two projects: `unit` (beside the code, no database) and `integration`
 * (`*.int.test.ts`, against a real Neo4j that test/support/global-setup.ts starts once
 * for the run on a free port with a throw-away data folder).
 * @type {import('jest').Config}
 */
const common = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  // Sources import with `.js` (Node16 ESM-style specifiers); map them back to the .ts files.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
};

module.exports = {
  // Integration tests start servers and wait on a real database.
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/server/**/*.test.ts',
        '<rootDir>/client/**/*.test.ts',
        '<rootDir>/test/**/*.test.ts',
        '<rootDir>/bench/**/*.test.ts',
      ],
      testPathIgnorePatterns: ['\\.int\\.test\\.ts$', '/node_modules/', '/dist/', '\\.e2e\\.test\\.ts$'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/**/*.int.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
