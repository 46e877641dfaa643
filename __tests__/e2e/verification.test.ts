import { describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import fs from 'node:fs'
import path from 'node:path'
import { generatedLogin, GENERATED_USER_BASE } from '../../harness/fake-box.js'
import { e2eStage, errorOf, runtimes } from '../helpers/e2e.js'

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
  externals: [{ id: '777', name: 'Pia Partner', login: 'pia@partner.example' }],
  groups: [{ id: '900', name: 'Contractors', members: 1200 }]
}

describe.each(runtimes())('looking targets up before terminating, on %s', (_label, node) => {
  const stage = e2eStage(node, { directory, pageSize: 2 }, TOKEN)
  const run = (inputs: Record<string, string>) => stage.run(inputs)
  const posts = () => stage.posts()
  const reportRows = (r: Awaited<ReturnType<typeof run>>) =>
    parse<Record<string, string>>(r.files['report-file'] ?? '', { columns: true })

  it('shows who each target is, before terminating them', async () => {
    const r = await run({
      'user-ids': '103',
      'user-logins': 'grace@example.com, pat@example.com',
      'group-ids': '900'
    })
    expect(r.code).toBe(0)
    const who = r.stdout.indexOf('::group::Who the targets are')
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
    // The exact login was on the third page of Box's prefix matches, read by marker.
    const pages = stage.box
      .requestsTo('user-list')
      .filter(q => q.path.includes('pat%40example.com'))
    expect(pages.map(q => new URL(q.path, stage.box.url).searchParams.has('marker'))).toEqual([
      false,
      true,
      true
    ])
    expect(posts()).toEqual([
      { user_ids: ['103'], user_logins: ['grace@example.com', 'pat@example.com'] },
      { group_ids: ['900'] }
    ])
    expect(r.outputs['unknown-targets']).toBe('{"user_ids":[],"user_logins":[],"group_ids":[]}')
    const result = JSON.parse(r.outputs.result ?? '')
    expect(result.lookups).toMatchObject({
      mode: 'auto',
      plan: 'per-target',
      found: 4,
      notFound: 0,
      unverified: 0,
      skipped: 0
    })
    expect(result.targets[3]).toEqual({
      kind: 'group-ids',
      value: '900',
      outcome: 'accepted',
      lookup: 'found',
      boxId: '900',
      name: 'Contractors',
      members: 1200,
      membersApproximate: true,
      requestId: expect.any(String)
    })
    expect(r.summary).toContain('<h3>Targets</h3>')
    expect(r.summary).toContain(
      '<td>✅ accepted</td><td>Grace Hopper &lt;grace@example.com&gt;, user 102, active, role coadmin</td>'
    )
    expect(r.summary).toContain('<td>group Contractors (900), about 1,200 members</td>')
  })

  it('terminates everyone it finds, then fails naming each unknown target, as unknown, and where it came from', async () => {
    fs.writeFileSync(
      path.join(stage.workspace, 'leavers.csv'),
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
    expect(errorOf(r)).toBe(
      'Not found in Box, so not sent: user-ids "999"; user-logins "alan@exmaple.com"; user-logins "ada@example.com"; targets-file line 3 (user_login) "404@example.com". Box accepted the jobs to end the sessions of every other target.'
    )
    expect(JSON.parse(r.outputs['unknown-targets'] ?? '')).toEqual({
      user_ids: ['999'],
      user_logins: ['alan@exmaple.com', 'ada@example.com', '404@example.com'],
      group_ids: []
    })
    expect(r.outputs['failed-count']).toBe('0')
    expect(r.summary).toContain(
      '<td><code>ada@example.com</code></td><td>user-logins</td><td>❌ not found</td>'
    )
    expect(r.summary).toContain('<h3>Not found in Box, so not sent</h3>')
    expect(reportRows(r).map(row => row.outcome)).toEqual([
      'not_found',
      'not_found',
      'not_found',
      'accepted',
      'accepted',
      'not_found'
    ])
  })

  it('succeeds with a warning naming the unknown targets when fail-on-unknown is false', async () => {
    const r = await run({ 'user-ids': '999, 102', 'fail-on-unknown': 'false' })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      '::warning title=Targets not found::Not found in Box, so not sent: user-ids "999". Box accepted the jobs to end the sessions of every other target.'
    )
    expect(r.outputs['unknown-targets']).toBe(
      '{"user_ids":["999"],"user_logins":[],"group_ids":[]}'
    )
  })

  it('sends a user listed by ID and by login once, by ID; the login is covered and follows the ID', async () => {
    const r = await run({ 'user-ids': '102', 'user-logins': 'GRACE@example.com' })
    expect(r.code).toBe(0)
    expect(posts()).toEqual([{ user_ids: ['102'], user_logins: [] }])
    expect(r.stdout).toContain(
      '"GRACE@example.com" is user ID 102, also listed: sent once, as user ID 102'
    )
    expect(JSON.parse(r.outputs.result ?? '').counts).toMatchObject({ accepted: 1, covered: 1 })
    expect(reportRows(r).map(row => [row.user_login, row.outcome, row.status])).toEqual([
      ['', 'accepted', '202'],
      ['GRACE@example.com', 'covered', '202']
    ])
  })

  it('sends a login on its own when its user’s ID is unknown, and reports the ID: nothing is swallowed', async () => {
    stage.box.script('user', {
      status: 404,
      json: { type: 'error', status: 404, code: 'not_found', message: 'Not Found' }
    })
    const r = await run({ 'user-ids': '102', 'user-logins': 'grace@example.com' })
    expect(r.code).toBe(1)
    expect(posts()).toEqual([{ user_ids: [], user_logins: ['grace@example.com'] }])
    expect(errorOf(r)).toBe(
      'Not found in Box, so not sent: user-ids "102". Box accepted the jobs to end the sessions of every other target.'
    )
    expect(r.stdout).not.toContain('sent once')
  })

  it('takes a 404 that is not Box’s as unverified: the targets are sent, never dropped as unknown', async () => {
    const html = {
      status: 404,
      rawBody: '<html><body>Not Found</body></html>',
      headers: { 'content-type': 'text/html' }
    }
    stage.box.script('user', html)
    stage.box.script('user-list', html)
    const r = await run({ 'user-ids': '102', 'user-logins': 'alan@example.com' })
    expect(r.code).toBe(0)
    expect(posts()).toEqual([{ user_ids: ['102'], user_logins: ['alan@example.com'] }])
    expect(r.outputs['unknown-targets']).toBe('{"user_ids":[],"user_logins":[],"group_ids":[]}')
    expect(r.stdout).toMatch(
      /^::warning title=Targets not verified::Box did not say who 2 targets are, so they are sent as given: .*did not carry Box’s error body/m
    )
  })

  it('lists unknown targets as not found in a dry run, and fails as the real run would', async () => {
    const r = await run({ 'user-logins': 'grace@example.com, ada@example.com', 'dry-run': 'true' })
    expect(r.code).toBe(1)
    expect(posts()).toEqual([])
    expect(errorOf(r)).toBe(
      'Not found in Box, so a real run would not send them: user-logins "ada@example.com".'
    )
    const relaxed = await run({
      'user-logins': 'grace@example.com, ada@example.com',
      'dry-run': 'true',
      'fail-on-unknown': 'false'
    })
    expect(relaxed.code).toBe(0)
    expect(relaxed.stdout).toContain(
      '::warning title=Targets not found::Not found in Box, so a real run would not send them: user-logins "ada@example.com".'
    )
    expect(r.outputs.message).toBe(
      'Dry run: no sessions were terminated; would end sessions of 1 user login; 1 not found'
    )
    expect(r.summary).toContain('<h3>Not found in Box: a real run would not send these</h3>')
    expect(reportRows(r).map(row => row.outcome)).toEqual(['not_sent', 'not_found'])
  })

  it('warns and terminates as given with auto when Box refuses the lookups', async () => {
    await stage.restart({ refuseLookups: true })
    const r = await run({ 'user-logins': 'grace@example.com', 'group-ids': '900' })
    expect(r.code).toBe(0)
    expect(posts()).toEqual([
      { user_ids: [], user_logins: ['grace@example.com'] },
      { group_ids: ['900'] }
    ])
    expect(r.stdout).toMatch(
      /^::warning title=Targets not verified::Box did not say who 2 targets are, so they are sent as given: Box API 403 access_denied_insufficient_permissions on users: Access denied/m
    )
    expect(r.outputs['unknown-targets']).toBe('{"user_ids":[],"user_logins":[],"group_ids":[]}')
    expect(r.summary).toContain(
      '<td>✅ accepted</td><td>⚠️ not verified: Box API 403 access_denied_insufficient_permissions on users: Access denied'
    )
  })

  it('fails before any termination with true when Box refuses the lookups', async () => {
    await stage.restart({ refuseLookups: true })
    const r = await run({ 'user-logins': 'grace@example.com', 'verify-targets': 'true' })
    expect(r.code).toBe(1)
    expect(posts()).toEqual([])
    expect(errorOf(r)).toContain(
      'Box did not say who 1 target is, and verify-targets is true, so nothing was sent: Box API 403'
    )
    expect(r.outputs['failed-count']).toBe('1')
  })

  it('looks nothing up with false', async () => {
    const off = await run({ 'user-ids': '999', 'verify-targets': 'false' })
    expect(off.code).toBe(0)
    expect(stage.box.requests.map(q => q.method)).toEqual(['POST'])
    expect(off.outputs['unknown-targets']).toBe('')
    expect(JSON.parse(off.outputs.result ?? '').lookups).toMatchObject({
      mode: 'false',
      plan: 'none',
      skipped: 1
    })
  })
})

describe.each(runtimes())('verifying at scale, on %s', (_label, node) => {
  const externals = [{ id: '777', name: 'Pia Partner', login: 'pia@partner.example' }]
  const stage = e2eStage(node, { directory: { generatedUsers: 50_000, externals } }, TOKEN)
  const leavers = (n: number) => Array.from({ length: n }, (_, i) => generatedLogin(i * 13))

  it('lists the enterprise once instead of one lookup per target, finding external collaborators too', async () => {
    const logins = [...leavers(3000), 'pia@partner.example', 'gone@example.com']
    fs.writeFileSync(
      path.join(stage.workspace, 'leavers.json'),
      JSON.stringify({ user_logins: logins })
    )
    const r = await stage.run({ 'targets-file': 'leavers.json', 'fail-on-unknown': 'false' })
    expect(r.code).toBe(0)
    const lookups = stage.box.requests.filter(q => q.method === 'GET')
    // The count, 50 pages of 1,000, then the external user and the unknown login one by one, and
    // which enterprise the token acts in.
    expect(lookups).toHaveLength(54)
    expect(r.stdout).toContain(
      "Looking up 3,002 targets in about 51 requests: 3,002 user targets by listing the enterprise's 50,000 users (50 pages) instead of 3,002 lookups; what a listing lacks is then looked up one by one"
    )
    const result = JSON.parse(r.outputs.result ?? '')
    expect(result.lookups).toMatchObject({
      plan: 'listing',
      found: 3001,
      notFound: 1,
      unverified: 0
    })
    expect(result.counts).toMatchObject({ accepted: 3001, notFound: 1 })
    const rows = parse<Record<string, string>>(r.files['report-file'] ?? '', { columns: true })
    expect(rows.find(row => row.user_login === 'pia@partner.example')).toMatchObject({
      lookup: 'found',
      box_id: '777',
      outcome: 'accepted',
      detail: 'an external user (enterprise 22557700): Box may not end their sessions'
    })
    expect(result.lookups.external).toBe(1)
    expect(r.stdout).toMatch(
      /^::warning title=External users::1 target is a user of another enterprise than the one the run acts in \(external collaborators\): Box may not end their sessions, and it is sent as given: targets-file user_logins line 1 item 3001 "pia@partner.example"$/m
    )
    expect(r.summary).toContain('⚠️ 1 target is a user of another enterprise')
    expect(rows[1]).toMatchObject({
      user_login: generatedLogin(13),
      box_id: String(GENERATED_USER_BASE + 13)
    })
  })

  it('stops a listing Box pages without end at its bound, Box’s count and a margin', async () => {
    await stage.restart({ directory: { generatedUsers: 3000 }, endlessMarkers: true })
    // 100 logins found in the first pages, and one Box does not know: a listing without end
    // cannot say it does not exist, so it is searched for on its own, and Box's search ends.
    const logins = [...leavers(100), 'gone@example.com']
    fs.writeFileSync(
      path.join(stage.workspace, 'leavers.json'),
      JSON.stringify({ user_logins: logins })
    )
    const r = await stage.run({ 'targets-file': 'leavers.json', 'fail-on-unknown': 'false' })
    expect(r.code).toBe(0)
    const pages = stage.box
      .requestsTo('user-list')
      .filter(q => q.path.includes('usemarker') && !q.path.includes('filter_term'))
    // 3,000 users and a margin of 1,000: the fifth page of 1,000 passes the bound.
    expect(pages).toHaveLength(5)
    const result = JSON.parse(r.outputs.result ?? '')
    expect(result.lookups).toMatchObject({ plan: 'listing', found: 100, notFound: 1 })
    expect(stage.box.requestsTo('user-list').at(-1)?.path).toContain('filter_term=gone%40')
    expect(r.stdout).toContain(
      "reached its page bound, 4000 entries (Box's count and a margin), and Box still gave a next page"
    )
    expect(result.counts).toMatchObject({ accepted: 100, notFound: 1 })
  })

  it('looks up one by one what an interrupted listing had not matched', async () => {
    stage.box.script(
      'user-list',
      {},
      {},
      {},
      {},
      { status: 503 },
      { status: 503 },
      { status: 503 },
      { status: 503 }
    )
    const logins = leavers(1000)
    fs.writeFileSync(
      path.join(stage.workspace, 'leavers.json'),
      JSON.stringify({ user_logins: logins })
    )
    const r = await stage.run({ 'targets-file': 'leavers.json', 'max-retries': '2' })
    expect(r.code).toBe(0)
    const result = JSON.parse(r.outputs.result ?? '')
    // Pages 1 to 3 (users 0 to 2,999) were read before the listing failed: logins 0 to 2,990 by
    // 13; the 769 others were then searched for one by one.
    const searches = stage.box.requestsTo('user-list').filter(q => q.path.includes('filter_term'))
    expect(new Set(searches.map(q => q.path)).size).toBe(769)
    expect(r.stdout).toMatch(
      /\nThe listing of the enterprise's users stopped before its end \(Box API 503 .*\): the 769 targets it had not matched are looked up one by one\n/
    )
    expect(result.lookups).toMatchObject({ plan: 'listing', found: 1000, unverified: 0 })
    expect(result.counts.accepted).toBe(1000)
    expect(r.stdout).not.toContain('Targets not verified')
  })

  it('makes at most 1,000 lookup requests with auto, and sends the targets beyond unverified, saying why', async () => {
    // 3,500 logins, 3,000 of them deleted since: the listing finds 500, and what it lacks is
    // searched for one by one until the 1,000 requests auto allows are made.
    const deleted = Array.from({ length: 3000 }, (_, i) => `deleted-${i}@example.com`)
    fs.writeFileSync(
      path.join(stage.workspace, 'leavers.json'),
      JSON.stringify({ user_logins: [...leavers(500), ...deleted] })
    )
    const r = await stage.run({ 'targets-file': 'leavers.json', 'fail-on-unknown': 'false' })
    expect(r.code).toBe(0)
    const lookups = stage.box.requests.filter(q => q.method === 'GET')
    expect(lookups).toHaveLength(1000)
    // The count and 50 pages, which enterprise the token acts in, then 948 searches.
    expect(lookups.filter(q => q.path.includes('filter_term'))).toHaveLength(948)
    const result = JSON.parse(r.outputs.result ?? '')
    expect(result.lookups).toMatchObject({
      plan: 'listing',
      found: 500,
      notFound: 948,
      unverified: 2052
    })
    expect(result.counts).toMatchObject({ accepted: 2552, notFound: 948 })
    expect(r.stdout).toContain(
      '::warning title=Targets not verified::Box did not say who 2,052 targets are, so they are sent as given: not looked up: verify-targets: auto makes at most 1,000 lookup requests in a run, and they were all made'
    )
    const bodies = stage.posts() as { user_logins?: string[] }[]
    const sent = bodies.flatMap(body => body.user_logins ?? [])
    expect(sent).toHaveLength(2552)
    expect(sent.slice(0, 500)).toEqual(leavers(500))
  })
})
