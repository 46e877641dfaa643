import { describe, expect, it } from '@jest/globals'
import { filesHoldingTests, parseTestNames } from '../stryker/test-names.js'

/** A test-name pattern as Stryker's Jest runner builds it: each name escaped, in a group, or'ed. */
function patternOf(...names: string[]): string {
  return names.map(name => `(${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`).join('|')
}

const tests = ['/a.test.ts', '/b.test.ts', '/c.test.ts', '/new.test.ts'].map(path => ({ path }))

const namesByFile = parseTestNames(
  [
    JSON.stringify({ testPath: '/a.test.ts', names: ['paging stops at the bound (1 of 2)'] }),
    JSON.stringify({ testPath: '/b.test.ts', names: ['Paging Stops At The Bound (1 of 2)'] }),
    JSON.stringify({ testPath: '/c.test.ts', names: ['retries a 429'] }),
    JSON.stringify({ testPath: '/c.test.ts', names: ['retries a 503'] }),
    ''
  ].join('\n')
)

describe('the test files a mutant run loads', () => {
  it('reads the names of each file, a file written twice holding both', () => {
    expect(namesByFile.get('/c.test.ts')).toEqual(['retries a 429', 'retries a 503'])
    expect([...namesByFile.keys()]).toEqual(['/a.test.ts', '/b.test.ts', '/c.test.ts'])
  })

  it('keeps the files holding a test asked for, ignoring case as Jest does, and any file of unknown names', () => {
    const kept = filesHoldingTests(
      tests,
      namesByFile,
      patternOf('paging stops at the bound (1 of 2)')
    )
    expect(kept.map(test => test.path)).toEqual(['/a.test.ts', '/b.test.ts', '/new.test.ts'])
  })

  it('keeps a file for any one of the names asked for, and none for a name no file holds', () => {
    const some = filesHoldingTests(tests, namesByFile, patternOf('no such test', 'retries a 503'))
    expect(some.map(test => test.path)).toEqual(['/c.test.ts', '/new.test.ts'])
    const none = filesHoldingTests(tests, namesByFile, patternOf('retries a 500'))
    expect(none.map(test => test.path)).toEqual(['/new.test.ts'])
  })
})
