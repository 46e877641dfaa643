import base from './jest.config.js'

/**
 * The unit tests of the layers mutation testing changes (src/targets, run, net, box), from the
 * sources: the end-to-end suites run dist/, and main.test.ts tests the runner's side, whose signal
 * tests wait on real time.
 */
export default {
  ...base,
  testMatch: ['**/__tests__/unit/**/*.test.ts'],
  testPathIgnorePatterns: [
    ...(base.testPathIgnorePatterns ?? []),
    'main\\.test\\.ts',
    'workflows\\.test\\.ts',
    'agreement\\.test\\.ts',
    'source\\.test\\.ts'
  ],
  globalSetup: undefined,
  reporters: ['default'],
  collectCoverage: false,
  coverageThreshold: undefined
}
