import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { e2eStage, runtimes } from '../helpers/e2e.js'

const TOKEN = 'scale-token-0a9b8c7d'
const COUNT = 50_000
const logins = Array.from({ length: COUNT }, (_, i) => `user${i}@example.com`)
const groups = Array.from({ length: COUNT }, (_, i) => String(100_000 + i))

describe.each(runtimes())('targets-file at scale on %s', (_label, node) => {
  const stage = e2eStage(node, {}, TOKEN)
  const run = (file: string, inputs: Record<string, string> = {}) =>
    stage.run({ 'targets-file': file, ...inputs })
  /** Every value Box was sent under one body key, sorted: batches may reach Box in any order. */
  const sentSorted = (route: 'users' | 'groups', key: string): string[] =>
    stage.box
      .requestsTo(route)
      .flatMap(q => q.json[key] as string[])
      .sort()

  it('sends 50,000 logins and 50,000 group IDs from a CSV file, its record bounded', async () => {
    const rows = logins.map((login, i) => `${login},${groups[i]}`)
    fs.writeFileSync(
      path.join(stage.workspace, 'leavers.csv'),
      `user_login,group_id\n${rows.join('\n')}\n`
    )
    const r = await run('leavers.csv', { 'user-ids': '42' })
    expect(r.code).toBe(0)
    // 50,001 user targets in 51 batches of at most 1,000; every one sent exactly once. Batches
    // run 4 at a time, so they may reach Box in any order.
    const users = stage.box.requestsTo('users').map(q => q.json)
    expect(users).toHaveLength(51)
    expect(users.every(b => b.user_ids.length + b.user_logins.length <= 1000)).toBe(true)
    expect(users.flatMap(b => b.user_ids)).toEqual(['42'])
    expect(sentSorted('users', 'user_logins')).toEqual([...logins].sort())
    expect(sentSorted('groups', 'group_ids')).toEqual([...groups].sort())
    expect(stage.box.maxInFlight.terminate).toBeLessThanOrEqual(4)
    const result = JSON.parse(r.outputs.result ?? '')
    expect(result.counts).toMatchObject({ targets: 100_001, accepted: 100_001 })
    expect(result.users.batchCounts).toEqual({
      total: 51,
      sent: 51,
      succeeded: 51,
      failed: 0,
      pieces: 0
    })
    expect(result.targetsTruncated).toBe(true)
    expect(result.lookups.plan).toBe('none')
    expect(Buffer.byteLength(r.outputs.result ?? '')).toBeLessThan(128 * 1024)
    expect(r.outputs['failed-count']).toBe('0')
    expect(r.stdout).toContain('users/terminate_sessions: 51/51 batches, 50,001 targets')
    expect(r.stdout).toMatch(
      /^::notice title=Targets not looked up::Not looking 100,001 targets up: it would take at least [\d,]+ requests/m
    )
    expect(r.summary).toContain('The first 100 of 100,001 targets. Every target is in the report')
    expect(Buffer.byteLength(r.summary)).toBeLessThan(512 * 1024)
    expect((r.files['report-file'] ?? '').trimEnd().split('\n')).toHaveLength(100_002)
  })

  it('sends the same from a JSON file', async () => {
    fs.writeFileSync(
      path.join(stage.workspace, 'targets.json'),
      JSON.stringify({ user_logins: logins, group_ids: groups })
    )
    const r = await run('targets.json')
    expect(r.code).toBe(0)
    expect(sentSorted('users', 'user_logins')).toEqual([...logins].sort())
    expect(sentSorted('groups', 'group_ids')).toEqual([...groups].sort())
  })

  it('names bad rows by line and sends nothing', async () => {
    const rows = logins.map((login, i) =>
      i === 12_345 ? 'not-a-login,1' : i === 40_000 ? `${login},12x` : `${login},${groups[i]}`
    )
    fs.writeFileSync(
      path.join(stage.workspace, 'leavers.csv'),
      `user_login,group_id\n${rows.join('\n')}\n`
    )
    const r = await run('leavers.csv')
    expect(r.code).toBe(1)
    expect(stage.box.requests).toEqual([])
    expect(r.stdout).toContain(
      'targets-file line 12347 (user_login): "not-a-login" must contain exactly one'
    )
    expect(r.stdout).toContain('targets-file line 40002 (group_id): "12x" is not a Box ID')
  })
})

// A long run starts and goes on: no budget or watchdog cuts it; the job's timeout-minutes is the
// deadline. On the runtime action.yml declares.
describe('a long run on node 24', () => {
  const stage = e2eStage(runtimes()[1]?.[1] ?? process.execPath, {}, TOKEN)

  it('sends 30,000 one-target batches, each once, to the end', async () => {
    const ids = Array.from({ length: 30_000 }, (_, i) => String(1_000_000 + i))
    fs.writeFileSync(path.join(stage.workspace, 'ids.json'), JSON.stringify({ user_ids: ids }))
    const r = await stage.run(
      {
        'targets-file': 'ids.json',
        'batch-size': '1',
        'verify-targets': 'false',
        'request-timeout': '300'
      },
      { timeoutMs: 240_000 }
    )
    expect(r.code).toBe(0)
    const sent = stage.box.requestsTo('users').flatMap(q => q.json.user_ids as string[])
    expect(sent).toHaveLength(30_000)
    expect(new Set(sent).size).toBe(30_000)
    expect(JSON.parse(r.outputs.result ?? '').users.batchCounts).toEqual({
      total: 30_000,
      sent: 30_000,
      succeeded: 30_000,
      failed: 0,
      pieces: 0
    })
    expect(r.stdout).toContain('users/terminate_sessions: 30,000/30,000 batches, 30,000 targets')
  }, 300_000)
})
