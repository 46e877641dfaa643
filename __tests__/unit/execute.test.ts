import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startFakeBox } from '../../harness/fake-box.js'
import type { Settings } from '../../src/action/settings.js'
import { execute, plannedRounds, willVerify, type RunEvents } from '../../src/run/execute.js'
import { failed, failedTargets, unknownTargets } from '../../src/run/report.js'
import type { Target } from '../../src/targets/target.js'
import { liveClient } from '../helpers/live-client.js'
import { target } from '../helpers/targets.js'

const TOKEN = 'execute-token'
const directory = {
  users: [
    { id: '11', name: 'Ada Lovelace', login: 'ada@example.com' },
    { id: '12', name: 'Grace Hopper', login: 'grace@example.com' }
  ],
  groups: [{ id: '900', name: 'Contractors', members: 4 }]
}

function settings(targets: Target[], extra: Partial<Settings> = {}): Settings {
  return {
    targets,
    auth: { method: 'token', token: TOKEN },
    baseUrl: '',
    dryRun: false,
    maxRetries: 0,
    requestTimeoutMs: 5_000,
    jobSummary: false,
    verifyTargets: 'auto',
    batchSize: 1000,
    notes: [],
    ...extra
  }
}

describe('execute', () => {
  let box: Awaited<ReturnType<typeof startFakeBox>>
  const seen: string[] = []
  const events: RunEvents = {
    identified: who => void seen.push(`identified ${who.login}`),
    verifying: count => void seen.push(`verifying ${count}`),
    verified: (v, dryRun) =>
      void seen.push(`verified ${v.verified.length}${dryRun ? ' (dry run)' : ''}`),
    planned: report => void seen.push(`planned ${report.batches.length}`),
    batchDone: result => void seen.push(`done ${result.batch.path}`)
  }
  beforeEach(async () => {
    box = await startFakeBox({ tokens: [TOKEN], directory })
    seen.length = 0
  })
  afterEach(async () => {
    await box.stop()
  })
  const run = (s: Settings) =>
    execute({ ...s, baseUrl: box.url }, liveClient(box.url, s.auth).client, events)
  const posted = () => box.requests.filter(r => r.method === 'POST').map(r => r.json)

  it('looks every target up, then terminates those found and leaves out the unknown', async () => {
    const report = await run(
      settings([
        target('user-logins', 'ada@example.com'),
        target('user-logins', 'ada@exmaple.com'),
        target('group-ids', '900')
      ])
    )
    expect(seen).toEqual([
      'verifying 3',
      'verified 3',
      'planned 2',
      'done users/terminate_sessions',
      'done groups/terminate_sessions'
    ])
    expect(posted()).toEqual([
      { user_ids: [], user_logins: ['ada@example.com'] },
      { group_ids: ['900'] }
    ])
    expect(unknownTargets(report).map(t => t.value)).toEqual(['ada@exmaple.com'])
    expect(failedTargets(report)).toEqual([])
    expect(failed(report)).toBe(true)
  })

  it('sends a login whose user is listed by ID too only once, by ID', async () => {
    const report = await run(
      settings([target('user-ids', '11'), target('user-logins', 'ADA@example.com')])
    )
    expect(posted()).toEqual([{ user_ids: ['11'], user_logins: [] }])
    expect(report.verification.coveredByIds.map(c => [c.login.value, c.id.value])).toEqual([
      ['ADA@example.com', '11']
    ])
    expect(failed(report)).toBe(false)
  })

  it('skips the lookups of a large run with auto, and every lookup with false', async () => {
    const many = Array.from({ length: 101 }, (_, i) => target('user-ids', String(i + 1)))
    const report = await run(settings(many))
    expect(report.verification.skipped).toBe('101 targets are more than 100')
    expect(box.requests.filter(r => r.method === 'GET')).toEqual([])
    expect(posted()).toHaveLength(1)
    const off = await run(settings([target('user-ids', '404')], { verifyTargets: 'false' }))
    expect(off.verification).toEqual({ mode: 'false', verified: [], coveredByIds: [] })
    expect(willVerify({ verifyTargets: 'true', targets: many })).toBe(true)
  })

  it('goes on unverified with auto when Box refuses the lookups, and stops with true', async () => {
    await box.stop()
    box = await startFakeBox({ tokens: [TOKEN], directory, refuseLookups: true })
    const auto = await run(settings([target('user-ids', '11')]))
    expect(auto.error).toBeUndefined()
    expect(posted()).toEqual([{ user_ids: ['11'], user_logins: [] }])
    box.requests.length = 0
    const strict = await run(settings([target('user-ids', '11')], { verifyTargets: 'true' }))
    expect(strict.error).toMatch(
      /^Box did not say who 1 target is, and verify-targets is true, so nothing was terminated: Box API 403/
    )
    expect(posted()).toEqual([])
    expect(failedTargets(strict).map(t => t.value)).toEqual(['11'])
  })

  it('does a dry run: who it acts as, who would be logged out, and no termination', async () => {
    const report = await run(
      settings([target('user-ids', '11'), target('user-ids', '13')], { dryRun: true })
    )
    expect(seen).toEqual([
      'identified ada@example.com',
      'verifying 2',
      'verified 2 (dry run)',
      'planned 1'
    ])
    expect(posted()).toEqual([])
    expect(report.toSend.map(t => t.value)).toEqual(['11'])
    expect(failed(report)).toBe(false)
    expect(failedTargets(report)).toEqual([])
  })

  it('stops before any request to Box when the token is refused', async () => {
    const report = await run(
      settings([target('user-ids', '11')], {
        auth: {
          method: 'ccg',
          clientId: 'nobody',
          clientSecret: 'wrong',
          subject: { type: 'enterprise', id: '1' }
        }
      })
    )
    expect(report.error).toContain('Box token request failed: HTTP 400 invalid_client')
    expect(box.requests.map(r => r.route)).toEqual(['token'])
    expect(failedTargets(report).map(t => t.value)).toEqual(['11'])
  })

  it('plans a round per 8 lookups (2 each) and per 4 batches', () => {
    const ten = Array.from({ length: 10 }, (_, i) => target('user-ids', String(i + 1)))
    expect(plannedRounds(settings(ten, { batchSize: 1 }))).toBe(3 + 3)
    expect(plannedRounds(settings(ten, { verifyTargets: 'false', batchSize: 1000 }))).toBe(1)
  })
})
