import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { e2eStage, runtimes } from '../helpers/e2e.js'

const TOKEN = 'batches-token-6f5e'
type Body = { user_ids?: string[]; user_logins?: string[]; group_ids?: string[] }

/** Every target in the bodies, as "kind:value". */
const entries = (bodies: Body[]) =>
  bodies.flatMap(b => [
    ...(b.user_ids ?? []).map(v => `id:${v}`),
    ...(b.user_logins ?? []).map(v => `login:${v}`),
    ...(b.group_ids ?? []).map(v => `group:${v}`)
  ])

describe.each(runtimes())('any number of targets on %s', (_label, node) => {
  const stage = e2eStage(node, {}, TOKEN)
  const run = (inputs: Record<string, string>, timeoutMs?: number) =>
    stage.run(inputs, { timeoutMs })
  const accepted = () =>
    stage.box.requests.filter(q => q.method === 'POST' && q.status === 202).map(q => q.json as Body)

  it('sends 2,500 user IDs in three requests of at most 1,000, each ID exactly once', async () => {
    const ids = Array.from({ length: 2500 }, (_, i) => String(10_000 + i))
    fs.writeFileSync(path.join(stage.workspace, 'ids.json'), JSON.stringify({ user_ids: ids }))
    const r = await run({ 'targets-file': 'ids.json' })
    expect(r.code).toBe(0)
    // The three batches run at once, so they may reach Box in any order.
    const bodies = stage.box.requestsTo('users').map(q => q.json as Body)
    expect(bodies.map(b => (b.user_ids ?? []).length).sort()).toEqual([1000, 1000, 500])
    expect(bodies.flatMap(b => b.user_ids ?? []).sort()).toEqual([...ids].sort())
    expect(JSON.parse(r.outputs.result ?? '').users.batchCounts).toEqual({
      total: 3,
      sent: 3,
      succeeded: 3,
      failed: 0,
      pieces: 0
    })
    for (const n of [1, 2, 3]) {
      expect(r.stdout).toMatch(
        new RegExp(`^users/terminate_sessions batch ${n}/3: HTTP 202 after 1 attempt`, 'm')
      )
    }
  })

  it('never puts more than batch-size IDs and logins together in one request', async () => {
    const r = await run({
      'user-ids': '1, 2, 3',
      'user-logins': 'a@example.com, b@example.com',
      'group-ids': '7, 8, 9',
      'batch-size': '2',
      'verify-targets': 'false'
    })
    expect(r.code).toBe(0)
    // Batches run at once and may reach Box in any order: compare them sorted.
    const sorted = (route: 'users' | 'groups') =>
      stage.box
        .requestsTo(route)
        .map(q => JSON.stringify(q.json))
        .sort()
    expect(sorted('users')).toEqual([
      '{"user_ids":["1","2"],"user_logins":[]}',
      '{"user_ids":["3"],"user_logins":["a@example.com"]}',
      '{"user_ids":[],"user_logins":["b@example.com"]}'
    ])
    expect(sorted('groups')).toEqual(['{"group_ids":["7","8"]}', '{"group_ids":["9"]}'])
  })

  it('keeps going when Box refuses a target, and a second run with the remainder sends exactly it', async () => {
    // Box refuses any request that names user 104, and takes the others.
    const refuse104 = (request: { json?: Body }) =>
      request.json?.user_ids?.includes('104')
        ? {
            status: 400,
            json: {
              type: 'error',
              status: 400,
              code: 'bad_request',
              message: 'User id format is string'
            }
          }
        : {}
    stage.box.script('users', ...Array.from({ length: 20 }, () => refuse104))
    const ids = Array.from({ length: 9 }, (_, i) => String(100 + i))
    const r = await run({ 'user-ids': ids.join(','), 'batch-size': '3', 'verify-targets': 'false' })
    expect(r.code).toBe(1)
    // Its batch (103 to 105) was refused, then split until 104 stood alone.
    const refused = stage.box.requestsTo('users').filter(q => q.status === 400)
    expect(refused.map(q => (q.json as Body).user_ids)).toEqual(
      expect.arrayContaining([['103', '104', '105'], ['104']])
    )
    const refusedIds = ['104']
    expect(r.stdout).toMatch(
      /^users\/terminate_sessions batch 2\/3, piece \d: HTTP 202 after 1 attempt/m
    )
    // The other targets were delivered.
    expect(entries(accepted()).sort()).toEqual(
      ids
        .filter(id => !refusedIds.includes(id))
        .map(id => `id:${id}`)
        .sort()
    )
    const file = r.outputs['failed-targets-file'] ?? ''
    expect(path.dirname(path.dirname(file))).toBe(stage.runnerTemp)
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({
      user_ids: refusedIds,
      user_logins: [],
      group_ids: []
    })
    expect(r.outputs['failed-count']).toBe('1')
    expect(r.stdout).toMatch(
      /^::error::Box API 400 bad_request on users\/terminate_sessions: User id format is string/m
    )
    expect(JSON.parse(r.outputs.result ?? '').counts).toMatchObject({ accepted: 8, failed: 1 })
    expect(r.stdout).toContain(
      `1 target was not accepted by Box; run again with targets-file: ${file}`
    )
    expect(r.summary).toContain('<h3>Not accepted by Box</h3>')

    await stage.restart({})
    const again = await run({ 'targets-file': file, 'batch-size': '3' })
    expect(again.code).toBe(0)
    expect(stage.box.requestsTo('users').map(q => q.json)).toEqual([
      { user_ids: refusedIds, user_logins: [] }
    ])
    expect([again.outputs['failed-count'], again.outputs['failed-targets-file']]).toEqual(['0', ''])
  })

  it('slows to Box’s pace under a rate limit: every request waits out a 429, every target once', async () => {
    await stage.restart({ ratePerSecond: 1 })
    // Five one-target batches, four at once, one request a second: the first to arrive is answered
    // only once the action has said it got a 429 for another; its worker, free then, must wait at
    // the gate like every other request instead of sending the fifth batch at once.
    let freeLate!: () => void
    stage.box.script('users', { until: new Promise<void>(resolve => (freeLate = resolve)) })
    let releasedAt = 0
    const ids = Array.from({ length: 5 }, (_, i) => String(300 + i))
    const r = await stage.run(
      { 'user-ids': ids.join(','), 'batch-size': '1', 'verify-targets': 'false' },
      {
        timeoutMs: 60_000,
        onStart: started =>
          void started.printed(/failed \(HTTP 429\); retrying in/).then(() => {
            releasedAt = Date.now()
            freeLate()
          })
      }
    )
    expect(r.code).toBe(0)
    // Every target was delivered exactly once.
    expect(entries(accepted()).sort()).toEqual(ids.map(id => `id:${id}`).sort())
    const [refusal] = stage.box.requests.filter(q => q.status === 429)
    expect(refusal?.retryAfter).toBe('1')
    // Once the action knew of the 429, no request reached Box before its Retry-After had passed.
    const reopens = (refusal?.answeredAt ?? 0) + Number(refusal?.retryAfter) * 1000
    const early = stage.box.requests.filter(q => q.at > releasedAt && q.at < reopens - 20)
    expect(releasedAt).toBeGreaterThan(0)
    expect(early.map(q => q.at - (refusal?.answeredAt ?? 0))).toEqual([])
    expect(r.stdout).toMatch(
      /attempt 1 failed \(HTTP 429\); retrying in \d\.\d s, and every request waits as long/
    )
  })

  it('keeps to the pace a 429 showed instead of meeting the limit again every second', async () => {
    await stage.restart({ ratePerSecond: 5 })
    // Twenty one-target batches, four at once: unpaced, each second would let 5 through and
    // refuse those in flight beyond them, some 3 a second.
    const ids = Array.from({ length: 20 }, (_, i) => String(400 + i))
    const r = await run(
      { 'user-ids': ids.join(','), 'batch-size': '1', 'verify-targets': 'false' },
      60_000
    )
    expect(r.code).toBe(0)
    expect(entries(accepted()).sort()).toEqual(ids.map(id => `id:${id}`).sort())
    // The 429s taught the pace: Box took 5 in a second, so one per 220 ms at most (a refusal
    // read first may show more requests taken, and a later one slows it).
    const paces = [
      ...r.stdout.matchAll(
        /a request starts at most every ([\d,]+) ms, to keep under Box's rate limit/g
      )
    ].map(m => Number(m[1]?.replace(',', '')))
    expect(paces.at(-1)).toBeGreaterThanOrEqual(200)
    const refusals = stage.box.requests.filter(q => q.status === 429)
    const first = refusals[0]
    expect(first?.retryAfter).toBe('1')
    // Once the gate opened again, the requests kept under the limit: at most one more 429 (a
    // request that reached the fake Box late, in a second it had not counted), where the run
    // without a pace met some ten.
    const reopened = (first?.answeredAt ?? 0) + 1000
    const later = refusals.filter(q => q.at >= reopened)
    expect(later.length).toBeLessThanOrEqual(1)
  })
})
