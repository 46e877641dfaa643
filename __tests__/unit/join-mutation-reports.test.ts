import { describe, expect, it } from '@jest/globals'
import { joinReports } from '../../scripts/join-mutation-reports.js'

const SOURCE = "it('finds a', ...)\nit('finds b', ...)\n"

/** A part's report: the same test file, its two tests numbered from `firstId` as Stryker does per run. */
function part(
  file: string,
  firstId: number,
  mutants: { status: string; killedBy?: string[]; coveredBy?: string[] }[],
  source = SOURCE
) {
  return {
    schemaVersion: '2',
    thresholds: { high: 90, low: 75, break: 93 },
    files: {
      [file]: {
        language: 'typescript',
        source: 'export const x = 1',
        mutants: mutants.map((m, i) => ({ id: String(i), ...m }))
      }
    },
    testFiles: {
      '__tests__/unit/a.test.ts': {
        source,
        tests: [
          { id: String(firstId), name: 'finds a', location: { start: { line: 1, column: 1 } } },
          { id: String(firstId + 1), name: 'finds b', location: { start: { line: 2, column: 1 } } }
        ]
      }
    }
  }
}

describe('joining the parts of a mutation run (scripts/join-mutation-reports.js)', () => {
  it('lists each test once, names it alike in every part, and numbers mutants across the parts', () => {
    const one = part('src/one.ts', 0, [
      { status: 'Killed', killedBy: ['1'], coveredBy: ['0', '1'] }
    ])
    const two = part('src/two.ts', 7, [
      { status: 'Survived', coveredBy: ['7'] },
      { status: 'Killed', killedBy: ['8'], coveredBy: ['8'] }
    ])
    const joined = joinReports([one, two])
    expect(joined.testFiles).toEqual({
      '__tests__/unit/a.test.ts': {
        source: SOURCE,
        tests: [
          { id: '0', name: 'finds a', location: { start: { line: 1, column: 1 } } },
          { id: '1', name: 'finds b', location: { start: { line: 2, column: 1 } } }
        ]
      }
    })
    expect(joined.files['src/one.ts']?.mutants).toEqual([
      { id: '0', status: 'Killed', killedBy: ['1'], coveredBy: ['0', '1'] }
    ])
    expect(joined.files['src/two.ts']?.mutants).toEqual([
      { id: '1', status: 'Survived', coveredBy: ['0'] },
      { id: '2', status: 'Killed', killedBy: ['1'], coveredBy: ['1'] }
    ])
    expect(joined).toMatchObject({ schemaVersion: '2', thresholds: { break: 93 } })
  })

  it('leaves out the mutants that timed out when asked, so that the last run tests them again', () => {
    const mutants = [
      { status: 'Timeout', coveredBy: ['0'] },
      { status: 'Survived', coveredBy: ['1'] }
    ]
    const kept = (dropTimeouts: boolean) =>
      joinReports([part('src/one.ts', 0, mutants)], { dropTimeouts }).files['src/one.ts']?.mutants
    expect(kept(true)).toEqual([{ id: '0', status: 'Survived', coveredBy: ['1'] }])
    expect(kept(false)?.map(m => m.status)).toEqual(['Timeout', 'Survived'])
  })

  it('refuses parts run at other commits, a file mutated twice, a test no part lists, and nothing', () => {
    const one = part('src/one.ts', 0, [{ status: 'Survived', coveredBy: ['0'] }])
    expect(() =>
      joinReports([one, part('src/two.ts', 0, [], `${SOURCE}it('finds c', ...)\n`)])
    ).toThrow('__tests__/unit/a.test.ts differs between the parts: they were not run at one commit')
    expect(() => joinReports([one, part('src/one.ts', 0, [])])).toThrow(
      'src/one.ts is in two parts'
    )
    expect(() =>
      joinReports([part('src/one.ts', 0, [{ status: 'Killed', killedBy: ['5'] }])])
    ).toThrow('a mutant names test 5, which its part does not list')
    expect(() => joinReports([])).toThrow('no report to join')
  })
})
