// @ts-check
// Jest's own order, less the test files that hold no test a mutant's run asks for by name. Jest
// would load each such file only to skip its tests, and loading them is most of a mutant's time.
// A run of every test, or one before the names are written, keeps every file.
import JestSequencer from '@jest/test-sequencer'
import { filesHoldingTests, readTestNames } from './test-names.js'

// Node's ESM loader gives the class itself; the package's types describe its CommonJS export.
const Sequencer = /** @type {typeof import('@jest/test-sequencer').default} */ (
  /** @type {unknown} */ (JestSequencer)
)

export default class TestFileSequencer extends Sequencer {
  /** @param {ConstructorParameters<typeof Sequencer>[0]} options */
  constructor(options) {
    super(options)
    this.testNamePattern = options.globalConfig.testNamePattern
  }

  /**
   * @override
   * @param {Parameters<InstanceType<typeof Sequencer>['sort']>[0]} tests
   */
  sort(tests) {
    if (!this.testNamePattern) return super.sort(tests)
    const namesByFile = readTestNames()
    if (namesByFile === undefined) return super.sort(tests)
    return super.sort(filesHoldingTests(tests, namesByFile, this.testNamePattern))
  }
}
