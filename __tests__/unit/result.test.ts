import { describe, expect, it } from '@jest/globals'
import { buildResult } from '../../src/action/result.js'
import {
  closeLedger,
  createLedger,
  entriesToSend,
  recordBatch,
  recordBatches,
  recordBatchStarted,
  recordIdentity,
  recordMembers,
  recordActingEnterprise,
  recordPiece,
  recordRefusal,
  recordSplitNote,
  recordStopped,
  type Ledger
} from '../../src/run/ledger.js'
import { planBatches } from '../../src/run/batches.js'
import { accepted, ledgerOf, refused } from '../helpers/ledgers.js'
import { ids, settingsFor, target } from '../helpers/targets.js'

// The `result` output is a contract with later steps: its fields are held here to the README's
// statement of them ("`result` holds ..."), written out whole, not read back from the code.
const ANSWERED_AT = '2026-12-02T09:30:00.000Z'
const result = (ledger: Ledger, targets = ledger.entries.map(e => e.target)) =>
  JSON.parse(buildResult(ledger, settingsFor(targets))) as Record<string, unknown>

describe('the result output', () => {
  it('holds the run, its counts, its lookups, each endpoint and each target, as the README says', () => {
    const targets = [
      target('user-ids', '1'),
      target('user-ids', '2'),
      target('user-ids', '3'),
      target('user-logins', 'ada@example.com'),
      target('group-ids', '9')
    ]
    const forbidden = 'Box API 403 forbidden on users/terminate_sessions: Nope'
    const ledger = ledgerOf(targets, {
      batchSize: 1,
      lookups: {
        '1': { id: '1', name: 'One', login: 'ada@example.com' },
        '2': { id: '2', name: 'Two' },
        '3': 'not_found',
        'ada@example.com': { id: '1', name: 'One' },
        '9': { id: '9', name: 'Nine' }
      },
      // Batches interleave the endpoints: user 1, group 9, user 2.
      answers: [
        accepted('Users queued', 'rid-a'),
        accepted('Groups queued', 'rid-g'),
        refused(forbidden, 403)
      ]
    })
    recordMembers(ledger.entries[4]!, 12)
    const batch = (number: number, status: number, requestId: string) => ({
      batch: number,
      size: 1,
      sent: true,
      status,
      requestId,
      attempts: 1,
      durationMs: 12,
      answeredAt: ANSWERED_AT
    })
    expect(result(ledger)).toEqual({
      dryRun: false,
      ok: false,
      cancelled: false,
      counts: { targets: 5, accepted: 2, notFound: 1, failed: 1, notSent: 0, covered: 1 },
      lookups: {
        mode: 'auto',
        plan: 'per-target',
        reason: 'Looking up 5 targets one by one, 8 at a time (5 requests)',
        found: 4,
        notFound: 1,
        unverified: 0,
        skipped: 0,
        external: 0
      },
      unknownCount: 1,
      failedCount: 1,
      users: {
        endpoint: 'users/terminate_sessions',
        sent: true,
        ok: false,
        // The first failed batch's.
        status: 403,
        message: 'Users queued',
        batchCounts: { total: 2, sent: 2, succeeded: 1, failed: 1, pieces: 0 },
        batches: [
          { ...batch(1, 202, 'rid-a'), message: 'Users queued' },
          { ...batch(2, 403, 'rid-err'), error: forbidden }
        ],
        error: forbidden
      },
      groups: {
        endpoint: 'groups/terminate_sessions',
        sent: true,
        ok: true,
        status: 202,
        message: 'Groups queued',
        batchCounts: { total: 1, sent: 1, succeeded: 1, failed: 0, pieces: 0 },
        batches: [{ ...batch(1, 202, 'rid-g'), message: 'Groups queued' }]
      },
      targets: [
        {
          kind: 'user-ids',
          value: '1',
          outcome: 'accepted',
          lookup: 'found',
          boxId: '1',
          name: 'One',
          requestId: 'rid-a'
        },
        {
          kind: 'user-ids',
          value: '2',
          outcome: 'failed',
          lookup: 'found',
          boxId: '2',
          name: 'Two',
          requestId: 'rid-err'
        },
        { kind: 'user-ids', value: '3', outcome: 'not_found', lookup: 'not_found' },
        // Carried by user 1's request: covered, with no request of its own.
        {
          kind: 'user-logins',
          value: 'ada@example.com',
          outcome: 'covered',
          lookup: 'found',
          boxId: '1',
          name: 'One'
        },
        {
          kind: 'group-ids',
          value: '9',
          outcome: 'accepted',
          lookup: 'found',
          boxId: '9',
          name: 'Nine',
          members: 12,
          membersApproximate: true,
          requestId: 'rid-g'
        }
      ]
    })
  })

  it('says ok when every target ended well, and flags each list and text it cut', () => {
    const long = 'x'.repeat(1_500)
    const targets = ids(120)
    const ledger = ledgerOf(targets, {
      batchSize: 10,
      answers: Array.from({ length: 12 }, () => accepted(long, 'rid-long'))
    })
    recordSplitNote(ledger, 'users/terminate_sessions: Box refused 100 targets in one request')
    const read = result(ledger, targets)
    expect(read).toMatchObject({
      ok: true,
      counts: { targets: 120, accepted: 120 },
      failedCount: 0
    })
    expect(read.splitting).toEqual({
      pieces: 0,
      notIsolated: 0,
      notes: ['users/terminate_sessions: Box refused 100 targets in one request']
    })
    expect(read.targetsTruncated).toBe(true)
    expect(read.targets).toHaveLength(100)
    const users = read.users as Record<string, unknown>
    expect(users).toMatchObject({
      ok: true,
      status: 202,
      message: long.slice(0, 1_000),
      messageTruncated: true,
      batchesTruncated: true,
      batchCounts: { total: 12, sent: 12, succeeded: 12, failed: 0, pieces: 0 }
    })
    const batches = users.batches as Record<string, unknown>[]
    expect(batches).toHaveLength(10)
    expect(batches[0]).toMatchObject({ message: long.slice(0, 1_000), messageTruncated: true })
    // Nothing was refused: no error, at the endpoint or in a batch.
    expect(users.error).toBeUndefined()
    expect(batches.some(b => 'error' in b)).toBe(false)
  })

  it('gives a batch Box refused and each piece sent after it, with its number, and counts the pieces apart', () => {
    const targets = ids(4)
    const ledger = createLedger(targets, false)
    recordBatches(ledger, planBatches(entriesToSend(ledger), 4))
    const planned = ledger.batches[0]!
    recordBatchStarted(planned)
    const bad = 'Box API 400 bad_request on users/terminate_sessions'
    recordRefusal(planned, refused(bad, 400))
    const first = recordPiece(ledger, planned, ledger.entries.slice(0, 2), false)
    recordBatchStarted(first)
    recordBatch(first, accepted('First half queued', 'rid-p1'))
    const second = recordPiece(ledger, planned, ledger.entries.slice(2), false)
    recordBatchStarted(second)
    recordBatch(second, refused(bad, 400))
    closeLedger(ledger)
    const read = result(ledger, targets)
    const facts = { sent: true, attempts: 1, durationMs: 12, answeredAt: ANSWERED_AT }
    expect(read.users).toEqual({
      endpoint: 'users/terminate_sessions',
      sent: true,
      // Two of its targets failed.
      ok: false,
      status: 400,
      message: 'First half queued',
      batchCounts: { total: 1, sent: 1, succeeded: 0, failed: 1, pieces: 2 },
      batches: [
        { batch: 1, size: 4, status: 400, requestId: 'rid-err', error: bad, ...facts },
        {
          batch: 1,
          piece: 1,
          size: 2,
          status: 202,
          requestId: 'rid-p1',
          message: 'First half queued',
          ...facts
        },
        { batch: 1, piece: 2, size: 2, status: 400, requestId: 'rid-err', error: bad, ...facts }
      ],
      error: bad
    })
    expect(read.splitting).toEqual({ pieces: 2, notIsolated: 0, notes: [] })
    expect(
      (read.targets as { outcome: string; requestId: string }[]).map(t => [t.outcome, t.requestId])
    ).toEqual([
      ['accepted', 'rid-p1'],
      ['accepted', 'rid-p1'],
      ['failed', 'rid-err'],
      ['failed', 'rid-err']
    ])
  })

  it('gives a run stopped before sending its error, who it acted as, and nothing sent', () => {
    const targets = ids(2)
    const ledger = createLedger(targets, false)
    recordIdentity(ledger, { id: '11', name: 'Ada Admin', login: 'ada@example.com', role: 'admin' })
    recordStopped(ledger, 'Box API 401 on users/me')
    recordBatches(ledger, planBatches(entriesToSend(ledger), 1000))
    closeLedger(ledger)
    const read = result(ledger, targets)
    expect(read).toMatchObject({
      ok: false,
      error: 'Box API 401 on users/me',
      actingAs: { id: '11', name: 'Ada Admin', login: 'ada@example.com', role: 'admin' },
      counts: { targets: 2, notSent: 2 },
      failedCount: 2
    })
    expect(read.users).toEqual({
      endpoint: 'users/terminate_sessions',
      sent: false,
      ok: false,
      status: null,
      message: '',
      batchCounts: { total: 1, sent: 0, succeeded: 0, failed: 0, pieces: 0 },
      batches: []
    })
    expect(read.splitting).toBeUndefined()
  })

  it('cuts nothing at exactly its limits: 100 targets, 10 requests, 1,000 characters', () => {
    const exact = 'y'.repeat(1_000)
    const targets = ids(100)
    const ledger = ledgerOf(targets, {
      batchSize: 10,
      answers: Array.from({ length: 10 }, () => accepted(exact))
    })
    const read = result(ledger, targets)
    expect(read.targets).toHaveLength(100)
    expect(read.targetsTruncated).toBeUndefined()
    const users = read.users as Record<string, unknown>
    expect(users.batches).toHaveLength(10)
    expect(users.batchesTruncated).toBeUndefined()
    expect(users.message).toBe(exact)
    expect(users.messageTruncated).toBeUndefined()
    // Two messages of one endpoint, each on its line.
    const two = ledgerOf(ids(2), { batchSize: 1, answers: [accepted('one'), accepted('two')] })
    expect((result(two).users as Record<string, unknown>).message).toBe('one\ntwo')
  })

  it('cuts the target list and the notes at 300 characters, and flags a user of another enterprise', () => {
    const long = (c: string) => c.repeat(400)
    const targets = [target('user-logins', long('a')), target('user-ids', '2')]
    const ledger = ledgerOf(targets, {
      lookups: { [long('a')]: { id: long('9'), name: long('N') }, '2': { id: '2', name: 'Two' } },
      answers: [
        Object.assign(accepted('Queued', long('r')), { status: 200, warning: 'Box answered 200' })
      ]
    })
    recordSplitNote(ledger, long('n'))
    recordActingEnterprise(ledger, '42')
    const [theirs, ours] = ledger.entries
    theirs!.found = { ...theirs!.found!, enterprise: '77' }
    ours!.found = { ...ours!.found!, enterprise: '42' }
    const read = result(ledger, targets)
    expect(read.lookups).toMatchObject({ found: 2, external: 1 })
    expect((read.splitting as { notes: string[] }).notes).toEqual(['n'.repeat(300)])
    expect(read.targets).toEqual([
      {
        kind: 'user-logins',
        value: 'a'.repeat(300),
        outcome: 'accepted',
        lookup: 'found',
        boxId: '9'.repeat(300),
        name: 'N'.repeat(300),
        external: true,
        requestId: 'r'.repeat(300)
      },
      {
        kind: 'user-ids',
        value: '2',
        outcome: 'accepted',
        lookup: 'found',
        boxId: '2',
        name: 'Two',
        requestId: 'r'.repeat(300)
      }
    ])
    // A 2xx other than Box's documented 202 is accepted with a warning that says so.
    const batches = (read.users as { batches: Record<string, unknown>[] }).batches
    expect(batches[0]).toMatchObject({
      status: 200,
      message: 'Queued',
      warning: 'Box answered 200'
    })
  })

  it("says an endpoint's requests were sent when any one was, a piece's alone, and counts only answered pieces", () => {
    const targets = ids(3)
    const ledger = createLedger(targets, false)
    recordBatches(ledger, planBatches(entriesToSend(ledger), 1))
    const [first, second] = ledger.batches
    // The first batch's own request never left: a piece stands in for it and is sent.
    recordBatchStarted(first!)
    recordRefusal(first!, { ...refused('connection refused', 0), sent: false, status: undefined })
    const standIn = recordPiece(ledger, first!, first!.entries, false, false)
    recordBatchStarted(standIn)
    recordBatch(standIn, accepted('Queued'))
    // Nor did the second's; a piece that stands in for it started and was never answered.
    recordBatchStarted(second!)
    recordRefusal(second!, { ...refused('connection reset', 0), sent: false, status: undefined })
    recordBatchStarted(recordPiece(ledger, second!, second!.entries, false, false))
    closeLedger(ledger)
    const users = result(ledger, targets).users as Record<string, unknown>
    expect(users.sent).toBe(true)
    expect(users.batchCounts).toEqual({ total: 3, sent: 0, succeeded: 0, failed: 2, pieces: 1 })
    const one = createLedger(ids(2), false)
    recordBatches(one, planBatches(entriesToSend(one), 1))
    recordBatch(one.batches[1]!, accepted('Queued'))
    closeLedger(one)
    expect((result(one).users as Record<string, unknown>).sent).toBe(true)
  })

  it('drops the batches with the targets when only that makes it fit', () => {
    // Box's texts of control characters: each escapes to six characters of JSON.
    const noisy = '\u0001'.repeat(1_000)
    const groups = Array.from({ length: 10 }, (_, i) => target('group-ids', String(100 + i)))
    const targets = [...ids(10), ...groups]
    const ledger = ledgerOf(targets, {
      batchSize: 1,
      answers: Array.from({ length: 20 }, () => Object.assign(accepted(noisy), { warning: noisy }))
    })
    const read = result(ledger, targets)
    expect(read.targets).toEqual([])
    expect(read.targetsTruncated).toBe(true)
    const users = read.users as Record<string, unknown>
    expect(users.batches).toEqual([])
    expect(users.batchesTruncated).toBe(true)
    expect(users.batchCounts).toMatchObject({ total: 10, succeeded: 10 })
    expect((read.groups as Record<string, unknown>).batches).toEqual([])
  })
})
