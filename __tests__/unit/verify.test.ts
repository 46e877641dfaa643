import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startFakeBox } from '../../harness/fake-box.js'
import { verifyTargets, type Verified } from '../../src/run/verify.js'
import { liveClient } from '../helpers/live-client.js'
import { target } from '../helpers/targets.js'

const TOKEN = 'verify-token'
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
  groups: [
    { id: '900', name: 'Contractors', members: 42 },
    { id: '901', name: 'Empty' }
  ]
}

describe('verifyTargets against the fake Box', () => {
  let box: Awaited<ReturnType<typeof startFakeBox>>
  beforeEach(async () => {
    box = await startFakeBox({ tokens: [TOKEN], directory, pageSize: 2 })
  })
  afterEach(async () => {
    await box.stop()
  })
  const verify = (...targets: ReturnType<typeof target>[]) =>
    verifyTargets(targets, liveClient(box.url, { method: 'token', token: TOKEN }).client)
  const states = (verified: Verified[]) => verified.map(v => [v.target.value, v.state])

  it('finds a user by ID with the fields Box documents, and says when there is none', async () => {
    const verified = await verify(target('user-ids', '11'), target('user-ids', '404'))
    expect(verified[0]).toMatchObject({
      state: 'found',
      user: {
        id: '11',
        name: 'Ada Lovelace',
        login: 'ada@example.com',
        status: 'active',
        role: 'coadmin'
      }
    })
    expect(verified[1]?.state).toBe('not-found')
    expect(box.requestsTo('user').map(r => r.path)).toEqual([
      '/2.0/users/11?fields=id,name,login,status,role',
      '/2.0/users/404?fields=id,name,login,status,role'
    ])
  })

  it('takes only an exact login, ignoring ASCII case, never a login it only begins', async () => {
    const verified = await verify(
      target('user-logins', 'ADA@example.com'),
      target('user-logins', 'grace@example.com'),
      target('user-logins', 'ada@example.co')
    )
    expect(states(verified)).toEqual([
      ['ADA@example.com', 'found'],
      ['grace@example.com', 'found'],
      ['ada@example.co', 'not-found']
    ])
    expect(verified[0]).toMatchObject({ user: { id: '11' } })
    expect(box.requestsTo('user-search')[0]?.path).toBe(
      '/2.0/users?filter_term=ADA%40example.com&user_type=all&fields=id,name,login,status,role&limit=1000&offset=0'
    )
  })

  it('reads further pages until it finds the exact login, or Box has no more', async () => {
    const verified = await verify(target('user-logins', 'pat@example.com'))
    expect(verified[0]).toMatchObject({ state: 'found', user: { id: '24' } })
    expect(
      box.requestsTo('user-search').map(r => new URL(r.path, box.url).searchParams.get('offset'))
    ).toEqual(['0', '2', '4'])
    box.requests.length = 0
    expect(states(await verify(target('user-logins', 'pat@example.org')))).toEqual([
      ['pat@example.org', 'not-found']
    ])
    expect(box.requestsTo('user-search')).toHaveLength(1)
  })

  it('finds a group and its approximate member count', async () => {
    const verified = await verify(
      target('group-ids', '900'),
      target('group-ids', '901'),
      target('group-ids', '999')
    )
    expect(verified.map(v => (v.state === 'found' ? v.group : v.state))).toEqual([
      { id: '900', name: 'Contractors', members: 42 },
      { id: '901', name: 'Empty', members: 0 },
      'not-found'
    ])
    expect(box.requestsTo('memberships').map(r => r.path)).toEqual([
      '/2.0/groups/900/memberships?limit=1',
      '/2.0/groups/901/memberships?limit=1'
    ])
  })

  it('marks every target unverified, with Box’s refusal, when Box will not let the app look', async () => {
    await box.stop()
    box = await startFakeBox({ tokens: [TOKEN], directory, refuseLookups: true })
    const verified = await verify(target('user-ids', '11'), target('group-ids', '900'))
    expect(verified.map(v => [v.state, v.state === 'unverified' && v.reason])).toEqual([
      [
        'unverified',
        expect.stringContaining('Box API 403 access_denied_insufficient_permissions on users/11')
      ],
      [
        'unverified',
        expect.stringContaining('Box API 403 access_denied_insufficient_permissions on groups/900')
      ]
    ])
  })

  it('keeps at most 8 lookups in flight', async () => {
    await box.stop()
    box = await startFakeBox({ tokens: [TOKEN], latencyMs: 30 })
    const many = Array.from({ length: 30 }, (_, i) => target('user-ids', String(i + 1)))
    const verified = await verify(...many)
    expect(verified.every(v => v.state === 'found')).toBe(true)
    expect(box.maxInFlight.lookups).toBe(8)
  })
})
