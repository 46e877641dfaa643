import { describe, expect, it } from '@jest/globals'
import { planTerminations, requestBody, sendTerminations } from '../../src/run/terminate.js'
import type { Target } from '../../src/targets/target.js'
import { testClient } from '../helpers/box-client.js'
import { json, scriptedTransport } from '../helpers/fake-transport.js'

const t = (kind: Target['kind'], value: string): Target => ({
  kind,
  value,
  origin: { source: kind }
})

describe('planTerminations', () => {
  it('sends both user arrays, an unused one empty, and groups only when given', () => {
    const users = planTerminations([t('user-logins', 'a@b.co')])
    expect(users.map(r => [r.endpoint, r.path, requestBody(r)])).toEqual([
      ['users', 'users/terminate_sessions', { user_ids: [], user_logins: ['a@b.co'] }]
    ])
    const groups = planTerminations([t('group-ids', '4')])
    expect(groups.map(r => [r.endpoint, r.path, requestBody(r)])).toEqual([
      ['groups', 'groups/terminate_sessions', { group_ids: ['4'] }]
    ])
  })
})

describe('sendTerminations', () => {
  const both = planTerminations([t('user-ids', '1'), t('group-ids', '2')])

  it('posts each request and returns each message as Box wrote it', async () => {
    const { transport, requests } = scriptedTransport(
      json(202, { message: 'users ok' }, { 'box-request-id': 'r1' }),
      json(202, { message: 'groups\nok' })
    )
    const results = await sendTerminations(both, testClient(transport).client)
    expect(results.map(r => [r.endpoint, r.ok, r.status, r.message, r.attempts])).toEqual([
      ['users', true, 202, 'users ok', 1],
      ['groups', true, 202, 'groups\nok', 1]
    ])
    expect(results[0]?.requestId).toBe('r1')
    expect(requests.map(r => JSON.parse(r.body ?? ''))).toEqual([
      { user_ids: ['1'], user_logins: [] },
      { group_ids: ['2'] }
    ])
  })

  it('lets one endpoint fail without stopping the other', async () => {
    const { transport } = scriptedTransport(
      json(403, { type: 'error', status: 403, code: 'forbidden', message: 'no' }),
      json(202, { message: 'groups ok' })
    )
    const [users, groups] = await sendTerminations(both, testClient(transport).client)
    expect(users).toMatchObject({ ok: false, status: 403, message: '' })
    expect(users?.error).toContain('Box API 403 forbidden on users/terminate_sessions: no')
    expect(groups).toMatchObject({ ok: true, message: 'groups ok' })
  })
})
