import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startFakeBox } from '../../harness/fake-box.js'
import { runAction } from '../../harness/run-action.js'
import { expectNoSecrets, runtimes } from '../helpers/e2e.js'

const TOKEN = 'scale-token-0a9b8c7d'
const COUNT = 50_000
const logins = Array.from({ length: COUNT }, (_, i) => `user${i}@example.com`)
const groups = Array.from({ length: COUNT }, (_, i) => String(100_000 + i))

describe.each(runtimes())('targets-file at scale on %s', (_label, node) => {
  let box: Awaited<ReturnType<typeof startFakeBox>>
  let workspace: string
  beforeEach(async () => {
    box = await startFakeBox({ tokens: [TOKEN] })
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'tbs-scale-'))
  })
  afterEach(async () => {
    await box.stop()
    fs.rmSync(workspace, { recursive: true, force: true })
  })

  async function run(file: string, inputs: Record<string, string> = {}) {
    const r = await runAction({
      node,
      workspace,
      inputs: { 'targets-file': file, 'box-token': TOKEN, 'base-url': box.url, ...inputs }
    })
    expectNoSecrets(r, [TOKEN])
    return r
  }

  it('sends 50,000 logins and 50,000 group IDs from a CSV file', async () => {
    const rows = logins.map((login, i) => `${login},${groups[i]}`)
    fs.writeFileSync(
      path.join(workspace, 'leavers.csv'),
      `user_login,group_id\n${rows.join('\n')}\n`
    )
    const r = await run('leavers.csv', { 'user-ids': '42' })
    expect(r.code).toBe(0)
    // 50,001 user targets in 51 batches of at most 1,000; every one sent exactly once. Batches
    // run 4 at a time, so they may reach Box in any order.
    const users = box.requestsTo('users').map(q => q.json)
    expect(users).toHaveLength(51)
    expect(users.every(b => b.user_ids.length + b.user_logins.length <= 1000)).toBe(true)
    expect(users.flatMap(b => b.user_ids)).toEqual(['42'])
    expect(users.flatMap(b => b.user_logins).sort()).toEqual([...logins].sort())
    expect(
      box
        .requestsTo('groups')
        .flatMap(q => q.json.group_ids)
        .sort()
    ).toEqual([...groups].sort())
    expect(box.maxInFlight.terminate).toBeLessThanOrEqual(4)
    const result = JSON.parse(r.outputs.result ?? '')
    expect(result.users.counts).toEqual({ user_ids: 1, user_logins: COUNT })
    expect(result.users.batchCounts).toEqual({ total: 51, sent: 51, succeeded: 51, failed: 0 })
    expect(result.groups.targetsTruncated).toBe(true)
    expect(result.verification).toMatchObject({
      ran: false,
      skipped: '100,001 targets are more than 100'
    })
    expect(Buffer.byteLength(r.outputs.result ?? '')).toBeLessThan(128 * 1024)
    expect(r.outputs['failed-count']).toBe('0')
    expect(r.stdout).toContain('users/terminate_sessions: 51/51 batches, 50,001 targets')
    expect(r.stdout).toContain(
      '::notice title=Targets not verified::Targets not looked up: 100,001 targets are more than 100'
    )
    expect(r.summary).toContain(`<li>User logins (50,000): <code>user0@example.com</code>`)
    expect(r.summary).toContain(`and 49,950 more`)
  })

  it('sends the same from a JSON file', async () => {
    fs.writeFileSync(
      path.join(workspace, 'targets.json'),
      JSON.stringify({ user_logins: logins, group_ids: groups })
    )
    const r = await run('targets.json')
    expect(r.code).toBe(0)
    expect(
      box
        .requestsTo('users')
        .flatMap(q => q.json.user_logins)
        .sort()
    ).toEqual([...logins].sort())
    expect(
      box
        .requestsTo('groups')
        .flatMap(q => q.json.group_ids)
        .sort()
    ).toEqual([...groups].sort())
  })

  it('names bad rows by line and sends nothing', async () => {
    const rows = logins.map((login, i) =>
      i === 12_345 ? 'not-a-login,1' : i === 40_000 ? `${login},12x` : `${login},${groups[i]}`
    )
    fs.writeFileSync(
      path.join(workspace, 'leavers.csv'),
      `user_login,group_id\n${rows.join('\n')}\n`
    )
    const r = await run('leavers.csv')
    expect(r.code).toBe(1)
    expect(box.requests).toEqual([])
    expect(r.stdout).toContain(
      'targets-file line 12347 (user_login): "not-a-login" must contain exactly one'
    )
    expect(r.stdout).toContain('targets-file line 40002 (group_id): "12x" is not a Box ID')
  })
})
