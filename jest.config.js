/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.check.json' }] },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Stryker's sandboxes are copies of the tree: never tests of this one.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/\\.stryker-tmp/', '<rootDir>/mutation/'],
  modulePathIgnorePatterns: ['<rootDir>/\\.stryker-tmp/', '<rootDir>/mutation/'],
  testTimeout: 60000,
  globalSetup: './__tests__/global-setup.js',
  setupFiles: ['./__tests__/fast-check-setup.js'],
  reporters: ['default', './__tests__/summary-reporter.js'],
  // The end-to-end suites run dist/index.js in child processes, which coverage cannot see: the
  // unit tests alone must cover src/.
  collectCoverageFrom: ['src/**/*.ts', '!src/index.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  coverageThreshold: { global: { lines: 90 } }
}
