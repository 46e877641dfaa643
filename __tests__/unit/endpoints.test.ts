import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  FAKE_ENTERPRISE,
  generatedLogin,
  GENERATED_USER_BASE,
  startFakeBox
} from '../../harness/fake-box.js'
import { findUserByLogin } from '../../src/box/endpoints/find-user-by-login.js'
import { getGroup } from '../../src/box/endpoints/get-group.js'
import { getUser } from '../../src/box/endpoints/get-user.js'
import { countGroupMembers } from '../../src/box/endpoints/group-memberships.js'
import { countGroups, listGroups } from '../../src/box/endpoints/list-groups.js'
import { countUsers, listUsers } from '../../src/box/endpoints/list-users.js'
import { terminateSessions, USERS_TERMINATE } from '../../src/box/endpoints/terminate-sessions.js'
import { getActingEnterprise, getCurrentUser } from '../../src/box/endpoints/users-me.js'
import { readEnterprise, type BoxObject } from '../../src/box/objects.js'
import { liveClient } from '../helpers/box-client.js'

const TOKEN = 'endpoints-token-77'
const directory = {
  users: [
    { id: '11', name: 'Ada Lovelace', login: 'ada@example.com', role: 'coadmin' },
    { id: '12', name: 'Ada Lovelace (AU)', login: 'ada@example.com.au' },
    { id: '13', name: 'Grace Hopper', login: 'Grace@Example.com', status: 'inactive' },
    ...Array.from({ length: 5 }, (_, i) => ({
      id: String(20 + i),
      name: `Pat ${i}`,
      login: `pat@example.com${i === 4 ? '' : `.${i}`}`
    }))
  ],
  externals: [{ id: '77', name: 'Pia Partner', login: 'pia@partner.example' }],
  groups: [
    { id: '900', name: 'Contractors', members: 42 },
    { id: '901', name: 'Empty' }
  ],
  generatedUsers: 2500
}

describe('the Box endpoints against the fake Box', () => {
  let box: Awaited<ReturnType<typeof startFakeBox>>
  beforeEach(async () => {
    box = await startFakeBox({ tokens: [TOKEN], directory, pageSize: 2 })
  })
  afterEach(async () => {
    expect(box.violations).toEqual([])
    await box.stop()
  })
  const client = () => liveClient(box.url, { method: 'token', token: TOKEN }).client
  const query = (path: string) => Object.fromEntries(new URL(path, box.url).searchParams)

  it('finds a user by ID with the fields Box documents, and says when Box has none', async () => {
    expect(await getUser(client(), '11')).toMatchObject({
      ok: true,
      value: {
        id: '11',
        name: 'Ada Lovelace',
        login: 'ada@example.com',
        status: 'active',
        role: 'coadmin'
      },
      status: 200
    })
    expect(await getUser(client(), '404')).toMatchObject({ ok: false, notFound: true, status: 404 })
    expect(await getUser(client(), '77')).toMatchObject({
      ok: true,
      value: { login: 'pia@partner.example' }
    })
    expect(box.requestsTo('user')[0]?.path).toBe(
      '/2.0/users/11?fields=id,name,login,status,role,enterprise'
    )
  })

  it('finds an exact login, ignoring ASCII case, never one it only begins, paging by marker', async () => {
    expect(await findUserByLogin(client(), 'ADA@example.com')).toMatchObject({
      ok: true,
      value: { id: '11' }
    })
    expect(await findUserByLogin(client(), 'grace@example.com')).toMatchObject({
      ok: true,
      value: { id: '13' }
    })
    expect(await findUserByLogin(client(), 'ada@example.co')).toMatchObject({
      ok: false,
      notFound: true
    })
    box.requests.length = 0
    expect(await findUserByLogin(client(), 'pat@example.com')).toMatchObject({
      ok: true,
      value: { id: '24' }
    })
    const pages = box.requestsTo('user-list').map(r => query(r.path))
    expect(pages[0]).toEqual({
      filter_term: 'pat@example.com',
      user_type: 'all',
      fields: 'id,name,login,status,role,enterprise',
      usemarker: 'true',
      limit: '1000'
    })
    expect(pages).toHaveLength(3)
    expect(pages.map(p => p.marker === undefined)).toEqual([true, false, false])
  })

  it('stops searching at the page that holds the exact login: the pages after it cost Box’s pace', async () => {
    await box.stop()
    const users = ['', '.0', '.1', '.2', '.3'].map((tail, i) => ({
      id: String(30 + i),
      name: `Sam ${i}`,
      login: `sam@example.com${tail}`
    }))
    box = await startFakeBox({ tokens: [TOKEN], directory: { users }, pageSize: 2 })
    expect(await findUserByLogin(client(), 'sam@example.com')).toMatchObject({
      ok: true,
      value: { id: '30' }
    })
    expect(box.requestsTo('user-list')).toHaveLength(1)
  })

  it('finds an external user, whom Box returns only to an exact login', async () => {
    expect(await findUserByLogin(client(), 'pia@partner.example')).toMatchObject({
      ok: true,
      value: { id: '77' }
    })
  })

  it('says a search that could not finish is not a “not found”', async () => {
    box.script('user-list', {}, { status: 503, rawBody: '<html>down</html>' })
    const answer = await findUserByLogin(client(), 'pat@example.com')
    expect(answer).toMatchObject({ ok: false, status: 503 })
    expect(answer).not.toHaveProperty('notFound')
  })

  it('counts the enterprise’s users in one request, and lists them by marker page by page', async () => {
    expect(await countUsers(client())).toMatchObject({ ok: true, value: 2508 })
    expect(query(box.requestsTo('user-list')[0]?.path ?? '')).toEqual({
      fields: 'id',
      limit: '1',
      offset: '0'
    })
    await box.stop()
    box = await startFakeBox({ tokens: [TOKEN], directory })
    const seen: BoxObject[] = []
    const answer = await listUsers(client(), users => void seen.push(...users))
    expect(answer).toMatchObject({ ok: true, value: { complete: true, pages: 3 }, attempts: 3 })
    expect(seen).toHaveLength(2508)
    expect(seen.at(-1)).toMatchObject({
      id: String(GENERATED_USER_BASE + 2499),
      login: generatedLogin(2499)
    })
    expect(seen.map(u => u.id)).not.toContain('77')
    const pages = box.requestsTo('user-list').map(r => query(r.path))
    expect(pages.every(p => p.usemarker === 'true' && p.offset === undefined)).toBe(true)
    expect(pages[0]).toEqual({
      fields: 'id,name,login,status,role',
      usemarker: 'true',
      limit: '1000'
    })
  })

  it('fails a listing that stops part way, with what Box said', async () => {
    box.script('user-list', {}, { status: 500 })
    const answer = await listUsers(client(), () => undefined)
    expect(answer).toMatchObject({ ok: false, status: 500, attempts: 2 })
  })

  it('finds a group and its approximate member count, and lists groups by offset', async () => {
    expect(await getGroup(client(), '900')).toMatchObject({
      ok: true,
      value: { id: '900', name: 'Contractors' }
    })
    expect(await getGroup(client(), '999')).toMatchObject({ ok: false, notFound: true })
    expect(await countGroupMembers(client(), '900')).toMatchObject({ ok: true, value: 42 })
    expect(await countGroupMembers(client(), '901')).toMatchObject({ ok: true, value: 0 })
    expect(await countGroups(client())).toMatchObject({ ok: true, value: 2 })
    const groups: BoxObject[] = []
    expect(await listGroups(client(), page => void groups.push(...page))).toMatchObject({
      ok: true,
      value: { complete: true }
    })
    expect(groups.map(g => g.id)).toEqual(['900', '901'])
    expect(box.requestsTo('group').map(r => r.path)).toEqual([
      '/2.0/groups/900?fields=id,name',
      '/2.0/groups/999?fields=id,name'
    ])
    expect(box.requestsTo('memberships')[0]?.path).toBe('/2.0/groups/900/memberships?limit=1')
    expect(box.requestsTo('group-list').map(r => query(r.path))).toEqual([
      { fields: 'id', limit: '1', offset: '0' },
      { fields: 'id,name', limit: '1000', offset: '0' }
    ])
  })

  it('names each lookup in its retry notices by what it asked for', async () => {
    const again = { status: 503, headers: { 'retry-after': '0' } }
    for (const route of ['user', 'group', 'memberships', 'user-list'] as const)
      box.script(route, again)
    const { client, retries } = liveClient(box.url, { method: 'token', token: TOKEN }, 1)
    expect(await getUser(client, '11')).toMatchObject({ ok: true, attempts: 2 })
    expect(await getGroup(client, '900')).toMatchObject({ ok: true, attempts: 2 })
    expect(await countGroupMembers(client, '900')).toMatchObject({ ok: true, attempts: 2 })
    expect(await findUserByLogin(client, 'ada@example.com')).toMatchObject({ ok: true })
    expect(retries.map(([label]) => label)).toEqual([
      'users/11',
      'groups/900',
      'groups/900/memberships',
      'users?filter_term=ada@example.com'
    ])
  })

  it('says which answer it could not read', async () => {
    box.script('user', { status: 200, json: { type: 'user' } })
    box.script('group', { status: 200, json: { type: 'group' } })
    box.script('memberships', { status: 200, json: { entries: [] } })
    box.script('me', { status: 200, rawBody: 'not json' })
    const answers = [
      await getUser(client(), '11'),
      await getGroup(client(), '900'),
      await countGroupMembers(client(), '900'),
      await getCurrentUser(client())
    ]
    expect(answers.map(a => (a.ok ? 'ok' : a.error))).toEqual([
      "Box's answer on users/{user_id} could not be read",
      "Box's answer on groups/{group_id} could not be read",
      "Box's answer on groups/{group_id}/memberships could not be read",
      'Box answered 200 on users/me without a JSON body'
    ])
  })

  it('lists at most 11,000 groups, as Box refuses offsets past 10,000', async () => {
    await box.stop()
    box = await startFakeBox({ tokens: [TOKEN], directory: { generatedGroups: 12_345 } })
    let count = 0
    const answer = await listGroups(client(), page => void (count += page.length))
    expect(answer).toMatchObject({ ok: true, value: { complete: false, pages: 11 } })
    expect(count).toBe(11_000)
  })

  it('terminates with every body key Box requires, and returns Box’s message', async () => {
    const answer = await terminateSessions(client(), USERS_TERMINATE, {
      user_logins: ['a@example.com']
    })
    expect(answer).toMatchObject({
      ok: true,
      status: 202,
      value: expect.stringContaining('Request is successful')
    })
    expect(box.requestsTo('users')[0]?.json).toEqual({
      user_ids: [],
      user_logins: ['a@example.com']
    })
    box.script('users', { status: 500 })
    const one = { user_ids: ['1'] }
    expect(await terminateSessions(client(), USERS_TERMINATE, one)).toMatchObject({
      ok: false,
      status: 500
    })
  })

  it.each([
    [
      'a message that is not text',
      { status: 202, json: { message: 42 } },
      'its body has no message'
    ],
    [
      'a 207',
      { status: 207, json: { message: 'Request is successful' } },
      'a 207 (Multi-Status) accepts no request whole'
    ],
    [
      'Box’s error body in a 202',
      {
        status: 202,
        json: {
          type: 'error',
          status: 400,
          code: 'bad_request',
          message: 'Users can not be NULL or EMPTY'
        }
      },
      "its body is Box's error body (bad_request: Users can not be NULL or EMPTY)"
    ],
    [
      'Box’s error body saying nothing',
      { status: 202, json: { type: 'error' } },
      "its body is Box's error body"
    ],
    [
      'a proxy’s page',
      { status: 200, rawBody: '<html>Sign in</html>', headers: { 'content-type': 'text/html' } },
      'its body is not a JSON object (text/html), and begins "<html>Sign in</html>"'
    ],
    [
      'a long page without a type',
      { status: 200, rawBody: 'x'.repeat(400), headers: { 'content-type': '' } },
      `its body is not a JSON object, and begins "${'x'.repeat(300)}"`
    ],
    [
      'Box’s error body with a long message',
      {
        status: 202,
        json: { type: 'error', code: 'c', message: 'm'.repeat(400) }
      },
      `its body is Box's error body (c: ${'m'.repeat(297)})`
    ],
    [
      'a page with a long type',
      { status: 200, rawBody: '<p>', headers: { 'content-type': `text/html; ${'p'.repeat(400)}` } },
      `its body is not a JSON object (text/html; ${'p'.repeat(289)}), and begins "<p>"`
    ],
    [
      'an empty 200',
      { status: 200, rawBody: '' },
      'its body is not a JSON object (application/json)'
    ],
    [
      'a cut body',
      { status: 202, json: { message: 'Request is successful, please check' }, cutAfterBytes: 5 },
      'its body did not arrive whole (the connection closed before the response ended)'
    ]
  ] as const)('does not take %s as Box’s acceptance, and says why', async (_name, fault, why) => {
    box.script('users', fault)
    const answer = await terminateSessions(client(), USERS_TERMINATE, { user_ids: ['1'] })
    expect(answer).toMatchObject({ ok: false, status: fault.status })
    expect(answer.ok ? '' : answer.error).toBe(
      `Box API ${fault.status} on users/terminate_sessions: not Box's acceptance, as ${why}`
    )
  })

  it('says who the token acts as, and in which enterprise', async () => {
    expect(await getCurrentUser(client())).toMatchObject({
      ok: true,
      value: {
        id: '11446498',
        name: 'Ada Admin',
        login: 'ada@example.com',
        role: 'admin',
        enterprise: FAKE_ENTERPRISE.id
      }
    })
    expect(box.requestsTo('me')[0]?.path).toBe('/2.0/users/me?fields=id,name,login,role,enterprise')
    expect(await getActingEnterprise(client())).toMatchObject({
      ok: true,
      value: FAKE_ENTERPRISE.id
    })
    expect(box.requestsTo('me')[1]?.path).toBe('/2.0/users/me?fields=enterprise')
  })

  it('reads a user’s enterprise: its ID, none, or not said', () => {
    expect(readEnterprise({ enterprise: { type: 'enterprise', id: 42, name: 'E' } })).toBe('42')
    expect(readEnterprise({ enterprise: null })).toBe('')
    expect(readEnterprise({})).toBeUndefined()
    expect(readEnterprise({ enterprise: { type: 'enterprise' } })).toBeUndefined()
    expect(readEnterprise({ enterprise: ['x'] })).toBeUndefined()
  })
})
