// @ts-check
// Joins the incremental reports of a mutation run made in parts into one, so that a last run over
// everything reuses them (docs/mutation-testing.md, "A whole run in parts"):
//
//   node scripts/join-mutation-reports.js [--drop-timeouts] OUT PART...
//
// Each part mutated other files, at one commit. Stryker numbers tests and mutants per run, so both
// are numbered again: a test is the same test when its file, name and place are. With
// --drop-timeouts the mutants that timed out are left out, and the last run tests them again.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * @typedef {{ id: string, name: string, location?: { start?: { line?: number, column?: number } } }} TestDefinition
 * @typedef {{ source?: string, tests: TestDefinition[] }} TestFile
 * @typedef {{ id: string, status: string, killedBy?: string[], coveredBy?: string[] }} Mutant
 * @typedef {{ mutants: Mutant[] }} MutatedFile
 * @typedef {{ files: Record<string, MutatedFile>, testFiles?: Record<string, TestFile> }} Report
 */

/**
 * One incremental report of the parts' files and tests.
 * @param {Report[]} parts
 * @param {{ dropTimeouts?: boolean }} [options]
 * @returns {Report}
 */
export function joinReports(parts, options = {}) {
  const [first] = parts
  if (!first) throw new Error('no report to join')
  /** @type {Map<string, string>} */
  const testIds = new Map()
  /** @type {Record<string, TestFile>} */
  const testFiles = {}
  /** @type {Record<string, MutatedFile>} */
  const files = {}
  let mutants = 0
  for (const part of parts) {
    /** @type {Map<string, string>} the part's test IDs, as joined */
    const joinedId = new Map()
    for (const [file, body] of Object.entries(part.testFiles ?? {})) {
      const joined = (testFiles[file] ??= { ...body, tests: [] })
      if (joined.source !== body.source) {
        throw new Error(`${file} differs between the parts: they were not run at one commit`)
      }
      for (const test of body.tests) {
        const start = test.location?.start
        const key = JSON.stringify([file, test.name, start?.line, start?.column])
        let id = testIds.get(key)
        if (id === undefined) {
          id = String(testIds.size)
          testIds.set(key, id)
          joined.tests.push({ ...test, id })
        }
        joinedId.set(test.id, id)
      }
    }
    /** @param {string[] | undefined} ids */
    const rename = ids =>
      ids?.map(id => {
        const joined = joinedId.get(id)
        if (joined === undefined)
          throw new Error(`a mutant names test ${id}, which its part does not list`)
        return joined
      })
    for (const [file, body] of Object.entries(part.files)) {
      if (file in files) throw new Error(`${file} is in two parts`)
      const kept = body.mutants.filter(m => !(options.dropTimeouts && m.status === 'Timeout'))
      files[file] = {
        ...body,
        mutants: kept.map(m => {
          /** @type {Mutant} */
          const mutant = { ...m, id: String(mutants++) }
          const killedBy = rename(m.killedBy)
          const coveredBy = rename(m.coveredBy)
          if (killedBy) mutant.killedBy = killedBy
          if (coveredBy) mutant.coveredBy = coveredBy
          return mutant
        })
      }
    }
  }
  return { ...first, files, testFiles }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const dropTimeouts = args.includes('--drop-timeouts')
  const [out, ...inputs] = args.filter(a => a !== '--drop-timeouts')
  if (!out || inputs.length === 0) {
    console.error('usage: node scripts/join-mutation-reports.js [--drop-timeouts] OUT PART...')
    process.exit(2)
  }
  const parts = inputs.map(
    file => /** @type {Report} */ (JSON.parse(fs.readFileSync(file, 'utf8')))
  )
  const joined = joinReports(parts, { dropTimeouts })
  fs.writeFileSync(out, JSON.stringify(joined))
  const count = Object.values(joined.files).reduce((n, f) => n + f.mutants.length, 0)
  console.log(`${out}: ${Object.keys(joined.files).length} files, ${count} mutants`)
}
