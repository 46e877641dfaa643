import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { readActionYml, ROOT } from '../../harness/run-action.js'
import { INPUT_DEFAULTS, INPUT_NAMES, OUTPUT_NAMES } from '../../src/inputs.js'
import { isRetriedStatus, RETRY_POLICY } from '../../src/net/retry-policy.js'
import { KIND_NAMES } from '../../src/targets/kinds.js'
import { ACTION_VERSION } from '../../src/version.js'

const action = readActionYml()
const readme = fs.readFileSync(`${ROOT}/README.md`, 'utf8')

/** The first column of the Markdown table under a heading. */
function tableNames(heading: string): string[] {
  const section = readme.split(/^#+ /m).find(s => s.startsWith(heading))
  if (!section) throw new Error(`README has no section ${heading}`)
  return [...section.matchAll(/^\| `([^`]+)`\s*\|/gm)].map(m => m[1] as string)
}

describe('action.yml, README and code agree', () => {
  it('declares exactly the inputs the code reads, with the same defaults', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort())
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect([name, spec.default]).toEqual([
        name,
        INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS]
      ])
    }
  })

  it('has an input for every kind of target', () => {
    for (const kind of KIND_NAMES) expect(INPUT_NAMES).toContain(kind)
  })

  it('declares exactly the outputs the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
  })

  it('states the retry policy the code holds', () => {
    const { retriedStatuses, firstBackoffMs, jitter, maxWaitMs, renewalsAfter401 } = RETRY_POLICY
    const readmeText = readme.replace(/\s+/g, ' ')
    const statuses = `${retriedStatuses.listed.join(', ')}, ${retriedStatuses.from / 100}xx`
    expect(retriedStatuses.to).toBe(retriedStatuses.from + 99)
    expect(readmeText).toContain(
      `${statuses} and network errors (reset, refused, timeout) are retried`
    )
    expect(readmeText).toContain(`(one wait is capped at ${maxWaitMs / 1000} s)`)
    expect(readmeText).toContain(
      `exponential backoff from about ${firstBackoffMs / 1000} s with ±${jitter * 100} % jitter`
    )
    expect(renewalsAfter401).toBe(1)
    expect(readmeText).toContain('a call answered 401 gets one new token and one retry')
    const withBody = RETRY_POLICY.splitWithBoxBody
    expect(readmeText).toContain(
      `with its own error body (${withBody.slice(0, -1).join(', ')} or ${withBody.at(-1)}), or with a ${RETRY_POLICY.splitWithAnyBody.join(', ')} whatever the body`
    )
    // What is never retried is what neither list holds.
    for (const status of [400, 401, 403, 404]) expect(isRetriedStatus(status)).toBe(false)
    expect(readmeText).toContain('400, 401, 403 and 404 are never retried')
  })

  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('documents every input and output in the README tables', () => {
    expect(tableNames('Inputs').sort()).toEqual([...INPUT_NAMES].sort())
    expect(tableNames('Outputs').sort()).toEqual([...OUTPUT_NAMES].sort())
  })

  it('sends the version of package.json in its User-Agent', () => {
    const pkg = JSON.parse(fs.readFileSync(`${ROOT}/package.json`, 'utf8'))
    expect(ACTION_VERSION).toBe(pkg.version)
  })
})
