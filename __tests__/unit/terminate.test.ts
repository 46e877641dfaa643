import { describe, expect, it } from '@jest/globals'
import { batchLabel, planBatches, requestBody } from '../../src/run/batches.js'
import { sendBatches, type BatchResult } from '../../src/run/terminate.js'
import { testClient } from '../helpers/box-client.js'
import { json, scriptedTransport } from '../helpers/fake-transport.js'
import { target } from '../helpers/targets.js'

const ids = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => target('user-ids', String(from + i)))

describe('planBatches', () => {
  it('sends both user arrays, an unused one empty, and groups only when given', () => {
    const users = planBatches([target('user-logins', 'a@b.co')], 1000)
    expect(users.map(b => [b.endpoint, b.path, b.number, b.of, requestBody(b)])).toEqual([
      ['users', 'users/terminate_sessions', 1, 1, { user_ids: [], user_logins: ['a@b.co'] }]
    ])
    const groups = planBatches([target('group-ids', '4')], 1000)
    expect(groups.map(b => [b.path, requestBody(b)])).toEqual([
      ['groups/terminate_sessions', { group_ids: ['4'] }]
    ])
  })

  it('cuts 2,500 IDs into three batches of at most 1,000, each ID once', () => {
    const batches = planBatches(ids(2500), 1000)
    expect(batches.map(b => b.targets.length)).toEqual([1000, 1000, 500])
    expect(batches.flatMap(b => b.targets.map(t => t.value))).toEqual(ids(2500).map(t => t.value))
    expect(batches.map(batchLabel)).toEqual([
      'users/terminate_sessions batch 1/3',
      'users/terminate_sessions batch 2/3',
      'users/terminate_sessions batch 3/3'
    ])
  })

  it('counts IDs and logins together, and interleaves the endpoints', () => {
    const targets = [
      ...ids(3),
      target('user-logins', 'a@x.io'),
      target('group-ids', '7'),
      target('group-ids', '8')
    ]
    const batches = planBatches(targets, 2)
    expect(batches.map(b => [b.path, b.number, requestBody(b)])).toEqual([
      ['users/terminate_sessions', 1, { user_ids: ['1', '2'], user_logins: [] }],
      ['groups/terminate_sessions', 1, { group_ids: ['7', '8'] }],
      ['users/terminate_sessions', 2, { user_ids: ['3'], user_logins: ['a@x.io'] }]
    ])
    expect(batchLabel(batches[1]!)).toBe('groups/terminate_sessions')
  })

  it('plans nothing for no targets', () => {
    expect(planBatches([], 5)).toEqual([])
  })
})

describe('sendBatches', () => {
  it('posts each batch and returns each message as Box wrote it, in order', async () => {
    const { transport, requests } = scriptedTransport(
      json(202, { message: 'users ok' }, { 'box-request-id': 'r1' }),
      json(202, { message: 'groups\nok' })
    )
    const done: BatchResult[] = []
    const batches = planBatches([target('user-ids', '1'), target('group-ids', '2')], 1000)
    const results = await sendBatches(batches, testClient(transport).client, r => done.push(r))
    expect(results.map(r => [r.batch.endpoint, r.ok, r.sent, r.status, r.message])).toEqual([
      ['users', true, true, 202, 'users ok'],
      ['groups', true, true, 202, 'groups\nok']
    ])
    expect(results[0]?.requestId).toBe('r1')
    expect(done).toHaveLength(2)
    expect(requests.map(r => JSON.parse(r.body ?? ''))).toEqual([
      { user_ids: ['1'], user_logins: [] },
      { group_ids: ['2'] }
    ])
  })

  it('lets a batch fail without stopping the others', async () => {
    const { transport } = scriptedTransport(
      json(202, { message: 'one' }),
      json(400, { type: 'error', status: 400, code: 'bad_request', message: 'no' }),
      json(202, { message: 'three' })
    )
    const results = await sendBatches(
      planBatches(ids(3), 1),
      testClient(transport).client,
      () => {}
    )
    expect(results.map(r => [r.batch.number, r.ok, r.message])).toEqual([
      [1, true, 'one'],
      [2, false, ''],
      [3, true, 'three']
    ])
    expect(results[1]?.error).toContain('Box API 400 bad_request on users/terminate_sessions: no')
  })
})
