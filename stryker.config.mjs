// @ts-check
// Mutation testing: npm run test:mutation. Stryker changes src/targets, src/run, src/net, src/box,
// src/action and src/auth one mutant at a time and runs the unit tests that cover each change; a
// mutant no test notices "survives". Stryker is installed in mutation/ and run on node@24 (it needs Node 22).
import os from 'node:os'

/** @type {import('./mutation/node_modules/@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  plugins: ['@stryker-mutator/jest-runner'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.mutation.config.js',
    enableFindRelatedTests: false
  },
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  mutate: [
    'src/targets/**/*.ts',
    'src/run/**/*.ts',
    'src/net/**/*.ts',
    'src/box/**/*.ts',
    'src/action/**/*.ts',
    'src/auth/**/*.ts',
    'src/redact.ts'
  ],
  coverageAnalysis: 'perTest',
  // A mutant in code that runs when a module loads would need every test: such mutants are left
  // out, and their code is what every test exercises anyway.
  ignoreStatic: true,
  // One test runner more than cores: a runner waits for a mutant that hangs until its time-out
  // and then for its own restart, and on 2 cores two runners left them idle about half the time.
  concurrency: os.availableParallelism() + 1,
  // Each Jest run in a runner leaves its modules behind (ESM): a runner passed 2 GB within six
  // minutes and slowed down. A new runner every 25 mutants keeps them small.
  maxTestRunnerReuse: 25,
  // A mutant that loops forever is killed after this much more than its tests' own time.
  timeoutMS: 5_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  ignorePatterns: ['dist', 'bench', 'mutation', 'coverage', 'reports', '.stryker-test-names.jsonl'],
  tempDirName: '.stryker-tmp',
  // break: just under the whole run's score (93.10 % at 6f6c6d3, 94.36 % at 98453dc, 94.45 % at
  // cbfdab1; docs/mutation-testing.md).
  thresholds: { high: 90, low: 75, break: 93 }
}
