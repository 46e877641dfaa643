import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as core from '../../__fixtures__/core.js'
import * as github from '../../__fixtures__/github.js'
import { startFakeBox, SUCCESS_MESSAGE } from '../../harness/fake-box.js'

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/github', () => github)

const { run } = await import('../../src/main.js')

const TOKEN = 'main-test-token-5d4c'
// @actions/core's summary keeps the first file it writes to, so every test uses this one.
const SUMMARY_FILE = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tbs-summary-')), 'summary.md')

describe('main', () => {
  let box: Awaited<ReturnType<typeof startFakeBox>>
  let dir: string
  let inputs: Record<string, string>
  const saved = { ...process.env }

  beforeEach(async () => {
    box = await startFakeBox({ tokens: [TOKEN] })
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tbs-main-'))
    process.env.GITHUB_WORKSPACE = dir
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
    jest.resetAllMocks()
    process.env = { ...saved }
    await box.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const outputs = () => Object.fromEntries(core.setOutput.mock.calls)
  const summary = () => fs.readFileSync(SUMMARY_FILE, 'utf8')
  const logged = () => core.info.mock.calls.map(([line]) => line).join('\n')

  it('masks the token first, terminates, sets the outputs and writes the summary', async () => {
    inputs['user-ids'] = '1, 2'
    inputs['group-ids'] = '9'
    await run()
    expect(core.setSecret).toHaveBeenCalledWith(TOKEN)
    expect(core.setSecret.mock.invocationCallOrder[0]).toBeLessThan(
      core.info.mock.invocationCallOrder[0] ?? Infinity
    )
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(box.requests.map(r => [r.route, r.json])).toEqual(
      expect.arrayContaining([
        ['users', { user_ids: ['1', '2'], user_logins: [] }],
        ['groups', { group_ids: ['9'] }]
      ])
    )
    expect(outputs()).toMatchObject({
      message: SUCCESS_MESSAGE,
      'users-message': SUCCESS_MESSAGE,
      'groups-message': SUCCESS_MESSAGE
    })
    expect(JSON.parse(outputs().result as string)).toMatchObject({ ok: true, dryRun: false })
    expect(core.startGroup).toHaveBeenCalledWith('Who is logged out')
    expect(core.startGroup).toHaveBeenCalledWith('users/terminate_sessions: 2 user IDs in 1 batch')
    expect(outputs()['unknown-targets']).toBe('{"user_ids":[],"user_logins":[],"group_ids":[]}')
    expect([outputs()['failed-count'], outputs()['failed-targets-file']]).toEqual(['0', ''])
    expect(summary()).toContain('<h2>Box sessions terminated</h2>')
    expect(summary()).toContain('<a href="https://github.com/acme/security/actions/runs/4242">')
  })

  it('fails with every input problem and sends nothing', async () => {
    inputs['user-ids'] = 'x'
    inputs['dry-run'] = 'maybe'
    await run()
    expect(box.requests).toEqual([])
    expect(core.setOutput).not.toHaveBeenCalled()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    const message = core.setFailed.mock.calls[0]?.[0] as string
    expect(message).toContain('Invalid input (2 problems); nothing was sent to Box')
    expect(message).toContain('user-ids: "x" is not a Box ID')
    expect(message).toContain(
      'dry-run: must be true or false (true, True, TRUE, false, False or FALSE)'
    )
  })

  it('does a dry run: says who it acts as and sends no termination', async () => {
    inputs['user-logins'] = 'ada@example.com'
    inputs['dry-run'] = 'true'
    await run()
    expect(box.requests.map(r => r.route)).toEqual(['me', 'user-search'])
    expect(logged()).toContain('Acting as Ada Admin (ada@example.com, user 11446498, role admin)')
    expect(outputs().message).toBe(
      'Dry run: no sessions were terminated; would end sessions of 1 user login'
    )
  })

  it('fails with Box’s words when Box refuses, after setting the outputs', async () => {
    box.script('users', {
      status: 403,
      json: { type: 'error', status: 403, code: 'forbidden', message: 'Nope', request_id: 'r1' }
    })
    inputs['user-ids'] = '1'
    await run()
    expect(outputs()['users-message']).toBe('')
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringContaining(
        'Box API 403 forbidden on users/terminate_sessions: Nope (request id r1)'
      )
    )
    expect(summary()).toContain('<h2>Box session termination failed</h2>')
  })

  it('warns when a 2xx has no JSON body', async () => {
    box.script('groups', { status: 202, rawBody: '' })
    inputs['group-ids'] = '9'
    await run()
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringContaining('Box answered 202 on groups/terminate_sessions without a JSON body')
    )
    expect(core.setFailed).not.toHaveBeenCalled()
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
