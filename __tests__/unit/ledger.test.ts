import { acceptedOrCovered } from '../helpers/ledgers.js'
import { describe, expect, it } from '@jest/globals'
import { batchLabel, bodyLists, planBatches } from '../../src/run/batches.js'
import {
  closeLedger,
  countLookups,
  countOutcomes,
  createLedger,
  entriesToSend,
  ledgerDefects,
  recordBatch,
  recordBatchStarted,
  recordBatches,
  recordCarrier,
  recordFound,
  recordListingStopped,
  recordLookupPlan,
  recordMembers,
  recordPiece,
  recordRefusal,
  recordStopped,
  recordUnverified,
  isUnsendable,
  settleCancelled,
  settleCancelledBeforeSending,
  settleNotStarted,
  settleUnsendable,
  withOutcome,
  recordLookup,
  remainder,
  settleCovered,
  settleNotFound,
  type Batch,
  type Ledger
} from '../../src/run/ledger.js'
import { sendBatches } from '../../src/run/terminate.js'
import { testClient } from '../helpers/box-client.js'
import { boxError, json, scriptedTransport } from '../helpers/fake-transport.js'
import { ids, target } from '../helpers/targets.js'

const facts = { attempts: 1, durationMs: 5, sent: true, status: 200 }
const found = (id: string) => ({
  ok: true as const,
  value: { id, name: `N${id}`, login: `${id}@x.io` },
  ...facts
})
const notFound = {
  ok: false as const,
  error: 'gone',
  notFound: true as const,
  ...facts,
  status: 404
}
const failed = { ok: false as const, error: 'Box API 503', ...facts, status: 503 }
const accepted = { ok: true as const, value: 'done', ...facts, status: 202 }

const lists = (ledger: Ledger) => ledger.batches.map(b => [b.endpoint.path, bodyLists(b)])

describe('the ledger', () => {
  it('holds one entry per target, in input order, none looked up or ended yet', () => {
    const ledger = createLedger([target('user-ids', '1'), target('group-ids', '2')], false)
    expect(ledger.entries.map(e => [e.target.value, e.lookup, e.outcome])).toEqual([
      ['1', 'skipped', undefined],
      ['2', 'skipped', undefined]
    ])
  })

  it('records what a lookup said: found, not found only from Box, else unverified', () => {
    const ledger = createLedger(ids(3), false)
    const [a, b, c] = ledger.entries
    recordLookup(a!, found('1'))
    recordLookup(b!, notFound)
    recordLookup(c!, failed)
    expect(ledger.entries.map(e => [e.lookup, e.found?.id, e.detail])).toEqual([
      ['found', '1', undefined],
      ['not_found', undefined, undefined],
      ['unverified', undefined, 'Box API 503']
    ])
    settleNotFound(ledger)
    expect(entriesToSend(ledger).map(e => e.target.value)).toEqual(['1', '3'])
  })

  it('covers a login whose user is listed by a found ID, and only then', () => {
    const ledger = createLedger(
      [
        target('user-ids', '11'),
        target('user-ids', '12'),
        target('user-ids', '13'),
        target('user-logins', 'a@x.io'),
        target('user-logins', 'b@x.io'),
        target('user-logins', 'c@x.io')
      ],
      false
    )
    const [id11, id12, id13, a, b, c] = ledger.entries
    recordLookup(id11!, found('11'))
    recordLookup(id12!, notFound)
    recordLookup(id13!, failed)
    recordLookup(a!, found('11'))
    recordLookup(b!, found('12'))
    recordLookup(c!, found('13'))
    settleNotFound(ledger)
    settleCovered(ledger)
    // b's user is listed by ID 12, which Box does not know, and c's by ID 13, which Box did not
    // say it knows: both are sent on their own.
    expect(ledger.entries.map(e => [e.target.value, e.outcome, e.coveredBy?.target.value])).toEqual(
      [
        ['11', undefined, undefined],
        ['12', 'not_found', undefined],
        ['13', undefined, undefined],
        ['a@x.io', 'covered', '11'],
        ['b@x.io', undefined, undefined],
        ['c@x.io', undefined, undefined]
      ]
    )
    recordBatches(ledger, planBatches(entriesToSend(ledger), 1000))
    // Found targets first, apart from 13, which Box did not say it knows.
    expect(lists(ledger)).toEqual([
      ['users/terminate_sessions', { user_ids: ['11'], user_logins: ['b@x.io', 'c@x.io'] }],
      ['users/terminate_sessions', { user_ids: ['13'] }]
    ])
    for (const batch of ledger.batches) recordBatch(batch, accepted)
    closeLedger(ledger)
    expect(ledger.entries.map(e => e.outcome)).toEqual([
      'accepted',
      'not_found',
      'accepted',
      'covered',
      'accepted',
      'accepted'
    ])
    expect(ledger.entries.map(acceptedOrCovered)).toEqual([true, false, true, true, true, true])
    expect(countLookups(ledger)).toEqual({ found: 4, not_found: 1, unverified: 1, skipped: 0 })
    expect(
      ledgerDefects(
        ledger,
        ledger.entries.map(e => e.target)
      )
    ).toEqual([])
  })

  it('ends a failed batch failed, a batch cancelled before it was sent not sent, and the rest not sent', () => {
    const ledger = createLedger(ids(3), false)
    recordBatches(ledger, planBatches(ledger.entries, 1))
    recordBatch(ledger.batches[0]!, failed)
    recordBatch(ledger.batches[1]!, {
      ok: false,
      error: 'cancelled',
      cancelled: true,
      attempts: 0,
      durationMs: 0,
      sent: false
    })
    closeLedger(ledger)
    expect(ledger.entries.map(e => e.outcome)).toEqual(['failed', 'not_sent', 'not_sent'])
    expect(remainder(ledger).map(e => e.target.value)).toEqual(['1', '2', '3'])
    expect(countOutcomes(ledger)).toEqual({
      accepted: 0,
      not_found: 0,
      failed: 1,
      not_sent: 2,
      covered: 0
    })
  })

  it('ends a batch cut after it was sent failed: Box may have acted on it', () => {
    const ledger = createLedger(ids(1), false)
    recordBatches(ledger, planBatches(ledger.entries, 1))
    recordBatch(ledger.batches[0]!, {
      ok: false,
      error: 'cut',
      cancelled: true,
      attempts: 1,
      durationMs: 0,
      sent: true
    })
    expect(ledger.entries[0]?.outcome).toBe('failed')
  })

  it('leaves nothing to run again after a dry run', () => {
    const ledger = createLedger(ids(2), true)
    closeLedger(ledger)
    expect(ledger.entries.map(e => e.outcome)).toEqual(['not_sent', 'not_sent'])
    expect(remainder(ledger)).toEqual([])
  })

  it('finds what would make the record lie', () => {
    const read = ids(2)
    const ledger = createLedger(read, false)
    recordBatches(ledger, planBatches(ledger.entries, 1))
    recordBatch(ledger.batches[0]!, accepted)
    expect(ledgerDefects(ledger, read)).toEqual([
      'the ledger was not closed',
      'user-ids "2" has no outcome'
    ])
    closeLedger(ledger)
    expect(ledgerDefects(ledger, read)).toEqual([])
    expect(ledgerDefects(ledger, [...read, target('user-ids', '3')])).toEqual([
      '3 distinct targets were read but the ledger holds 2'
    ])
    expect(ledgerDefects(ledger, [read[1]!, read[0]!])).toEqual([
      'the ledger does not hold the targets read, in their order'
    ])
    ledger.entries[1]!.outcome = 'accepted'
    expect(ledgerDefects(ledger, read)).toEqual([
      'user-ids "2" is accepted, but Box did not accept its request'
    ])
    ledger.entries[0]!.outcome = 'failed'
    ledger.entries[1]!.outcome = 'not_sent'
    expect(ledgerDefects(ledger, read)).toEqual([
      'user-ids "1" is failed, but Box accepted its request'
    ])
    const login = target('user-logins', 'a@x.io')
    ledger.entries.push({
      target: login,
      lookup: 'found',
      outcome: 'covered',
      coveredBy: { target: target('user-ids', '9'), lookup: 'found' }
    })
    expect(ledgerDefects(ledger, [...read, login])).toContain(
      'user-logins "a@x.io" is covered by a target that was not sent'
    )
  })

  it('finds an outcome that is none of the five, a cover that is missing, and a partial reorder', () => {
    const read = ids(3)
    const ledger = createLedger(read, false)
    closeLedger(ledger)
    expect(ledgerDefects(ledger, [read[0]!, read[2]!, read[1]!])).toEqual([
      'the ledger does not hold the targets read, in their order'
    ])
    ;(ledger.entries[0] as { outcome: string }).outcome = 'refused'
    ledger.entries[1]!.outcome = 'covered'
    expect(ledgerDefects(ledger, read)).toEqual([
      'user-ids "1" has no outcome',
      'user-ids "2" is covered by a target that was not sent'
    ])
  })

  it('names at most ten defects', () => {
    const read = ids(12)
    const ledger = createLedger(read, false)
    expect(ledgerDefects(ledger, read)).toHaveLength(10)
  })

  it('counts a login covered by a target whose batch failed as not logged out', () => {
    const ledger = createLedger([target('user-ids', '11'), target('user-logins', 'a@x.io')], false)
    recordLookup(ledger.entries[0]!, found('11'))
    recordLookup(ledger.entries[1]!, found('11'))
    settleCovered(ledger)
    recordBatches(ledger, planBatches(entriesToSend(ledger), 1000))
    recordBatch(ledger.batches[0]!, failed)
    closeLedger(ledger)
    expect(ledger.entries.map(e => [e.outcome, acceptedOrCovered(e)])).toEqual([
      ['failed', false],
      ['covered', false]
    ])
    expect(remainder(ledger).map(e => e.target.value)).toEqual(['11'])
  })
})

/** Three targets in batches of one: the first accepted, the second started, the third not. */
function secondStarted(): { ledger: Ledger; second: Batch } {
  const ledger = createLedger(ids(3), false)
  recordBatches(ledger, planBatches(ledger.entries, 1))
  const [first, second] = ledger.batches
  recordBatchStarted(first!)
  recordBatch(first!, accepted)
  recordBatchStarted(second!)
  return { ledger, second: second! }
}

describe('writing the ledger', () => {
  it('is written through its functions: lookups, a stopped run, a cancellation, and one close', () => {
    const ledger = createLedger([...ids(3), target('group-ids', '9')], false)
    const [one, two, three, group] = ledger.entries
    recordFound(one!, { id: '1', name: 'One' })
    recordUnverified(two!, 'the listing stopped')
    recordFound(group!, { id: '9', name: 'Nine' })
    recordMembers(group!, 12)
    recordStopped(ledger, 'Box API 401')
    expect(ledger.entries.map(e => [e.lookup, e.detail, e.members])).toEqual([
      ['found', undefined, undefined],
      ['unverified', 'the listing stopped', undefined],
      ['skipped', undefined, undefined],
      ['found', undefined, 12]
    ])
    expect(ledger.error).toBe('Box API 401')
    recordBatches(ledger, planBatches([one!], 10))
    recordBatch(ledger.batches[0]!, accepted)
    settleCancelled(ledger)
    expect([ledger.cancelled, ledger.closed]).toEqual([true, false])
    expect(ledger.entries.map(e => e.outcome)).toEqual([
      'accepted',
      'not_sent',
      'not_sent',
      'not_sent'
    ])
    closeLedger(ledger)
    expect(ledger.closed).toBe(true)
    expect(three?.outcome).toBe('not_sent')
  })

  it('at a cancellation, counts a request that started and got no answer failed, one never started not sent', () => {
    const { ledger } = secondStarted()
    settleCancelled(ledger)
    expect(ledger.entries.map(e => e.outcome)).toEqual(['accepted', 'failed', 'not_sent'])
    expect(remainder(ledger).map(e => e.target.value)).toEqual(['2', '3'])
    const before = createLedger(ids(2), false)
    settleCancelledBeforeSending(before)
    expect([before.cancelled, before.cancelledBeforeSending]).toEqual([true, true])
    expect(before.entries.map(e => e.outcome)).toEqual(['not_sent', 'not_sent'])
  })

  it('starts with no lookup plan, and keeps each listing that stopped before its end beside the plan', () => {
    const ledger = createLedger(ids(1), false)
    expect(ledger.lookups).toEqual({ plan: 'none', why: 'not-run' })
    recordLookupPlan(ledger, { plan: 'listing', targets: 1 })
    recordListingStopped(ledger, 'users stopped at page 3')
    recordListingStopped(ledger, 'groups stopped at page 1')
    expect(ledger.lookups).toEqual({
      plan: 'listing',
      targets: 1,
      stopped: ['users stopped at page 3', 'groups stopped at page 1']
    })
  })

  it('numbers the pieces of a planned batch, counting only those sent beyond it, and keeps their form', () => {
    const ledger = createLedger(ids(4), false)
    recordBatches(ledger, planBatches(ledger.entries, 4))
    const planned = ledger.batches[0]!
    const first = recordPiece(ledger, planned, ledger.entries.slice(0, 2), true, false)
    const second = recordPiece(ledger, planned, ledger.entries.slice(2), false)
    expect([first.piece, first.omitsEmpty, second.piece, 'omitsEmpty' in second]).toEqual([
      1,
      true,
      2,
      false
    ])
    expect(ledger.splitting.pieces).toBe(1)
    expect(planned.pieces).toEqual([first, second])
    // A piece carries its targets once it starts; a planned batch's targets already know theirs.
    expect(ledger.entries[0]!.batch).toBe(planned)
    recordBatchStarted(first)
    expect(ledger.entries.map(e => e.batch)).toEqual([first, first, planned, planned])
    recordCarrier(planned)
    expect(ledger.entries.map(e => e.batch)).toEqual([planned, planned, planned, planned])
  })

  it('at the first signal, ends what has not started not sent and a refused request’s targets in Box’s words', () => {
    const { ledger, second } = secondStarted()
    // Refused, its targets waiting to be sent again in pieces that now never start.
    recordRefusal(second, { ...failed, status: 400, error: 'Box API 400 bad_request' })
    settleNotStarted(ledger)
    expect(ledger.cancelled).toBe(true)
    expect(ledger.entries.map(e => e.outcome)).toEqual(['accepted', 'failed', 'not_sent'])
  })

  it('at the close, ends a refused request’s targets in Box’s words, not as never sent', () => {
    const ledger = createLedger(ids(2), false)
    recordBatches(ledger, planBatches(ledger.entries, 1))
    recordBatchStarted(ledger.batches[0]!)
    recordRefusal(ledger.batches[0]!, failed)
    closeLedger(ledger)
    expect(ledger.entries.map(e => e.outcome)).toEqual(['failed', 'not_sent'])
  })

  it('reads a closed ledger’s counts, outcomes and remainder apart, whatever is read first', () => {
    const ledger = createLedger(ids(3), false)
    recordBatches(ledger, planBatches(ledger.entries, 1))
    recordBatch(ledger.batches[0]!, accepted)
    recordBatch(ledger.batches[1]!, failed)
    closeLedger(ledger)
    expect(remainder(ledger).map(e => e.target.value)).toEqual(['2', '3'])
    expect(withOutcome(ledger, 'failed').map(e => e.target.value)).toEqual(['2'])
    expect(countOutcomes(ledger)).toMatchObject({ accepted: 1, failed: 1, not_sent: 1 })
    expect(withOutcome(ledger, 'not_sent').map(e => e.target.value)).toEqual(['3'])
  })

  it('sends a kind given as written without a lookup: nothing is unsendable', () => {
    const ledger = createLedger([...ids(1), target('user-logins', 'a@x.io')], false)
    expect(ledger.entries.map(isUnsendable)).toEqual([false, false])
    settleUnsendable(ledger)
    expect(ledger.entries.map(e => e.outcome)).toEqual([undefined, undefined])
  })

  it('closes once: a second close changes nothing', () => {
    const ledger = createLedger(ids(2), false)
    closeLedger(ledger)
    ledger.entries[0]!.outcome = undefined
    closeLedger(ledger)
    expect(ledger.entries.map(e => e.outcome)).toEqual([undefined, 'not_sent'])
  })
})

describe('planBatches', () => {
  it('never puts a target Box confirmed in a request with one it did not, and sends those first', () => {
    const ledger = createLedger(
      [
        ...ids(3),
        target('group-ids', '7'),
        target('group-ids', '8'),
        target('user-logins', 'a@b.co')
      ],
      false
    )
    const [one, , three, seven, , login] = ledger.entries
    for (const entry of [one, three, seven, login]) recordFound(entry!, { id: '1', name: 'x' })
    const batches = planBatches(ledger.entries, 2)
    expect(batches.map(b => [batchLabel(b), bodyLists(b)])).toEqual([
      ['users/terminate_sessions batch 1/3', { user_ids: ['1', '3'] }],
      ['groups/terminate_sessions batch 1/2', { group_ids: ['7'] }],
      ['users/terminate_sessions batch 2/3', { user_logins: ['a@b.co'] }],
      ['users/terminate_sessions batch 3/3', { user_ids: ['2'] }],
      ['groups/terminate_sessions batch 2/2', { group_ids: ['8'] }]
    ])
  })

  const planned = (targets: ReturnType<typeof target>[], size: number) =>
    planBatches(createLedger(targets, false).entries, size)

  it('sends both user arrays (an unused one empty, by the endpoint) and groups only when given', () => {
    const [users] = planned([target('user-logins', 'a@b.co')], 1000)
    expect([
      users?.endpoint.path,
      users?.number,
      users?.endpointBatches,
      bodyLists(users!)
    ]).toEqual(['users/terminate_sessions', 1, 1, { user_logins: ['a@b.co'] }])
    expect(planned([target('group-ids', '4')], 1000).map(b => b.endpoint.path)).toEqual([
      'groups/terminate_sessions'
    ])
  })

  it('cuts 2,500 IDs into three batches of at most 1,000, each ID once, each entry knowing its batch once recorded', () => {
    const ledger = createLedger(ids(2500), false)
    const batches = planBatches(ledger.entries, 1000)
    expect(ledger.entries.every(e => e.batch === undefined)).toBe(true)
    recordBatches(ledger, batches)
    expect(ledger.batches).toBe(batches)
    expect(batches.map(b => b.entries.length)).toEqual([1000, 1000, 500])
    expect(batches.flatMap(b => b.entries.map(e => e.target.value))).toEqual(
      ids(2500).map(t => t.value)
    )
    expect(batches.every(b => b.entries.every(e => e.batch === b))).toBe(true)
    expect(batches.map(batchLabel)).toEqual([
      'users/terminate_sessions batch 1/3',
      'users/terminate_sessions batch 2/3',
      'users/terminate_sessions batch 3/3'
    ])
  })

  it('counts IDs and logins together, and interleaves the endpoints', () => {
    const batches = planned(
      [
        ...ids(3),
        target('user-logins', 'a@x.io'),
        target('group-ids', '7'),
        target('group-ids', '8')
      ],
      2
    )
    expect(batches.map(b => [b.endpoint.path, b.number, bodyLists(b)])).toEqual([
      ['users/terminate_sessions', 1, { user_ids: ['1', '2'] }],
      ['groups/terminate_sessions', 1, { group_ids: ['7', '8'] }],
      ['users/terminate_sessions', 2, { user_ids: ['3'], user_logins: ['a@x.io'] }]
    ])
    expect(batchLabel(batches[1]!)).toBe('groups/terminate_sessions')
  })

  it('plans nothing for no targets', () => {
    expect(planned([], 5)).toEqual([])
  })
})

describe('sendBatches', () => {
  it('records each answer in the ledger as it comes; a failed batch does not stop the others', async () => {
    const { transport, requests } = scriptedTransport(
      json(202, { message: 'one' }),
      boxError(400, 'bad_request'),
      json(202, { message: 'three' })
    )
    const ledger = createLedger(ids(3), false)
    recordBatches(ledger, planBatches(ledger.entries, 1))
    const done: string[] = []
    await sendBatches(
      ledger,
      testClient(transport, { maxRetries: 0 }).client,
      b => void done.push(batchLabel(b))
    )
    // Box accepted a body with an empty list first: the 400 is not about the body's form, and
    // a batch of one target is not split.
    expect(requests.map(r => JSON.parse(r.body ?? '{}'))).toEqual([
      { user_ids: ['1'], user_logins: [] },
      { user_ids: ['2'], user_logins: [] },
      { user_ids: ['3'], user_logins: [] }
    ])
    expect(done).toEqual([
      'users/terminate_sessions batch 1/3',
      'users/terminate_sessions batch 2/3',
      'users/terminate_sessions batch 3/3'
    ])
    expect(ledger.entries.map(e => e.outcome)).toEqual(['accepted', 'failed', 'accepted'])
    expect(ledger.batches.map(b => (b.answer?.ok ? b.answer.value : b.answer?.status))).toEqual([
      'one',
      400,
      'three'
    ])
  })

  it('sends no further batch once the run is stopping', async () => {
    const { transport, requests } = scriptedTransport(json(202, { message: 'one' }))
    const { client, stop } = testClient(transport)
    const ledger = createLedger(ids(3), false)
    recordBatches(ledger, planBatches(ledger.entries, 1))
    await sendBatches(ledger, client, () => stop.stop(), stop.stopping)
    closeLedger(ledger)
    expect(requests).toHaveLength(1)
    expect(ledger.entries.map(e => e.outcome)).toEqual(['accepted', 'not_sent', 'not_sent'])
  })
})
