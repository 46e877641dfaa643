import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { e2eStage, errorOf, runtimes } from '../helpers/e2e.js'

const TOKEN = 'record-token-7d8e9f0a'
// A refusal that says nothing about which target: the batch is not split, its targets fail.
const refused = {
  status: 409,
  json: { type: 'error', status: 409, code: 'conflict', message: 'no' }
}

// The record of a run never depends on a file: outputs, failure and summary come whether or not
// the report and remainder can be written, and without RUNNER_TEMP the files still have a home.
describe.each(runtimes())(
  'a run’s record, whatever the runner’s folders, on %s',
  (_label, node) => {
    const stage = e2eStage(node, {}, TOKEN)

    it('without RUNNER_TEMP, writes the remainder to the OS temp folder, and takes it back as targets-file', async () => {
      stage.box.script('users', {}, refused)
      const ids = '11, 12, 13, 14'
      const first = await stage.run(
        { 'user-ids': ids, 'batch-size': '2', 'verify-targets': 'false' },
        { runnerTemp: null }
      )
      expect(first.code).toBe(1)
      const file = first.outputs['failed-targets-file'] ?? ''
      expect(path.isAbsolute(file)).toBe(true)
      expect(path.dirname(path.dirname(file))).toBe(os.tmpdir())
      const left = JSON.parse(first.files['failed-targets-file'] ?? '').user_ids
      expect(left).toHaveLength(2)
      stage.box.requests.length = 0
      const again = await stage.run(
        { 'targets-file': file, 'verify-targets': 'false' },
        { runnerTemp: null }
      )
      expect(again.code).toBe(0)
      expect(stage.posts()).toEqual([{ user_ids: left, user_logins: [] }])
      fs.rmSync(path.dirname(file), { recursive: true, force: true })
    })

    it('with an empty RUNNER_TEMP, writes no file relative to where it runs', async () => {
      const r = await stage.run({ 'user-ids': '1' }, { runnerTemp: '' })
      expect(r.code).toBe(0)
      expect(path.dirname(path.dirname(r.outputs['report-file'] ?? ''))).toBe(os.tmpdir())
      expect(fs.readdirSync(stage.workspace)).toEqual([])
    })

    it('when RUNNER_TEMP is not a folder, still sets every output, writes the summary, names every target left, and fails saying why', async () => {
      const file = path.join(stage.runnerTemp, 'a-file')
      fs.writeFileSync(file, '')
      stage.box.script('users', refused)
      const r = await stage.run(
        { 'user-ids': '21, 22, 23', 'verify-targets': 'false' },
        { runnerTemp: file }
      )
      expect(r.code).toBe(1)
      expect(r.outputs).toMatchObject({
        'failed-count': '3',
        'failed-targets-file': '',
        'report-file': ''
      })
      expect(JSON.parse(r.outputs.result ?? '').counts.failed).toBe(3)
      expect(r.stdout).toContain(
        '::group::Not accepted by Box: 3 targets (the remainder file could not be written)'
      )
      expect(r.stdout).toContain('3 user IDs, 1–3: 21, 22, 23')
      expect(errorOf(r)).toContain(
        `The folder for report-file and failed-targets-file could not be written to ${file}: ENOTDIR`
      )
      expect(errorOf(r)).toContain(
        '3 targets were not accepted by Box; they are named in the log, as the remainder file could not be written'
      )
      expect(r.summary).toContain('<h2>Box session termination failed</h2>')
      expect(r.stdout).not.toContain('Unexpected error')
    })
  }
)

describe('a re-run from the report', () => {
  const node = runtimes()[1]?.[1] ?? process.execPath
  const directory = {
    users: [
      { id: '1', name: 'Ada', login: 'u1@example.com' },
      { id: '2', name: 'Bob', login: 'u2@example.com' },
      { id: '3', name: 'Cy', login: 'u3@example.com' }
    ],
    groups: [
      { id: '900', name: 'Contractors', members: 2 },
      { id: '901', name: 'Interns', members: 1 }
    ]
  }
  const stage = e2eStage(node, { directory }, TOKEN)

  it('sends exactly the failed and not-sent targets; a CSV with an outcome column that is not the report sends every row', async () => {
    // Batches of one, in input order: user 1 accepted, user 2 refused; login u1 is covered by
    // user 1; 404 is not found; group 900 accepted.
    stage.box.script('users', {}, refused)
    const first = await stage.run({
      'user-ids': '1, 2, 404',
      'user-logins': 'u1@example.com',
      'group-ids': '900',
      'batch-size': '1',
      'max-retries': '0',
      'fail-on-unknown': 'false'
    })
    expect(first.code).toBe(1)
    const report = first.files['report-file'] ?? ''
    const outcomes = report
      .trim()
      .split('\n')
      .slice(1)
      .map(line => line.split(',').slice(0, 4).join(','))
    expect(outcomes).toEqual([
      '1,,,accepted',
      '2,,,failed',
      '404,,,not_found',
      ',u1@example.com,,covered',
      ',,900,accepted'
    ])
    // A row the run never sent (as a cancelled run leaves), and a report from an earlier version
    // that named Box's acceptance "terminated".
    const more = `${report.replace(',,900,accepted,', ',,900,terminated,')},,901,not_sent,skipped,,,,,,,the run was cancelled before it was sent\n`
    fs.writeFileSync(path.join(stage.workspace, 'report.csv'), more)
    stage.box.requests.length = 0
    const again = await stage.run({ 'targets-file': 'report.csv' })
    expect(again.code).toBe(0)
    expect(stage.posts()).toEqual([{ user_ids: ['2'], user_logins: [] }, { group_ids: ['901'] }])
    expect(again.stdout).toContain(
      "targets-file is this action's report: 4 of its targets are left out (1 accepted, 1 not_found, 1 covered, 1 terminated), as Box accepted them, does not know them, or another target carried them; the 2 that failed or were not sent are read"
    )

    // An HR export with an outcome column of its own: every row is sent.
    fs.writeFileSync(
      path.join(stage.workspace, 'hr.csv'),
      'name,user_id,outcome\nAda,1,accepted\nBob,2,not_found\nCy,3,covered\n'
    )
    stage.box.requests.length = 0
    const hr = await stage.run({ 'targets-file': 'hr.csv' })
    expect(hr.code).toBe(0)
    expect(stage.posts()).toEqual([{ user_ids: ['1', '2', '3'], user_logins: [] }])
  })
})

describe('the report on a small disk that fills up', () => {
  const node = runtimes()[1]?.[1] ?? process.execPath
  const stage = e2eStage(node, {}, TOKEN)
  // A 16 KiB tmpfs as RUNNER_TEMP, where the machine lets a test mount one (root on Linux).
  const disk = fs.mkdtempSync(path.join(os.tmpdir(), 'tbs-small-disk-'))
  const mounted = (() => {
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', disk], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  })()
  afterAll(() => {
    if (mounted) execFileSync('umount', [disk])
    fs.rmSync(disk, { recursive: true, force: true })
  })

  const whereMounted = mounted ? describe : describe.skip
  whereMounted('(a tmpfs mounted as RUNNER_TEMP)', () => {
    it('leaves no report-file cut short: the output is empty, no file by its name, and the step says why', async () => {
      const ids = Array.from({ length: 3001 }, (_, i) => String(100_000 + i)).join(',')
      const r = await stage.run(
        { 'user-ids': ids, 'verify-targets': 'false', 'batch-size': '1000' },
        { runnerTemp: disk }
      )
      expect(r.code).toBe(1)
      expect(r.outputs['report-file']).toBe('')
      expect(r.outputs['failed-count']).toBe('0')
      expect(errorOf(r)).toMatch(/report-file could not be written to \/.*report\.csv: ENOSPC/)
      const folders = fs.readdirSync(disk)
      expect(folders).toHaveLength(1)
      expect(fs.readdirSync(path.join(disk, folders[0] ?? ''))).toEqual([])
      expect(r.summary).toMatch(/report-file could not be written to .*ENOSPC/)
      expect(JSON.parse(r.outputs.result ?? '').counts).toMatchObject({ accepted: 3001 })
    })
  })
})
