// @ts-check
// While Stryker runs every test once to learn which tests cover which mutant, it names the running
// test in `__stryker__.currentTestId`, the name it later asks for; each name is kept with its file.
import { appendFileSync } from 'node:fs'
import { TEST_NAMES_FILE } from './test-names.js'

/** @type {Set<string>} */
const names = new Set()

afterEach(() => {
  const scope = /** @type {{ __stryker__?: { currentTestId?: unknown } }} */ (
    /** @type {unknown} */ (globalThis)
  )
  const name = scope.__stryker__?.currentTestId
  if (typeof name === 'string') names.add(name)
})

afterAll(() => {
  if (names.size === 0) return
  const { testPath } = expect.getState()
  appendFileSync(TEST_NAMES_FILE, JSON.stringify({ testPath, names: [...names] }) + '\n')
})
