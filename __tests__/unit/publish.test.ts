import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as core from '../../__fixtures__/core.js'
import * as github from '../../__fixtures__/github.js'
import type { FileIo } from '../../src/action/files.js'
import { accepted, ledgerOf, refused } from '../helpers/ledgers.js'
import { ids, settingsFor } from '../helpers/targets.js'

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/github', () => github)

const { openRunFiles, publish } = await import('../../src/action/publish.js')

// How the run's record is left when a file or an output cannot be written: each problem named
// with its file and Box-free reason, and the rest of the record still written.

const failure = () => (core.setFailed.mock.calls[0]?.[0] as string | undefined) ?? ''
const debugLines = () => core.debug.mock.calls.map(([line]) => line)

describe('the record of a run', () => {
  let dir: string
  const saved = { ...process.env }

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tbs-publish-'))
    process.env.RUNNER_TEMP = dir
    delete process.env.GITHUB_STEP_SUMMARY
  })

  afterEach(() => {
    jest.resetAllMocks()
    process.env = { ...saved }
    fs.rmSync(dir, { recursive: true, force: true })
  })

  /** node:fs, except that opening a file throws what `thrown` gives. */
  const failingOpen = (thrown: () => unknown): FileIo => ({
    ...fs,
    openSync: () => {
      throw thrown()
    }
  })

  it('says which file could not be opened and why, and goes on without it', () => {
    const ledger = ledgerOf(ids(1))
    const files = openRunFiles(
      ledger,
      failingOpen(() => new Error('EACCES: permission denied'))
    )
    expect(files.reportFile).toBe('')
    expect(files.report).toBeUndefined()
    expect(files.problems).toEqual([
      `report-file could not be written to ${path.join(files.folder ?? '', 'report.csv')}: EACCES: permission denied`
    ])
    expect(files.folder?.startsWith(dir)).toBe(true)
  })

  it('gives a reason that is no Error as an unknown error', async () => {
    const targets = ids(2)
    const ledger = ledgerOf(targets, { answers: [refused()] })
    const files = openRunFiles(
      ledger,
      failingOpen(() => undefined)
    )
    expect(files.problems).toEqual([
      `report-file could not be written to ${path.join(files.folder ?? '', 'report.csv')}: unknown error`
    ])
    files.io = failingOpen(() => 'a string thrown')
    await publish(ledger, settingsFor(targets, { jobSummary: false }), files, [])
    // Each problem on a line of its own, after what the run left.
    expect(failure().split('\n').slice(-2)).toEqual([
      `report-file could not be written to ${path.join(files.folder ?? '', 'report.csv')}: unknown error`,
      `failed-targets-file could not be written to ${path.join(files.folder ?? '', 'failed-targets.json')}: unknown error`
    ])
  })

  it('names an output the runner would not take, and still writes the others', async () => {
    const targets = ids(1)
    const ledger = ledgerOf(targets)
    core.setOutput.mockImplementation(name => {
      if (name === 'result') throw new Error('ENOSPC: no space left on device')
    })
    await publish(ledger, settingsFor(targets, { jobSummary: false }), openRunFiles(ledger), [])
    expect(core.setOutput.mock.calls.map(([name]) => name)).toContain('failed-count')
    expect(failure()).toBe(
      'The output result could not be written: ENOSPC: no space left on device'
    )
  })

  it('warns of an output cut to fit, and logs no remainder when nothing is left', async () => {
    // users-message's share holds the first message and not the second.
    const first = 'a'.repeat(16_380)
    const second = 'b'.repeat(16_380)
    const targets = ids(2)
    const ledger = ledgerOf(targets, {
      batchSize: 1,
      answers: [accepted(first), accepted(second)]
    })
    await publish(
      ledger,
      settingsFor(targets, { jobSummary: false }),
      { reportFile: '', problems: [], io: fs },
      []
    )
    expect(core.warning.mock.calls).toEqual([
      [
        "users-message holds 1 of Box's 2 distinct messages: the rest would pass its share of the job's outputs (64 KiB)",
        { title: 'Output cut to fit' }
      ]
    ])
    expect(core.startGroup).not.toHaveBeenCalled()
    // A cut output is noted, and does not fail the step.
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('says what it writes, in order, and leaves a report that could not be finished out of the summary', async () => {
    const summaryFile = path.join(dir, 'summary.md')
    fs.writeFileSync(summaryFile, '')
    process.env.GITHUB_STEP_SUMMARY = summaryFile
    const targets = ids(2)
    const ledger = ledgerOf(targets)
    const io: FileIo = {
      ...fs,
      writeSync: () => {
        throw new Error('EIO: i/o error, write')
      }
    }
    const files = openRunFiles(ledger, io)
    await publish(ledger, settingsFor(targets), files, [])
    expect(debugLines()).toEqual([
      'Writing the outputs',
      'Writing the rest of the report',
      'Writing the remainder',
      'Writing the job summary'
    ])
    expect(failure()).toBe(
      `report-file could not be written to ${files.reportFile}: EIO: i/o error, write`
    )
    expect(core.setOutput).toHaveBeenLastCalledWith('report-file', '')
    const summary = fs.readFileSync(summaryFile, 'utf8')
    expect(summary).toContain('2 targets: 2 accepted by Box.')
    expect(summary).not.toContain('Every target is in the report')
  })
})
