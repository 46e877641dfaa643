import base from './jest.config.js'

/**
 * The unit tests, from the sources, main.test.ts among them (its signal tests act on events, not
 * on time): the end-to-end suites run dist/, which Stryker does not rebuild per mutant. The tests
 * of the repository's own text (workflows, README agreement, source layout) and of the benchmark's
 * guards mutate nothing. Stryker asks for a mutant's tests by name; the names each test file holds
 * are written down while every test runs once, and a mutant's run loads only the files holding the
 * tests it asks for (`__tests__/stryker/`), not every file to skip the rest.
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
  setupFilesAfterEnv: ['./__tests__/stryker/record-test-names.js'],
  testSequencer: './__tests__/stryker/test-file-sequencer.js',
  reporters: ['default'],
  collectCoverage: false,
  coverageThreshold: undefined
}
