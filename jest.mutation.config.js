import base from './jest.config.js'

/**
 * The unit tests, from the sources, main.test.ts among them (its signal tests act on events, not
 * on time): the end-to-end suites run dist/, which Stryker does not rebuild per mutant. The tests
 * of the repository's own text (workflows, README agreement, source layout) and of the benchmark's
 * guards mutate nothing.
 */
export default {
  ...base,
  testMatch: ['**/__tests__/unit/**/*.test.ts'],
  testPathIgnorePatterns: [
    ...(base.testPathIgnorePatterns ?? []),
    'workflows\\.test\\.ts',
    'agreement\\.test\\.ts',
    'source\\.test\\.ts',
    'bench-guards\\.test\\.ts'
  ],
  globalSetup: undefined,
  reporters: ['default'],
  collectCoverage: false,
  coverageThreshold: undefined
}
