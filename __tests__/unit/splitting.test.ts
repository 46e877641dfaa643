import { afterEach, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { startFakeBox } from '../../harness/fake-box.js'
import type { TerminateSwitches } from '../../harness/fake-box/endpoints.js'
import { batchLabel } from '../../src/run/batches.js'
import { execute, type RunEvents } from '../../src/run/execute.js'
import {
  closeLedger,
  countOutcomes,
  createLedger,
  ledgerDefects,
  remainder,
  settleCancelled,
  type Ledger
} from '../../src/run/ledger.js'
import { PIECES_BUDGET } from '../../src/run/terminate.js'
import type { Settings } from '../../src/settings/settings.js'
import type { Target } from '../../src/targets/target.js'
import { liveClient } from '../helpers/box-client.js'
import { ids, settingsFor, target, VERIFY } from '../helpers/targets.js'

const TOKEN = 'splitting-token-5c'
type Box = Awaited<ReturnType<typeof startFakeBox>>
type Posted = { user_ids?: string[]; user_logins?: string[]; group_ids?: string[] }

/** Generated users 10000000 and up exist; 99000000 and up do not. */
const known = (n: number, from = 0) => ids(n, 10_000_000 + from)
const unknownId = (i: number) => target('user-ids', String(99_000_000 + i))

const noEvents: RunEvents = {
  identified: () => undefined,
  lookupsPlanned: () => undefined,
  lookedUp: () => undefined,
  batchesPlanned: () => undefined,
  batchDone: () => undefined
}

/** Runs the targets against the fake Box without looking them up, as verify-targets: false does. */
async function run(
  box: Box,
  targets: Target[],
  extra: Partial<Settings> = {},
  events: RunEvents = noEvents,
  stopping?: AbortSignal
): Promise<Ledger> {
  const settings = settingsFor(targets, {
    auth: { method: 'token', token: TOKEN },
    verify: VERIFY.false,
    ...extra
  })
  const ledger = createLedger(settings.targets, false)
  await execute(settings, liveClient(box.url, settings.auth).client, ledger, events, stopping)
  if (stopping?.aborted) settleCancelled(ledger)
  closeLedger(ledger)
  expect(ledgerDefects(ledger, targets)).toEqual([])
  return ledger
}

const posts = (box: Box) => box.requests.filter(r => r.method === 'POST')
/** The targets of the requests Box answered 202 (with its message, unless it left it out). */
function acceptedByBox(box: Box, message = true): Set<string> {
  const accepted = new Set<string>()
  for (const r of posts(box)) {
    if (r.status !== 202 || !message) continue
    const body = r.json as Posted
    for (const value of [
      ...(body.user_ids ?? []),
      ...(body.user_logins ?? []),
      ...(body.group_ids ?? [])
    ])
      accepted.add(value)
  }
  return accepted
}
const log2 = (n: number) => Math.ceil(Math.log2(n))

describe('splitting a batch Box refuses', () => {
  let box: Box | undefined
  afterEach(async () => {
    expect(box?.violations).toEqual([])
    await box?.stop()
    box = undefined
  })
  const start = async (terminate: TerminateSwitches) =>
    (box = await startFakeBox({
      tokens: [TOKEN],
      terminate,
      directory: { generatedUsers: 10_000 }
    }))

  it('isolates one target Box refuses among 1,000 in at most 20 more requests, and sends the 999 others', async () => {
    const fake = await start({ unknown: 400 })
    const targets = [...known(400), unknownId(1), ...known(599, 400)]
    const ledger = await run(fake, targets)
    // Besides the batch: the body tried once without its empty list, and the pieces.
    expect(posts(fake)[1]?.json).toEqual({ user_ids: targets.map(t => t.value) })
    expect(posts(fake).length - 2).toBeLessThanOrEqual(2 * log2(1000))
    expect(countOutcomes(ledger)).toMatchObject({ accepted: 999, failed: 1 })
    const bad = ledger.entries[400]
    expect(bad?.outcome).toBe('failed')
    expect(bad?.batch?.answer?.ok === false && bad.batch.answer.error).toMatch(/^Box API 400 /)
    expect(bad?.batch && batchLabel(bad.batch)).toMatch(/^users\/terminate_sessions, piece \d+$/)
    expect(remainder(ledger).map(e => e.target.value)).toEqual(['99000001'])
    expect(ledger.splitting.pieces).toBe(posts(fake).length - 1)
  })

  it('ends a target Box’s own 404 refuses alone not found, and never takes it for a refusal met alike', async () => {
    const fake = await start({ unknown: 404 })
    const ledger = await run(fake, [unknownId(1), unknownId(2), ...known(6)])
    expect(ledger.entries.map(e => e.outcome)).toEqual([
      'not_found',
      'not_found',
      ...Array.from({ length: 6 }, () => 'accepted')
    ])
    expect(ledger.splitting.notes).toEqual([])
    expect(remainder(ledger)).toEqual([])
  })

  it.each([400, 413] as const)(
    'learns a size Box takes from a %i and sends the rest of the run in pieces that size: 3,000 targets in at most 60 requests',
    async status => {
      const fake = await start({ cap: { size: 100, status } })
      const ledger = await run(fake, known(3000))
      expect(countOutcomes(ledger).accepted).toBe(3000)
      expect(posts(fake).length).toBeLessThanOrEqual(60)
      expect(
        posts(fake).every(r => r.status !== 202 || (r.json as Posted).user_ids!.length <= 100)
      ).toBe(true)
      expect(ledger.splitting.notes).toEqual([
        expect.stringMatching(
          /^users\/terminate_sessions: Box refused \d+ targets in one request and accepted them in pieces of \d+, so the run sends at most \d+ a request$/
        )
      ])
    }
  )

  it('splits a piece of the size learnt that Box refuses, in halves', async () => {
    const fake = await start({ cap: { size: 100, status: 413 }, unknown: 400 })
    const targets = known(1100)
    targets[850] = unknownId(0)
    const ledger = await run(fake, targets, { batchSize: 200 })
    expect(remainder(ledger).map(e => e.target.value)).toEqual(['99000000'])
    expect(countOutcomes(ledger).accepted).toBe(1099)
    // As without it (15 requests), and the descent of one piece of 100 to the refused target.
    expect(posts(fake).length).toBeLessThanOrEqual(15 + 2 * log2(100))
  })

  it('takes no refusal for one met alike when the target beside a refused one is not found', async () => {
    const fake = await start({ unknown: 404 })
    const forbidden = {
      status: 403,
      json: { type: 'error', status: 403, code: 'forbidden', message: 'Access denied' }
    }
    fake.script('users', forbidden, forbidden)
    const ledger = await run(fake, [...known(1), unknownId(0)])
    expect(ledger.entries.map(e => e.outcome)).toEqual(['failed', 'not_found'])
    expect(ledger.splitting.notes).toEqual([])
  })

  it('stops splitting once a single target and the one beside it are refused alike, before anything was accepted', async () => {
    const fake = await start({ refuseAll: true })
    const ledger = await run(fake, known(3000))
    expect(countOutcomes(ledger).failed).toBe(3000)
    // The descent to one target and its sibling, and each of the other batches once.
    expect(posts(fake).length).toBeLessThanOrEqual(3 + 2 * log2(1000))
    expect(ledger.splitting.notes).toEqual([
      expect.stringMatching(
        /^users\/terminate_sessions: Box refused a single target and the one beside it alike \(Box API 403 .*\), and has accepted nothing of this endpoint: every target seems to meet this refusal, so refused batches are no longer split$/
      )
    ])
    expect(remainder(ledger)).toHaveLength(3000)
  })

  it('takes the verdict back once Box accepts a batch sent whole after it', async () => {
    const fake = await start({})
    const refused = {
      status: 403,
      json: { type: 'error', status: 403, code: 'forbidden', message: 'Access denied' }
    }
    // The four batches in flight first, then the descent of the first to one target and its
    // sibling: seven refusals; the fifth batch, sent once whole after the verdict, is accepted.
    fake.script('users', ...Array.from({ length: 7 }, () => refused))
    const ledger = await run(fake, known(20), { batchSize: 4 })
    expect(posts(fake)).toHaveLength(5 + 3)
    expect(ledger.entries.map(e => e.outcome)).toEqual([
      ...Array.from({ length: 16 }, () => 'failed'),
      ...Array.from({ length: 4 }, () => 'accepted')
    ])
    expect(ledger.splitting.notes).toEqual([
      expect.stringMatching(
        /^users\/terminate_sessions: Box refused a single target and the one beside it alike/
      ),
      'users/terminate_sessions: Box accepted users/terminate_sessions batch 5/5, so its refusals are no longer taken as met by every target alike'
    ])
  })

  it('sends a body without the list it does not need once Box refuses it empty, and keeps that form for the run', async () => {
    const fake = await start({ emptyList: 'refused', missingKey: 'accepted' })
    const ledger = await run(fake, [...known(3)], { batchSize: 1 })
    expect(countOutcomes(ledger).accepted).toBe(3)
    // The three were in flight together; each refusal is sent again without the empty list.
    const bodies = posts(fake).map(r => JSON.stringify(r.json))
    expect(bodies.sort()).toEqual(
      [
        ...['10000000', '10000001', '10000002'].map(
          id => `{"user_ids":["${id}"],"user_logins":[]}`
        ),
        ...['10000000', '10000001', '10000002'].map(id => `{"user_ids":["${id}"]}`)
      ].sort()
    )
    expect(ledger.splitting.notes.filter(n => n.includes('leaves unused lists out'))).toHaveLength(
      1
    )
  })

  it('sends later batches without the list once the form is settled, not empty first', async () => {
    const fake = await start({ emptyList: 'refused', missingKey: 'accepted' })
    // Four batches of one in flight, each refused and sent again; the last two only left out.
    const ledger = await run(fake, known(6), { batchSize: 1 })
    expect(countOutcomes(ledger).accepted).toBe(6)
    const bodies = posts(fake).map(r => JSON.stringify(r.json))
    expect(bodies.filter(b => b.includes('"user_logins":[]'))).toHaveLength(4)
    expect(bodies).toHaveLength(10)
    expect(ledger.entries.map(e => e.batch && batchLabel(e.batch))).toEqual([
      ...[1, 2, 3, 4].map(n => `users/terminate_sessions batch ${n}/6, piece 1`),
      'users/terminate_sessions batch 5/6',
      'users/terminate_sessions batch 6/6'
    ])
  })

  it('gets every target to Box when it refuses a list sent empty and takes at most 100 in a body left out', async () => {
    const fake = await start({
      emptyList: 'refused',
      missingKey: 'accepted',
      cap: { size: 100, status: 413 }
    })
    const ledger = await run(fake, known(300), { batchSize: 200 })
    expect(countOutcomes(ledger).accepted).toBe(300)
    // The descent to one target in the body as first sent, then every piece left out.
    expect(posts(fake).length).toBeLessThanOrEqual(3 + 2 * log2(200) + 2)
    const accepted = posts(fake).filter(r => r.status === 202)
    expect(accepted.every(r => (r.json as Posted).user_logins === undefined)).toBe(true)
    // Pieces that Box refused for their form teach no size.
    expect(ledger.splitting.notes).toEqual([expect.stringMatching(/leaves unused lists out$/)])
  })

  it('ends a single target not found when Box’s own 404 answers it with the empty list left out', async () => {
    const fake = await start({ emptyList: 'refused', missingKey: 'accepted', unknown: 404 })
    const ledger = await run(fake, [
      target('user-logins', 'gone0@example.com'),
      ...known(1),
      unknownId(0)
    ])
    expect(ledger.entries.map(e => e.outcome)).toEqual(['not_found', 'accepted', 'not_found'])
    expect(remainder(ledger)).toEqual([])
    expect(ledger.splitting.notes).toEqual([expect.stringMatching(/leaves unused lists out$/)])
  })

  it('settles the form only on a body that had a list to send empty', async () => {
    const fake = await start({ emptyList: 'refused', missingKey: 'accepted', unknown: 404 })
    // The first piece Box takes names a login and IDs; the next has no login to send.
    const ledger = await run(fake, [
      target('user-logins', 'user0@example.com'),
      ...known(1),
      unknownId(0),
      ...known(1, 1)
    ])
    expect(ledger.entries.map(e => e.outcome)).toEqual([
      'accepted',
      'accepted',
      'not_found',
      'accepted'
    ])
  })

  it('sends a planned batch larger than a size learnt in pieces that size, the first in its place', async () => {
    const fake = await start({ cap: { size: 100, status: 413 } })
    // Batches 1 to 4 are refused in flight and split; 5 and 6 start once a size is learnt.
    const ledger = await run(fake, known(1100), { batchSize: 200 })
    expect(countOutcomes(ledger).accepted).toBe(1100)
    expect(ledger.splitting.notes).toHaveLength(1)
    const sizes = posts(fake).map(r => (r.json as Posted).user_ids!.length)
    expect(sizes.sort((a, b) => a - b)).toEqual([
      ...Array.from({ length: 11 }, () => 100),
      ...[200, 200, 200, 200]
    ])
    // Batch 5's first piece stands in for the batch; its second, and batch 1 to 4's, are extra.
    expect(ledger.splitting.pieces).toBe(9)
    expect(batchLabel(ledger.entries[800]!.batch!)).toBe(
      'users/terminate_sessions batch 5/6, piece 1'
    )
    expect(batchLabel(ledger.entries[1099]!.batch!)).toBe('users/terminate_sessions batch 6/6')
  })

  it('fails the targets in Box’s words when it refuses both forms of the body', async () => {
    const fake = await start({ emptyList: 'refused', missingKey: 'refused' })
    const ledger = await run(fake, known(1000))
    expect(countOutcomes(ledger).failed).toBe(1000)
    expect(posts(fake).length).toBeLessThanOrEqual(2 + 2 + 2 * log2(1000))
    // Box's words on the body as first sent, with its empty list, not on the one tried without it.
    const words = ledger.entries.map(e =>
      e.batch?.answer?.ok === false ? e.batch.answer.error.replace(/ \(request id [^)]*\)/, '') : ''
    )
    expect([...new Set(words)]).toEqual([
      'Box API 400 bad_request on users/terminate_sessions: Users can not be NULL or EMPTY. Hint: Box refused the request; check the targets'
    ])
  })

  it('does not split a 400 that is not Box’s own', async () => {
    const fake = await start({})
    fake.script('users', { status: 400, rawBody: '<html>Bad Request</html>' })
    const ledger = await run(fake, known(10))
    expect(posts(fake)).toHaveLength(1)
    expect(countOutcomes(ledger).failed).toBe(10)
  })

  it('sends at most 1,000 pieces in a run, and says how many targets it could not isolate', async () => {
    const fake = await start({ unknown: 400 })
    // 300 refused targets spread over 3,000: isolating each takes several requests.
    const targets = known(3000).map((t, i) => (i % 10 === 7 ? unknownId(i) : t))
    const ledger = await run(fake, targets)
    expect(ledger.splitting.pieces).toBeLessThanOrEqual(PIECES_BUDGET + 3)
    expect(ledger.splitting.notIsolated).toBeGreaterThan(0)
    const accepted = acceptedByBox(fake)
    for (const entry of ledger.entries) {
      expect(entry.outcome === 'accepted').toBe(accepted.has(entry.target.value))
    }
  })

  it('sends the rest of a batch whole once the pieces are spent, and counts what Box then refuses as not isolated', async () => {
    // A cap of 3: pieces of 3 for 3,000 targets would take about 1,000 pieces.
    const fake = await start({ cap: { size: 3, status: 413 } })
    const ledger = await run(fake, known(3000))
    const counts = countOutcomes(ledger)
    expect(counts.accepted + counts.failed).toBe(3000)
    expect(counts.failed).toBeGreaterThan(0)
    expect(ledger.splitting.notIsolated).toBe(counts.failed)
    const failed = ledger.entries.filter(e => e.outcome === 'failed')
    expect(failed.every(e => e.batch?.answer?.status === 413)).toBe(true)
    // Beyond the budget, only the rest of each planned batch, sent whole as planned.
    expect(ledger.splitting.pieces).toBeLessThanOrEqual(PIECES_BUDGET + 3)
    const accepted = acceptedByBox(fake)
    for (const entry of ledger.entries) {
      expect(entry.outcome === 'accepted').toBe(accepted.has(entry.target.value))
    }
  })

  it('sends whole the rest of a batch planned in pieces of the size learnt, once the pieces are spent', async () => {
    // Batches of 200 against a cap of 2: the first four are split; the rest start in pieces of 2.
    const fake = await start({ cap: { size: 2, status: 413 } })
    const ledger = await run(fake, known(3000), { batchSize: 200 })
    const counts = countOutcomes(ledger)
    expect(counts.accepted + counts.failed).toBe(3000)
    expect(counts.failed).toBeGreaterThan(0)
    expect(ledger.splitting.notIsolated).toBe(counts.failed)
    // What failed was each a planned batch's rest, sent whole as planned, which Box refused.
    const failed = ledger.entries.filter(e => e.outcome === 'failed')
    expect(failed.every(e => e.batch?.answer?.status === 413 && e.batch.entries.length > 2)).toBe(
      true
    )
    expect(ledger.splitting.pieces).toBeLessThanOrEqual(PIECES_BUDGET + 15)
    const accepted = acceptedByBox(fake)
    for (const entry of ledger.entries) {
      expect(entry.outcome === 'accepted').toBe(accepted.has(entry.target.value))
    }
  })

  it('ends the targets of a refused batch failed in Box’s words when a cancellation stops its pieces', async () => {
    const fake = await start({ unknown: 400 })
    const stop = new AbortController()
    const events: RunEvents = { ...noEvents, batchDone: () => stop.abort() }
    const ledger = await run(
      fake,
      [...known(5), unknownId(1), ...known(4, 5)],
      {},
      events,
      stop.signal
    )
    expect(posts(fake)).toHaveLength(1)
    expect(ledger.entries.every(e => e.outcome === 'failed')).toBe(true)
    expect(
      ledger.entries[0]?.batch?.answer?.ok === false && ledger.entries[0].batch.answer.error
    ).toMatch(/^Box API 400 /)
  })
})

describe('a whole run against every answer Box leaves undocumented (fast-check)', () => {
  it('ends each target in one outcome: accepted exactly when a 202 carried it, the remainder exactly what Box did not accept', async () => {
    const switches = switchesWithCaps(7, 40)
    const targetList = fc.array(
      fc.oneof(
        fc.nat(200).map(i => target('user-ids', String(10_000_000 + i))),
        fc.nat(200).map(i => target('user-logins', `user${i}@example.com`)),
        fc.nat(5).map(i => target('user-ids', String(99_000_000 + i))),
        fc.nat(5).map(i => target('user-logins', `gone${i}@example.com`)),
        fc.nat(5).map(i => target('group-ids', String(90_000_000 + i)))
      ),
      { minLength: 1, maxLength: 120 }
    )
    await fc.assert(
      fc.asyncProperty(
        switches,
        targetList,
        fc.constantFrom(10, 50, 1000),
        async (sw, list, batchSize) => {
          await runAgainst(sw, dedupe(list), batchSize, { generatedUsers: 201, generatedGroups: 6 })
        }
      ),
      { numRuns: 40 }
    )
  })

  it('holds at Box’s scale: caps of none, 1,000 or 100 over lists of up to 2,500 targets', async () => {
    const switches = switchesWithCaps(100, 1000)
    // Known user IDs, with a few unknown IDs and logins, known logins and groups put among them.
    const targetList = fc
      .record({
        known: fc.integer({ min: 1, max: 2500 }),
        others: fc.array(
          fc.tuple(
            fc.nat(),
            fc.oneof(
              fc.nat(3).map(i => unknownId(i)),
              fc.nat(3).map(i => target('user-logins', `gone${i}@example.com`)),
              fc.nat(50).map(i => target('user-logins', `user${i}@example.com`)),
              fc.nat(3).map(i => target('group-ids', String(90_000_000 + i)))
            )
          ),
          { maxLength: 8 }
        )
      })
      .map(({ known: count, others }) => {
        const list = known(count)
        for (const [at, other] of others) list.splice(at % (list.length + 1), 0, other)
        return dedupe(list)
      })
    await fc.assert(
      fc.asyncProperty(
        switches,
        targetList,
        fc.constantFrom(1000, 2500),
        async (sw, targets, batchSize) => {
          await runAgainst(sw, targets, batchSize, { generatedUsers: 2500, generatedGroups: 4 })
        }
      ),
      { numRuns: 15 }
    )
  })
})

/** Every answer Box leaves undocumented, a size cap drawn from `sizes` or none. */
function switchesWithCaps(...sizes: number[]): fc.Arbitrary<TerminateSwitches> {
  return fc.record({
    emptyList: fc.constantFrom('accepted' as const, 'refused' as const),
    missingKey: fc.constantFrom('accepted' as const, 'refused' as const),
    unknown: fc.constantFrom(202 as const, 400 as const, 404 as const),
    cap: fc.option(
      fc.record({
        size: fc.constantFrom(...sizes),
        status: fc.constantFrom(400 as const, 413 as const)
      }),
      { nil: undefined }
    ),
    message: fc.constantFrom('line' as const, 'newline' as const, 'absent' as const)
  })
}

/** A whole run of `targets` against a fake Box switched to `sw`, its record checked against Box's. */
async function runAgainst(
  sw: TerminateSwitches,
  targets: Target[],
  batchSize: number,
  directory: { generatedUsers: number; generatedGroups: number }
): Promise<void> {
  const fake = await startFakeBox({ tokens: [TOKEN], terminate: sw, directory })
  try {
    expectTheRecordOfBox(fake, await run(fake, targets, { batchSize }), sw)
  } finally {
    await fake.stop()
  }
}

/**
 * Accepted exactly when a 202 with Box's message carried the target; not found only in Box's
 * words (its own 404 to a request that carried the target alone); the remainder exactly the rest.
 */
function expectTheRecordOfBox(fake: Box, ledger: Ledger, sw: TerminateSwitches): void {
  const accepted = acceptedByBox(fake, sw.message !== 'absent')
  for (const entry of ledger.entries) {
    expect(entry.outcome === 'accepted').toBe(accepted.has(entry.target.value))
  }
  const notFound = ledger.entries.filter(e => e.outcome === 'not_found')
  expect(notFound.map(e => [e.batch?.entries.length, e.batch?.answer?.status])).toEqual(
    notFound.map(() => [1, 404])
  )
  expect(remainder(ledger).map(e => e.target.value)).toEqual(
    ledger.entries
      .filter(e => !accepted.has(e.target.value) && e.outcome !== 'not_found')
      .map(e => e.target.value)
  )
  // An empty list never costs a run: when Box takes one form of the body, at some size, every
  // target it knows is accepted (unless an unknown target's 400 led to a refusal taken as alike).
  if (
    sw.message !== 'absent' &&
    sw.unknown !== 400 &&
    (sw.emptyList === 'accepted' || sw.missingKey === 'accepted')
  ) {
    const known = ledger.entries.filter(e => !/^(99|gone)/.test(e.target.value))
    expect(known.filter(e => e.outcome !== 'accepted').map(e => e.target.value)).toEqual([])
  }
  expect(fake.violations).toEqual([])
}

function dedupe(targets: Target[]): Target[] {
  const seen = new Set<string>()
  return targets.filter(t => !seen.has(t.value) && seen.add(t.value))
}
