// @ts-check
// Where a mutation run keeps the names of the tests each test file holds: written while Stryker
// runs every test once to learn what covers each mutant, read for each mutant so that only the
// files holding the tests it asks for are loaded.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const TEST_NAMES_FILE = fileURLToPath(
  new URL('../../.stryker-test-names.jsonl', import.meta.url)
)

/**
 * The test names of each test file, from lines of `{ testPath, names }`.
 * @param {string} text
 * @returns {Map<string, string[]>}
 */
export function parseTestNames(text) {
  /** @type {Map<string, string[]>} */
  const byFile = new Map()
  for (const line of text.split('\n')) {
    if (line === '') continue
    /** @type {{ testPath: string, names: string[] }} */
    const { testPath, names } = JSON.parse(line)
    byFile.set(testPath, [...(byFile.get(testPath) ?? []), ...names])
  }
  return byFile
}

/** @type {Map<string, string[]> | undefined} */
let known

/**
 * The names written so far, read once per process: the file is complete once every test has run
 * once, which is before any run asks for tests by name.
 * @returns {Map<string, string[]> | undefined}
 */
export function readTestNames() {
  if (known === undefined && existsSync(TEST_NAMES_FILE)) {
    known = parseTestNames(readFileSync(TEST_NAMES_FILE, 'utf8'))
  }
  return known
}

/**
 * The test files a run asked for by name must load: those holding a test the pattern matches (as
 * Jest matches it, ignoring case), and those whose names are not known.
 * @template {{ path: string }} T
 * @param {T[]} tests
 * @param {Map<string, string[]>} namesByFile
 * @param {string} testNamePattern
 * @returns {T[]}
 */
export function filesHoldingTests(tests, namesByFile, testNamePattern) {
  const pattern = new RegExp(testNamePattern, 'i')
  return tests.filter(test => {
    const names = namesByFile.get(test.path)
    return names === undefined || names.some(name => pattern.test(name))
  })
}
