import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startFakeBox } from '../../harness/fake-box.js'
import { runAction, type ActionRun } from '../../harness/run-action.js'
import { expectNoSecrets, expectOnlyOwnCommands, runtimes } from '../helpers/e2e.js'

const TOKEN = 'verification-token-4b3a'
const directory = {
  users: [
    { id: '101', name: 'Ada Lovelace', login: 'ada@example.com.au' },
    { id: '102', name: 'Grace Hopper', login: 'grace@example.com', role: 'coadmin' },
    { id: '103', name: 'Alan Turing', login: 'alan@example.com', status: 'inactive' },
    // Five logins that begin the same: with pages of two, the exact one is on the third page.
    ...['.a', '.b', '.c', '.d', ''].map((end, i) => ({
      id: String(200 + i),
      name: `Pat ${i}`,
      login: `pat@example.com${end}`
    }))
  ],
  groups: [{ id: '900', name: 'Contractors', members: 1200 }]
}

describe.each(runtimes())('looking targets up before terminating, on %s', (_label, node) => {
  let box: Awaited<ReturnType<typeof startFakeBox>>
  let workspace: string
  beforeEach(async () => {
    box = await startFakeBox({ tokens: [TOKEN], directory, pageSize: 2 })
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'tbs-verify-'))
  })
  afterEach(async () => {
    await box.stop()
    fs.rmSync(workspace, { recursive: true, force: true })
  })

  async function run(inputs: Record<string, string>): Promise<ActionRun> {
    const result = await runAction({
      node,
      workspace,
      inputs: { 'box-token': TOKEN, 'base-url': box.url, ...inputs }
    })
    expectNoSecrets(result, [TOKEN])
    expectOnlyOwnCommands(result)
    return result
  }
  const posts = () => box.requests.filter(q => q.method === 'POST').map(q => q.json)
  const errorOf = (r: ActionRun) =>
    (r.stdout.split('\n').find(l => l.startsWith('::error::')) ?? '').replace(/%0A/g, '\n')

  it('shows who is logged out, before terminating them', async () => {
    const r = await run({
      'user-ids': '103',
      'user-logins': 'grace@example.com, pat@example.com',
      'group-ids': '900'
    })
    expect(r.code).toBe(0)
    const who = r.stdout.indexOf('::group::Who is logged out')
    expect(who).toBeGreaterThan(-1)
    expect(who).toBeLessThan(r.stdout.indexOf('users/terminate_sessions: HTTP 202'))
    for (const line of [
      '"103": Alan Turing <alan@example.com>, user 103, inactive, role user',
      '"grace@example.com": Grace Hopper <grace@example.com>, user 102, active, role coadmin',
      '"pat@example.com": Pat 4 <pat@example.com>, user 204, active, role user',
      '"900": group Contractors (900), about 1,200 members'
    ]) {
      expect(r.stdout).toContain(line)
    }
    // The exact login was on the third page of Box's prefix matches.
    const offsets = box
      .requestsTo('user-search')
      .filter(q => q.path.includes('pat%40example.com'))
      .map(q => new URL(q.path, box.url).searchParams.get('offset'))
    expect(offsets).toEqual(['0', '2', '4'])
    expect(posts()).toEqual([
      { user_ids: ['103'], user_logins: ['grace@example.com', 'pat@example.com'] },
      { group_ids: ['900'] }
    ])
    expect(r.outputs['unknown-targets']).toBe('{"user_ids":[],"user_logins":[],"group_ids":[]}')
    const result = JSON.parse(r.outputs.result ?? '')
    expect(result.verification).toEqual({
      mode: 'auto',
      ran: true,
      found: 4,
      notFound: 0,
      unverified: 0,
      sentOnceById: 0
    })
    expect(result.verified[3]).toEqual({
      kind: 'group-ids',
      value: '900',
      from: 'group-ids',
      found: true,
      group: { id: '900', name: 'Contractors', members: 1200, membersApproximate: true }
    })
    expect(r.summary).toContain('<h3>Who is logged out</h3>')
    expect(r.summary).toContain(
      '<tr><td><code>grace@example.com</code></td><td>Grace Hopper</td><td>grace@example.com</td><td>102</td><td>active</td></tr>'
    )
    expect(r.summary).toContain('<th>Members (approximate)</th>')
    expect(r.summary).toContain('<td>Contractors</td><td>900</td><td>1,200</td>')
  })

  it('terminates everyone it finds, then fails naming each unknown target and where it came from', async () => {
    fs.writeFileSync(
      path.join(workspace, 'leavers.csv'),
      'user_login\ngrace@example.com\n404@example.com\n'
    )
    const r = await run({
      // A typo, a login Box only has as the start of a longer one, and a stale ID.
      'user-logins': 'alan@exmaple.com, ada@example.com',
      'user-ids': '999',
      'group-ids': '900',
      'targets-file': 'leavers.csv'
    })
    expect(r.code).toBe(1)
    expect(posts()).toEqual([
      { user_ids: [], user_logins: ['grace@example.com'] },
      { group_ids: ['900'] }
    ])
    expect(errorOf(r)).toContain(
      '4 targets were not found in Box, so they were not terminated; everyone found was: user-ids "999"; user-logins "alan@exmaple.com"; user-logins "ada@example.com"; targets-file line 3 (user_login) "404@example.com"'
    )
    expect(JSON.parse(r.outputs['unknown-targets'] ?? '')).toEqual({
      user_ids: ['999'],
      user_logins: ['alan@exmaple.com', 'ada@example.com', '404@example.com'],
      group_ids: []
    })
    expect(r.outputs['failed-count']).toBe('0')
    expect(r.summary).toContain('<tr><td><code>ada@example.com</code></td><td>❌ not found</td>')
    expect(r.summary).toContain('<h3>Not found, so not terminated</h3>')
  })

  it('sends a user listed by ID and by login once, by ID', async () => {
    const r = await run({ 'user-ids': '102', 'user-logins': 'GRACE@example.com' })
    expect(r.code).toBe(0)
    expect(posts()).toEqual([{ user_ids: ['102'], user_logins: [] }])
    expect(r.stdout).toContain(
      '"GRACE@example.com" is user 102, listed by ID too: sent once, by ID'
    )
    expect(JSON.parse(r.outputs.result ?? '').verification.sentOnceById).toBe(1)
  })

  it('lists unknown targets as what would fail in a dry run, and succeeds', async () => {
    const r = await run({ 'user-logins': 'grace@example.com, ada@example.com', 'dry-run': 'true' })
    expect(r.code).toBe(0)
    expect(posts()).toEqual([])
    expect(r.stdout).toContain(
      '::warning title=Targets not found::Dry run: 1 target was not found in Box; a real run would fail for them: user-logins "ada@example.com"'
    )
    expect(r.outputs.message).toBe(
      'Dry run: no sessions were terminated; would end sessions of 1 user login; 1 not found'
    )
    expect(r.summary).toContain('<h3>Who would be logged out</h3>')
    expect(r.summary).toContain('<h3>Not found: a real run would fail for these</h3>')
  })

  it('warns and terminates as given with auto when Box refuses the lookups', async () => {
    await box.stop()
    box = await startFakeBox({ tokens: [TOKEN], directory, refuseLookups: true })
    const r = await run({ 'user-logins': 'grace@example.com', 'group-ids': '900' })
    expect(r.code).toBe(0)
    expect(posts()).toEqual([
      { user_ids: [], user_logins: ['grace@example.com'] },
      { group_ids: ['900'] }
    ])
    expect(r.stdout).toMatch(
      /^::warning title=Targets not verified::Box did not say who 2 targets are, so they are terminated as given: Box API 403 access_denied_insufficient_permissions on users: Access denied/m
    )
    expect(r.outputs['unknown-targets']).toBe('{"user_ids":[],"user_logins":[],"group_ids":[]}')
  })

  it('fails before any termination with true when Box refuses the lookups', async () => {
    await box.stop()
    box = await startFakeBox({ tokens: [TOKEN], directory, refuseLookups: true })
    const r = await run({ 'user-logins': 'grace@example.com', 'verify-targets': 'true' })
    expect(r.code).toBe(1)
    expect(posts()).toEqual([])
    expect(errorOf(r)).toContain(
      'Box did not say who 1 target is, and verify-targets is true, so nothing was terminated: Box API 403'
    )
    expect(r.outputs['failed-count']).toBe('1')
  })

  it('looks nothing up with false, and says why it skips a run of more than 100 with auto', async () => {
    const off = await run({ 'user-ids': '999', 'verify-targets': 'false' })
    expect(off.code).toBe(0)
    expect(box.requests.map(q => q.method)).toEqual(['POST'])
    expect(off.outputs['unknown-targets']).toBe('')
    box.requests.length = 0
    const ids = Array.from({ length: 101 }, (_, i) => String(5000 + i)).join(',')
    const many = await run({ 'user-ids': ids })
    expect(many.code).toBe(0)
    expect(box.requests.map(q => q.method)).toEqual(['POST'])
    expect(many.stdout).toContain(
      '::notice title=Targets not verified::Targets not looked up: 101 targets are more than 100. Set verify-targets: true to look up every one.'
    )
    box.requests.length = 0
    const all = await run({ 'user-ids': ids, 'verify-targets': 'true' })
    expect(all.code).toBe(1)
    expect(box.requestsTo('user')).toHaveLength(101)
    expect(box.maxInFlight.lookups).toBeLessThanOrEqual(8)
  })
})
