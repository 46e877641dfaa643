import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as core from '../../__fixtures__/core.js'
import * as github from '../../__fixtures__/github.js'
import { startFakeBox, SUCCESS_MESSAGE } from '../../harness/fake-box.js'
import { ledgerOf } from '../helpers/ledgers.js'
import { ids, settingsFor } from '../helpers/targets.js'
import { tempFolder } from '../helpers/temp.js'

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/github', () => github)

const { run } = await import('../../src/main.js')
const { publish } = await import('../../src/action/publish.js')

const TOKEN = 'main-test-token-5d4c'
const CLIENT_SECRET = 'main-test-client-secret-7e6f'
// @actions/core's summary keeps the first file it writes to, so every test uses this one.
const SUMMARY_FILE = path.join(tempFolder('tbs-summary-'), 'summary.md')

describe('main', () => {
  let box: Awaited<ReturnType<typeof startFakeBox>>
  let dir: string
  let inputs: Record<string, string>
  const saved = { ...process.env }

  beforeEach(async () => {
    box = await startFakeBox({ tokens: [TOKEN] })
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tbs-main-'))
    process.env.GITHUB_WORKSPACE = dir
    process.env.RUNNER_TEMP = dir
    process.env.GITHUB_STEP_SUMMARY = SUMMARY_FILE
    fs.writeFileSync(SUMMARY_FILE, '')
    inputs = { 'box-token': TOKEN, 'base-url': box.url }
    core.getInput.mockImplementation(name => (inputs[name] ?? '').trim())
    core.getBooleanInput.mockImplementation(name => {
      const value = core.getInput(name)
      if (['true', 'True', 'TRUE'].includes(value)) return true
      if (['false', 'False', 'FALSE'].includes(value)) return false
      throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}`)
    })
  })

  afterEach(async () => {
    // Every annotation has a title.
    for (const call of [...core.warning.mock.calls, ...core.notice.mock.calls]) {
      expect(call[1]).toMatchObject({ title: expect.any(String) })
    }
    jest.resetAllMocks()
    process.env = { ...saved }
    expect(box.violations).toEqual([])
    await box.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const outputs = () => Object.fromEntries(core.setOutput.mock.calls) as Record<string, string>
  const summary = () => fs.readFileSync(SUMMARY_FILE, 'utf8')
  const logged = () => core.info.mock.calls.map(([line]) => line).join('\n')
  const failure = () => (core.setFailed.mock.calls[0]?.[0] as string | undefined) ?? ''

  /** Two user IDs whose batch Box keeps failing: both are left for the remainder. */
  const failTwoTargets = () => {
    box.script('users', { status: 500 }, { status: 500 })
    inputs['user-ids'] = '1, 2'
    inputs['verify-targets'] = 'false'
    inputs['max-retries'] = '1'
  }
  /**
   * What a run whose files could not be written still leaves: every other output, the targets
   * left named in the log, the summary, and a failure that is no "Unexpected error".
   */
  const expectRecordWithoutFiles = () => {
    expect(outputs()).toMatchObject({
      'failed-count': '2',
      'failed-targets-file': '',
      'report-file': ''
    })
    expect(core.startGroup).toHaveBeenCalledWith(
      'Not accepted by Box: 2 targets (the remainder file could not be written)'
    )
    expect(logged()).toContain('2 user IDs, 1–2: 1, 2')
    expect(failure()).not.toContain('Unexpected error')
    expect(summary()).toContain(
      'The remainder file could not be written: the log names every one of them.'
    )
    // The summary points to no report that could not be written.
    expect(summary()).not.toContain('Every target is in the report')
  }

  it('masks the token first, terminates, sets the outputs, writes the report and the summary', async () => {
    inputs['user-ids'] = '1, 2'
    inputs['group-ids'] = '9'
    await run()
    expect(core.setSecret).toHaveBeenCalledWith(TOKEN)
    expect(core.setSecret.mock.invocationCallOrder[0]).toBeLessThan(
      core.info.mock.invocationCallOrder[0] ?? Infinity
    )
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(box.requests.filter(r => r.method === 'POST').map(r => [r.route, r.json])).toEqual(
      expect.arrayContaining([
        ['users', { user_ids: ['1', '2'], user_logins: [] }],
        ['groups', { group_ids: ['9'] }]
      ])
    )
    expect(outputs()).toMatchObject({
      message: `${SUCCESS_MESSAGE}`,
      'users-message': SUCCESS_MESSAGE,
      'groups-message': SUCCESS_MESSAGE
    })
    expect(JSON.parse(outputs().result ?? '')).toMatchObject({
      ok: true,
      dryRun: false,
      counts: { targets: 3, accepted: 3 }
    })
    expect(outputs()['unknown-targets']).toBe('{"user_ids":[],"user_logins":[],"group_ids":[]}')
    expect([outputs()['failed-count'], outputs()['failed-targets-file']]).toEqual(['0', ''])
    const report = outputs()['report-file'] ?? ''
    expect(path.dirname(path.dirname(report))).toBe(dir)
    expect(fs.readFileSync(report, 'utf8').split('\n')).toHaveLength(5)
    expect(core.startGroup).toHaveBeenCalledWith('Who the targets are')
    // Nothing is left, so the log lists no remainder.
    expect(core.startGroup).not.toHaveBeenCalledWith(expect.stringMatching(/^Not accepted by Box/))
    expect(summary()).toContain('<h2>Box accepted the jobs to end the sessions</h2>')
    expect(summary()).toContain('<a href="https://github.com/acme/security/actions/runs/4242">')
  })

  it('logs each input it reads once, as a debug line, never a secret’s value', async () => {
    inputs['user-ids'] = '1'
    await run()
    const debug = core.debug.mock.calls.map(([line]) => line)
    expect(debug).toContain('input user-ids: "1"')
    expect(debug).toContain('input box-token: (set; a secret, not shown)')
    expect(debug.filter(line => line.startsWith('input box-token'))).toHaveLength(1)
    expect(debug.join('\n')).not.toContain(TOKEN)
  })

  it('logs what it decided from the inputs, and each phase, as debug lines', async () => {
    inputs['user-ids'] = '1, 2'
    inputs['group-ids'] = '7'
    await run()
    const debug = core.debug.mock.calls.map(([line]) => line)
    expect(debug.filter(line => /^(decided|Lookups planned|Batches planned)/.test(line))).toEqual([
      'decided verify-targets: auto (at most 1,000 lookup requests)',
      'decided batch-size 1000, max-retries 5, request-timeout 30000 ms',
      'decided dry-run false, fail-on-unknown true, job-summary true',
      'decided credentials: token',
      `decided base-url: ${box.url}`,
      'decided targets: 2 user IDs, 1 group ID',
      'Lookups planned: per-target',
      'Batches planned: 2'
    ])
    const order = [
      'decided targets',
      'Lookups planned',
      'Batches planned',
      'Writing the outputs',
      'Writing the rest of the report',
      'Writing the remainder',
      'Writing the job summary'
    ]
    const at = order.map(start => debug.findIndex(line => line.startsWith(start)))
    expect(at).toEqual([...at].sort((a, b) => a - b))
    expect(debug.join('\n')).not.toContain(TOKEN)
  })

  it('fails with every input problem and sends nothing', async () => {
    inputs['user-ids'] = 'x'
    inputs['user-logins'] = 'a@example.com; <b@example.com>'
    inputs['dry-run'] = 'maybe'
    await run()
    expect(box.requests).toEqual([])
    expect(core.setOutput).not.toHaveBeenCalled()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(failure()).toContain('Invalid input (3 problems); nothing was sent to Box')
    expect(failure()).toContain('user-ids: "x" is not a Box ID')
    expect(failure()).toContain('user-logins: "<b@example.com>" contains "<" at 1, ">" at 15')
    expect(failure()).toContain(
      'dry-run: must be true or false (true, True, TRUE, false, False or FALSE)'
    )
  })

  it('does a dry run: says who it acts as, sends no termination, still writes the report', async () => {
    inputs['user-logins'] = 'ada@example.com'
    inputs['dry-run'] = 'true'
    await run()
    expect(box.requests.map(r => r.route)).toEqual(['me', 'user-list'])
    expect(logged()).toContain('Acting as Ada Admin (ada@example.com, user 11446498, role admin)')
    expect(outputs().message).toBe(
      'Dry run: no sessions were terminated; would end sessions of 1 user login'
    )
    expect(fs.readFileSync(outputs()['report-file'] ?? '', 'utf8')).toContain(
      'ada@example.com,,not_sent,found'
    )
  })

  it('fails with Box’s words when Box refuses, after setting the outputs', async () => {
    box.script('users', {
      status: 403,
      json: { type: 'error', status: 403, code: 'forbidden', message: 'Nope', request_id: 'r1' }
    })
    inputs['user-ids'] = '1'
    inputs['verify-targets'] = 'false'
    await run()
    expect(outputs()['users-message']).toBe('')
    expect(outputs()['failed-count']).toBe('1')
    expect(failure()).toContain(
      'Box API 403 forbidden on users/terminate_sessions: Nope (request id r1)'
    )
    expect(core.setOutput.mock.invocationCallOrder[0]).toBeLessThan(
      core.setFailed.mock.invocationCallOrder[0] ?? 0
    )
    expect(summary()).toContain('<h2>Box session termination failed</h2>')
  })

  it('warns, and succeeds, on unknown targets with fail-on-unknown: false', async () => {
    await box.stop()
    box = await startFakeBox({
      tokens: [TOKEN],
      directory: { users: [{ id: '1', name: 'One', login: 'one@example.com' }] }
    })
    inputs['base-url'] = box.url
    inputs['user-ids'] = '1, 999'
    inputs['fail-on-unknown'] = 'false'
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.warning).toHaveBeenCalledWith(
      'Not found in Box, so not sent: user-ids "999". Box accepted the jobs to end the sessions of every other target.',
      { title: 'Targets not found' }
    )
    expect(outputs()['unknown-targets']).toBe(
      '{"user_ids":["999"],"user_logins":[],"group_ids":[]}'
    )
  })

  it('takes a 2xx without Box’s JSON body for no acceptance: retried, then failed', async () => {
    box.script(
      'groups',
      { status: 202, rawBody: '' },
      {
        status: 200,
        rawBody: '<html>Sign in</html>',
        headers: { 'content-type': 'text/html' }
      }
    )
    inputs['group-ids'] = '9'
    inputs['verify-targets'] = 'false'
    inputs['max-retries'] = '1'
    await run()
    expect(box.requestsTo('groups')).toHaveLength(2)
    expect(logged()).toContain(
      'groups/terminate_sessions: attempt 1 failed (HTTP 202, its body is not a JSON object (application/json)); retrying in'
    )
    expect(outputs()).toMatchObject({ 'groups-message': '', 'failed-count': '1' })
    expect(JSON.parse(outputs().result ?? '')).toMatchObject({ ok: false })
    expect(failure()).toContain(
      `Box API 200 on groups/terminate_sessions after 2 attempts: not Box's acceptance, as its body is not a JSON object (text/html), and begins "<html>Sign in</html>"`
    )
  })

  it('removes a credential Box echoed back, and says so without saying which', async () => {
    box.script('users', { status: 202, json: { message: `Terminated, token ${TOKEN} noted` } })
    inputs['user-ids'] = '1'
    inputs['verify-targets'] = 'false'
    await run()
    expect(outputs().message).toBe('Terminated, token *** noted')
    expect(JSON.stringify(core.setOutput.mock.calls)).not.toContain(TOKEN)
    expect(summary()).not.toContain(TOKEN)
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringMatching(
        /^A credential that Box, the token endpoint or a proxy sent back was removed/
      ),
      {
        title: 'Credential removed from an answer'
      }
    )
  })

  it('still sets every output, names every target left and fails saying why, when RUNNER_TEMP is not a folder', async () => {
    const file = path.join(dir, 'not-a-folder')
    fs.writeFileSync(file, '')
    process.env.RUNNER_TEMP = file
    failTwoTargets()
    await run()
    expectRecordWithoutFiles()
    expect(failure()).toContain(
      `The folder for report-file and failed-targets-file could not be written to ${file}: ENOTDIR`
    )
  })

  it('on a full disk, still sets every other output and the summary, naming both files and why', async () => {
    const full = () =>
      Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    // The report and the remainder are the only files the action writes itself in RUNNER_TEMP.
    const writeSync = jest.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw full()
    })
    const writeFileSync = fs.writeFileSync
    jest.spyOn(fs, 'writeFileSync').mockImplementation((file, ...rest) => {
      if (String(file).startsWith(dir)) throw full()
      writeFileSync(file, ...rest)
    })
    failTwoTargets()
    try {
      await run()
    } finally {
      jest.restoreAllMocks()
    }
    expect(writeSync).toHaveBeenCalled()
    expectRecordWithoutFiles()
    expect(failure()).toMatch(
      /report-file could not be written to \/.*report\.csv: ENOSPC: no space left on device/
    )
    expect(failure()).toMatch(
      /failed-targets-file could not be written to \/.*failed-targets\.json: ENOSPC/
    )
    // Each failure line is a line of its own.
    expect(
      failure()
        .split('\n')
        .filter(line => / could not be written to /.test(line))
    ).toHaveLength(2)
  })

  it('with every file on a full disk, the job summary too, still sets every output and fails naming each file', async () => {
    // /dev/full takes nothing: every write to it fails with ENOSPC, as on a full disk. The
    // summary file becomes a link to it (the toolkit keeps the summary's path once read).
    fs.rmSync(SUMMARY_FILE)
    fs.symlinkSync('/dev/full', SUMMARY_FILE)
    const full = () =>
      Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    jest.spyOn(fs, 'writeSync').mockImplementation(() => {
      throw full()
    })
    failTwoTargets()
    try {
      await run()
    } finally {
      jest.restoreAllMocks()
      fs.rmSync(SUMMARY_FILE)
      fs.writeFileSync(SUMMARY_FILE, '')
    }
    expect(outputs()).toMatchObject({
      'failed-count': '2',
      'failed-targets-file': '',
      'report-file': ''
    })
    expect(JSON.parse(outputs().result ?? '')).toMatchObject({ ok: false, failedCount: 2 })
    expect(failure()).toMatch(/report-file could not be written to \/.*report\.csv: ENOSPC/)
    expect(failure()).toMatch(/failed-targets-file could not be written to \/.*: ENOSPC/)
    expect(failure()).toContain(`The job summary could not be written to ${SUMMARY_FILE}: ENOSPC`)
    // No file by either name, whole or partial, is left in the run's folder.
    const folders = fs.readdirSync(dir).filter(f => fs.statSync(path.join(dir, f)).isDirectory())
    for (const folder of folders) expect(fs.readdirSync(path.join(dir, folder))).toEqual([])
  })

  it('cancelled before the targets were read: sends nothing, leaves failed-count empty, and says so', async () => {
    inputs['user-ids'] = '1, 2'
    await run({ signalsReceived: () => ['SIGTERM'] })
    expect(box.requests).toEqual([])
    expect(core.setOutput).not.toHaveBeenCalled()
    expect(failure()).toBe(
      "Cancelled before anything was sent: the runner's SIGTERM came before the targets were read"
    )
    // The inputs were masked first all the same.
    expect(core.setSecret).toHaveBeenCalledWith(TOKEN)
  })

  /**
   * Runs with client credentials while the token endpoint answers nothing: `signals` is asked
   * first before the targets are read, then once the run is set up. Box answers once it is over.
   */
  async function runWithTokenHeld(userIds: string, signals: (check: number) => string[]) {
    await box.stop()
    box = await startFakeBox({ clients: { 'ccg-client': { secret: CLIENT_SECRET } } })
    inputs = {
      'box-client-id': 'ccg-client',
      'box-client-secret': CLIENT_SECRET,
      'box-enterprise-id': '5',
      'base-url': box.url,
      'user-ids': userIds
    }
    const release = box.holdAnswers('token')
    let checks = 0
    try {
      await run({ signalsReceived: () => signals(++checks) })
    } finally {
      release()
    }
  }

  it('with client credentials, asks for the token first, and drops it at a signal before anything else was sent', async () => {
    await runWithTokenHeld('1, 2', check => (check > 1 ? ['SIGINT'] : []))
    expect(box.requests.filter(q => q.route !== 'token')).toEqual([])
    expect(outputs()['failed-count']).toBe('2')
    expect(failure()).toMatch(/^Cancelled before anything was sent/)
    expect(core.setSecret).toHaveBeenCalledWith(CLIENT_SECRET)
  })

  it('drops a token request still in flight when the run fails unexpectedly', async () => {
    await runWithTokenHeld('1', check => {
      if (check > 1) throw new Error('the signal record could not be read')
      return []
    })
    expect(failure()).toBe('Unexpected error: the signal record could not be read')
    expect(box.requests.filter(q => q.route !== 'token')).toEqual([])
    // The run no longer listens for the runner's signals.
    expect(process.listenerCount('SIGINT')).toBe(0)
  })

  it('says so when there is no summary file, and skips the summary when asked', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    inputs['user-ids'] = '1'
    await run()
    expect(logged()).toContain('No job summary written: GITHUB_STEP_SUMMARY is not set')
    process.env.GITHUB_STEP_SUMMARY = SUMMARY_FILE
    inputs['job-summary'] = 'false'
    await run()
    expect(summary()).toBe('')
  })

  it('at a signal, starts nothing new, records the rest as not sent, and ends cancelled', async () => {
    inputs['user-ids'] = Array.from({ length: 20 }, (_, i) => String(i + 1)).join(',')
    inputs['batch-size'] = '1'
    inputs['verify-targets'] = 'false'
    // Box answers nothing until the signal was taken, sent once four batches are in flight.
    const release = box.holdAnswers()
    void box.when('users', 4).then(() => process.emit('SIGINT', 'SIGINT'))
    core.info.mockImplementation(line => {
      if (line.startsWith('Received SIGINT')) release()
    })
    await run({ graceMs: 60_000 })
    expect(box.requestsTo('users')).toHaveLength(4)
    expect(box.requestsTo('users').every(q => q.status === 202)).toBe(true)
    expect(outputs()['failed-count']).toBe('16')
    expect(failure()).toMatch(/^Cancelled: Box accepted 4 of 20 targets; the 16 others are in \//)
    expect(JSON.parse(outputs().result ?? '')).toMatchObject({ cancelled: true, ok: false })
    expect(process.listenerCount('SIGINT')).toBe(0)
  })

  /**
   * Three one-target batches: the first is answered, the two others are in flight, unanswered.
   * SIGINT once all three reached Box and the action logged the first answer; `onInfo` sees every
   * other log line. Returns the stand-in for process.exit.
   */
  function cancelWithTwoInFlight(onInfo: (line: string) => void = () => undefined) {
    inputs['user-ids'] = '1, 2, 3'
    inputs['batch-size'] = '1'
    inputs['verify-targets'] = 'false'
    box.script('users', {}, { hang: true }, { hang: true })
    let answered!: () => void
    const firstAnswered = new Promise<void>(resolve => (answered = resolve))
    void Promise.all([box.when('users', 3), firstAnswered]).then(() =>
      process.emit('SIGINT', 'SIGINT')
    )
    core.info.mockImplementation(line => {
      if (/: HTTP 202 after/.test(line)) answered()
      onInfo(line)
    })
    return jest.fn<(code: number) => void>()
  }

  it('at a second signal, writes the outputs and ends at once', async () => {
    // SIGTERM once the action said it took SIGINT, while the two batches are still in flight.
    const exit = cancelWithTwoInFlight(line => {
      if (line.startsWith('Received SIGINT')) process.emit('SIGTERM', 'SIGTERM')
    })
    await run({ exit, graceMs: 60_000 })
    expect(exit).toHaveBeenCalledWith(1)
    expect(core.setOutput.mock.invocationCallOrder[0]).toBeLessThan(
      exit.mock.invocationCallOrder[0] ?? 0
    )
    // What Box accepted is what the record says was accepted; the rest is counted as failed.
    const accepted = box.requestsTo('users').filter(q => q.status === 202)
    expect(accepted).toHaveLength(1)
    // The two in flight were sent and may have reached Box: failed, never "not sent".
    expect(JSON.parse(outputs().result ?? '').counts).toMatchObject({
      accepted: 1,
      failed: 2,
      notSent: 0
    })
    expect(outputs()['failed-count']).toBe('2')
    expect(failure()).toBe(
      'Cancelled: Box accepted 1 of 3 targets; the 2 others are counted in failed-count, as a second signal stopped the run before its files were finished'
    )
  })

  it('at a second signal while the job summary is written, finishes it and keeps every file', async () => {
    const exit = cancelWithTwoInFlight()
    // The second signal comes as the summary is about to be written, after the files.
    core.debug.mockImplementation(line => {
      if (line === 'Writing the job summary') process.emit('SIGTERM', 'SIGTERM')
    })
    await run({ exit, graceMs: 0 })
    expect(exit).not.toHaveBeenCalled()
    expect(logged()).toContain('Received SIGTERM: the job summary is written first')
    expect(summary()).toContain('<h2>Box session termination cancelled</h2>')
    const files = outputs()
    expect(files['failed-count']).toBe('2')
    expect(fs.existsSync(files['report-file'] ?? '')).toBe(true)
    expect(JSON.parse(fs.readFileSync(files['failed-targets-file'] ?? '', 'utf8'))).toEqual({
      user_ids: ['2', '3'],
      user_logins: [],
      group_ids: []
    })
    expect(failure()).toMatch(/^Cancelled: Box accepted 1 of 3 targets; the 2 others are in \//)
  })

  it('leaves the record in the order a kill is kindest to: outputs, then the files, then the summary', async () => {
    const order: string[] = []
    core.setOutput.mockImplementation(() => void order.push('output'))
    // Each file is renamed to its name once whole.
    const renameSync = fs.renameSync
    jest.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (String(to).endsWith('report.csv')) order.push('report closed')
      if (String(to).endsWith('failed-targets.json')) order.push('remainder')
      renameSync(from, to)
    })
    const write = core.summary.write.bind(core.summary)
    jest.spyOn(core.summary, 'write').mockImplementation(options => {
      order.push('summary')
      return write(options)
    })
    failTwoTargets()
    try {
      await run()
    } finally {
      jest.restoreAllMocks()
    }
    const first = (step: string) => order.indexOf(step)
    expect(first('output')).toBeGreaterThanOrEqual(0)
    expect(first('output')).toBeLessThan(first('report closed'))
    expect(first('report closed')).toBeLessThan(first('remainder'))
    expect(first('remainder')).toBeLessThan(first('summary'))
    expect(order.lastIndexOf('output')).toBeLessThan(first('report closed'))
  })

  it('fails the step when its record does not account for every target', async () => {
    const targets = ids(2)
    const ledger = ledgerOf(targets)
    // Terminated without a request that Box answered: a defect of the action, never of the input.
    const [entry] = ledger.entries
    if (entry) entry.batch = undefined
    await publish(
      ledger,
      settingsFor(targets, { jobSummary: false }),
      {
        reportFile: '',
        problems: [],
        io: fs
      },
      []
    )
    expect(JSON.parse(outputs().result ?? '')).toMatchObject({ ok: true })
    expect(failure()).toContain(
      'Defect: the run\'s record does not account for every target: user-ids "1" is accepted, but Box did not accept its request'
    )
  })

  it('writes the report as the run goes: rows of answered batches before the last batch ends', async () => {
    inputs['user-ids'] = '1, 2, 3, 4, 5'
    inputs['batch-size'] = '1'
    inputs['verify-targets'] = 'false'
    inputs['request-timeout'] = '2'
    inputs['max-retries'] = '0'
    // The fifth batch, sent only once one of the first four was answered, is held until the
    // report holds a row; written only at the end, it would time out first.
    let release!: () => void
    box.script('users', {}, {}, {}, {}, { until: new Promise<void>(r => (release = r)) })
    let lastBatchEnded = false
    let rowsWhileRunning = false
    core.info.mockImplementation(line => {
      if (line.includes('batch 5/5')) lastBatchEnded = true
    })
    const writeSync = fs.writeSync.bind(fs) as (
      fd: number,
      bytes: Buffer,
      offset: number,
      length: number
    ) => number
    jest
      .spyOn(fs, 'writeSync')
      .mockImplementation((fd: number, bytes: unknown, ...at: unknown[]) => {
        const [offset, length] = at as [number, number]
        const text = (bytes as Buffer).toString('utf8', offset, offset + length)
        if (text.includes(',accepted,') && !lastBatchEnded) {
          rowsWhileRunning = true
          release()
        }
        return writeSync(fd, bytes as Buffer, offset, length)
      })
    try {
      await run()
    } finally {
      jest.restoreAllMocks()
    }
    expect(rowsWhileRunning).toBe(true)
    expect(outputs()['failed-count']).toBe('0')
  })

  it('reports an unexpected error as such', async () => {
    core.getInput.mockImplementation(() => {
      throw new Error('runner exploded\n::set-output name=x::y')
    })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      'Unexpected error: runner exploded\\n::set-output name=x::y'
    )
  })
})
