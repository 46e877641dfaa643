import { describe, expect, it } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { startFakeBox, SUCCESS_MESSAGE } from '../../harness/fake-box.js'
import { e2eStage, errorOf, runtimes } from '../helpers/e2e.js'

const TOKEN = 'e2e-static-token-3f9c1d'

describe.each(runtimes())('the bundled action on %s', (_label, node) => {
  const stage = e2eStage(node, {}, TOKEN)
  const run = (inputs: Record<string, string>) => stage.run(inputs)
  /** The termination requests Box received, in order: the lookups before them aside. */
  const posts = () => stage.box.requests.filter(q => q.method === 'POST')

  it('terminates users by ID', async () => {
    const r = await run({ 'user-ids': '111, 222' })
    expect(r.code).toBe(0)
    expect(posts().map(q => [q.method, q.path, q.json])).toEqual([
      ['POST', '/2.0/users/terminate_sessions', { user_ids: ['111', '222'], user_logins: [] }]
    ])
    const headers = posts()[0]?.headers
    expect(headers?.authorization).toBe(`Bearer ${TOKEN}`)
    expect(headers?.['user-agent']).toMatch(/^terminate-box-sessions\/1\.0\.0/)
    expect(r.outputs).toMatchObject({
      message: SUCCESS_MESSAGE,
      'users-message': SUCCESS_MESSAGE,
      'groups-message': ''
    })
  })

  it('terminates users by login', async () => {
    const r = await run({ 'user-logins': 'ada@example.com' })
    expect(r.code).toBe(0)
    expect(posts().map(q => q.json)).toEqual([{ user_ids: [], user_logins: ['ada@example.com'] }])
  })

  it('terminates groups', async () => {
    const r = await run({ 'group-ids': '901' })
    expect(r.code).toBe(0)
    expect(posts().map(q => [q.path, q.json])).toEqual([
      ['/2.0/groups/terminate_sessions', { group_ids: ['901'] }]
    ])
    expect(r.outputs).toMatchObject({
      message: SUCCESS_MESSAGE,
      'users-message': '',
      'groups-message': SUCCESS_MESSAGE
    })
  })

  it('sends users and groups together, concurrently', async () => {
    stage.box.script('users', { status: 202, json: { message: 'users done' } })
    stage.box.script('groups', { status: 202, json: { message: 'groups done' } })
    // Box answers neither until both have arrived: sent one after the other, the run would stall.
    const release = stage.box.holdAnswers('users', 'groups')
    void Promise.all([stage.box.when('users', 1), stage.box.when('groups', 1)]).then(release)
    const r = await run({ 'user-ids': '1', 'user-logins': 'a@example.com', 'group-ids': '2' })
    expect(r.code).toBe(0)
    expect(
      posts()
        .map(q => q.route)
        .sort()
    ).toEqual(['groups', 'users'])
    expect(stage.box.maxInFlight.terminate).toBe(2)
    expect(r.outputs.message).toBe('users done\ngroups done')
    const result = JSON.parse(r.outputs.result ?? '')
    expect(result).toMatchObject({
      dryRun: false,
      ok: true,
      counts: { targets: 3, accepted: 3, notFound: 0, failed: 0, notSent: 0, covered: 0 },
      users: {
        ok: true,
        status: 202,
        message: 'users done',
        batches: [{ batch: 1, size: 2, status: 202, attempts: 1 }]
      },
      groups: { ok: true, status: 202, message: 'groups done', batches: [{ attempts: 1 }] },
      targets: [
        { kind: 'user-ids', value: '1', outcome: 'accepted', lookup: 'found' },
        { kind: 'user-logins', value: 'a@example.com', outcome: 'accepted', lookup: 'found' },
        { kind: 'group-ids', value: '2', outcome: 'accepted', lookup: 'found' }
      ]
    })
    expect(result.users.batches[0].requestId).toMatch(/^[0-9a-f]{12}$/)
    expect(result.targets[0].requestId).toBe(result.users.batches[0].requestId)
    expect(r.summary).toContain('<h2>Box accepted the jobs to end the sessions</h2>')
    expect(r.summary).toContain(
      '<td><code>groups/terminate_sessions</code></td><td>1</td><td>1</td><td>✅ 1</td><td>0</td><td>groups done</td>'
    )
    expect(r.summary).toContain('<li>Actor: octocat</li>')
    expect(r.summary).toContain('https://github.com/acme/security/actions/runs/4242')
    expect(r.stdout).toContain('::group::users/terminate_sessions: 1 user ID, 1 user login')
  })

  it('reads JSON lists, multi-line lists, lists pasted with semicolons, and removes duplicates', async () => {
    const r = await run({
      'user-ids': '[123, "456", 123]',
      'user-logins': 'Ada@Example.com;\n\n  bob@example.com ; ada@example.COM;\n',
      'group-ids': '["7", 7, " 8 "]'
    })
    expect(r.code).toBe(0)
    expect(stage.box.requestsTo('users')[0]?.json).toEqual({
      user_ids: ['123', '456'],
      user_logins: ['Ada@Example.com', 'bob@example.com']
    })
    expect(stage.box.requestsTo('groups')[0]?.json).toEqual({ group_ids: ['7', '8'] })
  })

  it('names every bad entry and its input in one error, and sends nothing', async () => {
    const r = await run({
      'user-ids': '12, abc, 3x',
      'user-logins': 'ok@example.com, nobody, a@b@c.com',
      'group-ids': '[1, null]'
    })
    expect(r.code).toBe(1)
    expect(stage.box.requests).toEqual([])
    const error = r.stdout.split('\n').find(l => l.startsWith('::error::')) ?? ''
    for (const expected of [
      'user-ids: \\"abc\\" is not a Box ID',
      'user-ids: \\"3x\\" is not a Box ID',
      'user-logins: \\"nobody\\" must contain exactly one \\"@\\"',
      'user-logins: \\"a@b@c.com\\" must contain exactly one',
      'group-ids: item 2 of the JSON array is \\"null\\"'
    ]) {
      expect(error.replace(/%0A/g, '\n').replace(/"/g, '\\"').replace(/\\\\"/g, '\\"')).toContain(
        expected
      )
    }
    expect(error).toContain('Invalid input (5 problems); nothing was sent to Box')
    expect(r.outputs).toEqual({})
  })

  it.each([
    [{ 'user-ids': '' }, 'no targets: set at least one of user-ids'],
    [{ 'user-ids': '1', 'box-token': '' }, 'no Box credentials'],
    [
      { 'user-ids': '1', 'box-client-id': 'abc' },
      'conflicting credentials: box-token and box-client-id/box-client-secret'
    ],
    [{ 'user-ids': '1', 'base-url': 'http://api.box.com' }, 'base-url: must use https'],
    [{ 'user-ids': '1', 'base-url': 'http://192.168.1.10:8080' }, 'base-url: must use https'],
    [{ 'user-ids': '1', 'dry-run': 'yes' }, 'dry-run: must be true or false'],
    [{ 'user-ids': '1', 'max-retries': '-1' }, 'max-retries: must be a whole number from 0 to 10'],
    [{ 'user-ids': '[1,' }, 'user-ids: starts with \\"[\\" but is not a valid JSON array']
  ])('refuses bad input %j before any request', async (inputs, message) => {
    const r = await run(inputs)
    expect(r.code).toBe(1)
    expect(stage.box.requests).toEqual([])
    expect(r.stdout.replace(/"/g, '\\"')).toContain(message)
  })

  // A 400 to a body with an empty list is sent once more without it (Box may refuse `[]`); a
  // single target Box's own 404 refuses is one Box does not know.
  it.each([
    [403, 'forbidden', 'must be a Box admin or co-admin', 1, { failed: 1, notFound: 0 }],
    [404, 'not_found', 'a target does not exist', 1, { failed: 0, notFound: 1 }],
    [400, 'bad_request', 'Box refused the request', 2, { failed: 1, notFound: 0 }]
  ])(
    'fails on %i without retrying, with Box’s words and a hint',
    async (status, code, hint, requests, counts) => {
      stage.box.script('users', {
        status,
        json: { type: 'error', status, code, message: `Box says ${code}`, request_id: 'rid-77' }
      })
      const r = await run({ 'user-ids': '1' })
      expect(r.code).toBe(1)
      expect(posts()).toHaveLength(requests)
      expect(errorOf(r)).toContain(
        `Box API ${status} ${code} on users/terminate_sessions: Box says ${code} (request id rid-77). Hint: `
      )
      expect(errorOf(r)).toContain(hint)
      expect(JSON.parse(r.outputs.result ?? '')).toMatchObject({
        ok: false,
        counts,
        users: {
          ok: false,
          status,
          batches: [{ requestId: 'rid-77', attempts: 1 }, ...(requests > 1 ? [{ piece: 1 }] : [])]
        }
      })
      expect(r.outputs['failed-count']).toBe(String(counts.failed))
    }
  )

  it('fails a 401 with a plain token, naming expiry', async () => {
    stage.box.revokeTokens()
    const r = await run({ 'user-ids': '1' })
    expect(r.code).toBe(1)
    expect(posts()).toHaveLength(1)
    expect(r.stdout).toContain('Hint: the access token in box-token is invalid or has expired')
  })

  it('honours Retry-After in seconds', async () => {
    stage.box.script('users', { status: 429, headers: { 'retry-after': '1' } })
    const r = await run({ 'user-ids': '1' })
    expect(r.code).toBe(0)
    const [first, second] = posts()
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950)
    expect(r.stdout).toContain(
      'users/terminate_sessions: attempt 1 failed (HTTP 429); retrying in 1.0 s'
    )
    expect(JSON.parse(r.outputs.result ?? '').users.batches[0].attempts).toBe(2)
  })

  it('honours Retry-After as an HTTP date', async () => {
    // Written when the request arrives: a whole second, 2 to 3 s ahead.
    let until = 0
    stage.box.script('users', () => {
      until = Math.ceil((Date.now() + 2000) / 1000) * 1000
      return { status: 429, headers: { 'retry-after': new Date(until).toUTCString() } }
    })
    const r = await run({ 'user-ids': '1' })
    expect(r.code).toBe(0)
    const planned = Number(
      /attempt 1 failed \(HTTP 429\); retrying in ([0-9.]+) s/.exec(r.stdout)?.[1] ?? NaN
    )
    expect(planned).toBeGreaterThan(0)
    expect(planned).toBeLessThanOrEqual(3)
    // The retry reaches Box no earlier than the date Box named.
    expect(posts()[1]?.at ?? 0).toBeGreaterThanOrEqual(until - 20)
  })

  it('retries 5xx and a dropped connection', async () => {
    stage.box.script('users', { status: 500 }, { reset: 'after-body' })
    const r = await run({ 'user-ids': '1', 'max-retries': '2' })
    expect(r.code).toBe(0)
    expect(stage.box.requestsTo('users')).toHaveLength(3)
    expect(r.stdout).toContain('attempt 2 failed (ECONNRESET')
  })

  it('sets the outputs of the endpoint that succeeded when the other fails', async () => {
    stage.box.script('users', {
      status: 403,
      json: { type: 'error', status: 403, code: 'forbidden', message: 'nope' }
    })
    const r = await run({ 'user-ids': '1', 'group-ids': '2' })
    expect(r.code).toBe(1)
    expect(r.outputs).toMatchObject({
      message: SUCCESS_MESSAGE,
      'users-message': '',
      'groups-message': SUCCESS_MESSAGE
    })
    expect(r.summary).toContain('<h2>Box session termination failed</h2>')
    expect(r.summary).toContain('❌ 403')
  })

  it('does a dry run: authenticates, reports who it acts as, terminates nothing', async () => {
    const r = await run({ 'user-ids': '1', 'group-ids': '2', 'dry-run': 'true' })
    expect(r.code).toBe(0)
    expect(stage.box.requests.map(q => [q.method, q.path])).toEqual([
      ['GET', '/2.0/users/me?fields=id,name,login,role,enterprise'],
      ['GET', '/2.0/users/1?fields=id,name,login,status,role,enterprise'],
      ['GET', '/2.0/groups/2?fields=id,name'],
      ['GET', '/2.0/groups/2/memberships?limit=1']
    ])
    expect(r.stdout).toContain('Acting as Ada Admin (ada@example.com, user 11446498, role admin)')
    expect(r.outputs.message).toBe(
      'Dry run: no sessions were terminated; would end sessions of 1 user ID, 1 group ID'
    )
    expect(JSON.parse(r.outputs.result ?? '')).toMatchObject({
      dryRun: true,
      ok: true,
      actingAs: { login: 'ada@example.com', role: 'admin' }
    })
    expect(r.summary).toContain('<p><b>Dry run</b>: no termination request was sent.</p>')
    expect(r.summary).toContain('Acting as <b>Ada Admin</b>')
  })

  it('fails a dry run whose token Box refuses', async () => {
    stage.box.revokeTokens()
    const r = await run({ 'user-ids': '1', 'dry-run': 'true' })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('Box API 401 unauthorized on users/me')
  })

  it('keeps text from Box from becoming workflow commands', async () => {
    const evil = '::set-output name=pwned::1\n::add-mask::injected\r\n\u001b[31m::stop-commands::x'
    stage.box.script('users', { status: 202, json: { message: evil } })
    const ok = await run({ 'user-ids': '1' })
    expect(ok.code).toBe(0)
    // The output holds Box's text as it is; the log shows it escaped on one line.
    expect(ok.outputs.message).toBe(evil)
    expect(ok.stdout).toContain(
      'Box message: ::set-output name=pwned::1\\n::add-mask::injected\\r\\n\\u001b[31m::stop-commands::x'
    )
  })

  it('never follows a redirect, so the token stays with base-url', async () => {
    const other = await startFakeBox({ tokens: [TOKEN] })
    try {
      stage.box.script('users', {
        status: 302,
        redirect: `${other.url}/2.0/users/terminate_sessions`
      })
      const r = await run({ 'user-ids': '1' })
      expect(r.code).toBe(1)
      expect(other.requests).toEqual([])
      expect(r.stdout).toContain(
        `Box API 302 redirect on users/terminate_sessions to ${other.url}/2.0/users/terminate_sessions`
      )
    } finally {
      await other.stop()
    }
  })

  it('takes a 2xx with no JSON body for no acceptance, and sends the request again', async () => {
    stage.box.script('users', { status: 202, rawBody: '' })
    const r = await run({ 'user-ids': '1' })
    expect(r.code).toBe(0)
    expect(stage.box.requestsTo('users')).toHaveLength(2)
    expect(r.outputs.message).toBe(SUCCESS_MESSAGE)
    expect(r.stdout).toContain(
      'users/terminate_sessions: attempt 1 failed (HTTP 202, its body is not a JSON object (application/json))'
    )
  })

  it('writes a report of every target, and says where', async () => {
    stage.box.script(
      'user',
      {},
      { status: 404, json: { type: 'error', status: 404, code: 'not_found', message: 'Not Found' } }
    )
    const r = await run({ 'user-ids': '1, 999', 'group-ids': '7', 'fail-on-unknown': 'false' })
    expect(r.code).toBe(0)
    expect(r.outputs['report-file']).toMatch(
      new RegExp(`^${stage.runnerTemp}/terminate-box-sessions-[^/]+/report\\.csv$`)
    )
    const rows = parse<Record<string, string>>(r.files['report-file'] ?? '', { columns: true })
    expect(
      rows.map(row => [row.user_id, row.group_id, row.outcome, row.lookup, row.status])
    ).toEqual([
      ['1', '', 'accepted', 'found', '202'],
      ['999', '', 'not_found', 'not_found', ''],
      ['', '7', 'accepted', 'found', '202']
    ])
    expect(r.summary).toContain(
      `Every target is in the report: <code>${r.outputs['report-file']}</code>.`
    )
  })

  it('skips the job summary when job-summary is false', async () => {
    const r = await run({ 'user-ids': '1', 'job-summary': 'false' })
    expect(r.code).toBe(0)
    expect(r.summary).toBe('')
  })
})
