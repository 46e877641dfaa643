import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { FAKE_ENTERPRISE, startFakeBox } from '../../harness/fake-box.js'
import {
  createLedger,
  isExternal,
  recordActingEnterprise,
  type Ledger
} from '../../src/run/ledger.js'
import { lookUpTargets, TARGETS_SHOWN } from '../../src/run/look-up.js'
import { withLookupBudget } from '../../src/run/lookup-budget.js'
import { planLookups, type LookupPlan } from '../../src/run/lookup-plan.js'
import type { VerifyPolicy } from '../../src/settings/settings.js'
import { kindOf } from '../../src/targets/kinds.js'
import type { Target } from '../../src/targets/target.js'
import { liveClient } from '../helpers/box-client.js'
import { ids, target, VERIFY } from '../helpers/targets.js'
import { describeLookupPlan } from '../../src/action/lookup-text.js'

const TOKEN = 'lookups-token-31'
type Box = Awaited<ReturnType<typeof startFakeBox>>

const logins = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => target('user-logins', `user${from + i}@example.com`))

/** Looks the targets up as planned; returns the ledger and the plan. */
async function lookUp(
  box: Box,
  targets: Target[],
  policy: VerifyPolicy = VERIFY.auto,
  stopping?: AbortSignal
) {
  const client = withLookupBudget(
    liveClient(box.url, { method: 'token', token: TOKEN }).client,
    policy
  )
  const ledger = createLedger(targets, false)
  const plan = await planLookups(ledger.entries, policy, client)
  await lookUpTargets(ledger, plan, client, stopping)
  return { ledger, plan }
}

/** The plan chosen and the line that words it. */
const worded = (record: LookupPlan['record']) => ({
  plan: record.plan,
  reason: describeLookupPlan(record)
})

const states = (ledger: Ledger) => ledger.entries.map(e => [e.target.value, e.lookup, e.found?.id])

describe('choosing how to look the targets up', () => {
  let box: Box
  beforeEach(async () => {
    box = await startFakeBox({
      tokens: [TOKEN],
      directory: { generatedUsers: 50_000, generatedGroups: 20 }
    })
  })
  afterEach(async () => {
    expect(box.violations).toEqual([])
    await box.stop()
  })

  it('looks a few targets up one by one, without even counting the enterprise', async () => {
    const { plan } = await lookUp(box, [...ids(2, 10_000_000), target('group-ids', '90000001')])
    expect(worded(plan.record)).toEqual({
      plan: 'per-target',
      reason:
        'Looking up 3 targets one by one, 8 at a time (4 requests, one of them asking users/me which enterprise the run acts in)'
    })
    // Box is asked which enterprise the token acts in alongside, for users of another one.
    expect(box.requests.map(r => r.route)).toEqual(['me', 'user', 'user', 'group', 'memberships'])
  })

  it('counts the enterprise only for more than 8 targets one listing could find', async () => {
    // 8 lookups are one round of 8 in flight: a count and a page (2 rounds) cannot be quicker.
    await lookUp(box, [...ids(4, 10_000_000), ...logins(4)])
    expect(box.requestsTo('user-list').filter(r => r.path.includes('limit=1&'))).toHaveLength(0)
    box.requests.length = 0
    // 9 are two rounds either way, and a count and a page are fewer requests.
    await lookUp(box, [...ids(5, 10_000_000), ...logins(4)])
    expect(box.requests[0]?.path).toBe('/2.0/users?fields=id&limit=1&offset=0')
  })

  it('lists the enterprise when that is cheaper, and says why in one line', async () => {
    const { ledger, plan } = await lookUp(box, logins(400))
    expect(plan.record.plan).toBe('listing')
    expect(describeLookupPlan(plan.record)).toBe(
      "Looking up 400 targets in about 51 requests: 400 user targets by listing the enterprise's 50,000 users (50 pages) instead of 400 lookups; what a listing lacks is then looked up one by one"
    )
    expect(ledger.entries.every(e => e.lookup === 'found')).toBe(true)
    expect(box.requests).toHaveLength(51)
  })

  it('stays one by one when that is fewer rounds than listing the enterprise', async () => {
    const { plan } = await lookUp(box, logins(40))
    expect(plan.record.plan).toBe('per-target')
    expect(describeLookupPlan(plan.record)).toContain(
      '40 user targets one by one, fewer requests than listing'
    )
    expect(box.requestsTo('user-list')).toHaveLength(41)
  })

  it('with auto, skips lookups that would take more than 1,000 requests, and says how to force them', async () => {
    await box.stop()
    box = await startFakeBox({ tokens: [TOKEN], directory: { generatedUsers: 2_000_000 } })
    const { ledger, plan } = await lookUp(box, ids(1200, 20_000_000))
    expect(plan.record.plan).toBe('none')
    expect(describeLookupPlan(plan.record)).toMatch(
      /^Not looking 1,200 targets up: it would take at least 1,202 requests .*more than the 1,000 that verify-targets: auto allows, about a minute at Box's pace; set verify-targets: true to look them up anyway$/
    )
    expect(ledger.entries.every(e => e.lookup === 'skipped')).toBe(true)
    expect(box.requests).toHaveLength(1)
  })

  it('counts what a listing cannot hold: Box lists only the first 11,000 groups', async () => {
    await box.stop()
    box = await startFakeBox({ tokens: [TOKEN], directory: { generatedGroups: 20_000 } })
    const client = liveClient(box.url, { method: 'token', token: TOKEN }).client
    const groups = Array.from({ length: 12_000 }, (_, i) => target('group-ids', String(i + 1)))
    const entries = createLedger(groups, false).entries
    const forced = await planLookups(entries, VERIFY.true, client)
    expect(worded(forced.record)).toEqual({
      plan: 'listing',
      reason:
        "Looking up 12,000 targets in about 1,012 requests: 12,000 group targets by listing the enterprise's 20,000 groups (11 pages) instead of 12,000 lookups; what a listing lacks is then looked up one by one"
    })
    expect(box.requests.map(r => r.route)).toEqual(['group-list'])
    box.requests.length = 0
    // At best 1,012 requests, more than auto allows: the enterprise is not even counted.
    const auto = await planLookups(entries, VERIFY.auto, client)
    expect(auto.record.plan).toBe('none')
    expect(describeLookupPlan(auto.record)).toMatch(
      /^Not looking 12,000 targets up: it would take at least 12,000 requests \(12,000 group targets one by one\)/
    )
    expect(box.requests).toEqual([])
  })

  it('looks up one by one when Box does not say how big the enterprise is', async () => {
    box.script('user-list', { status: 500 })
    const client = liveClient(box.url, { method: 'token', token: TOKEN }).client
    const plan = await planLookups(createLedger(logins(400), false).entries, VERIFY.auto, client)
    expect(plan.record.plan).toBe('per-target')
    expect(describeLookupPlan(plan.record)).toMatch(
      /^Looking up 400 targets in about 402 requests, one of them asking users\/me which enterprise the run acts in: 400 user targets one by one, as Box did not say how many users the enterprise has \(Box API 500 /
    )
  })

  it('lists for the kinds where that pays, and looks the others up one by one', async () => {
    const client = liveClient(box.url, { method: 'token', token: TOKEN }).client
    const targets = [...logins(400), target('group-ids', '90000001')]
    const plan = await planLookups(createLedger(targets, false).entries, VERIFY.auto, client)
    expect(plan.record.plan).toBe('listing')
    expect(plan.sources.map(s => [s.listing?.name, s.list, s.entries.length])).toEqual([
      ['users', true, 400],
      ['groups', false, 1]
    ])
  })

  it('with auto, allows exactly 1,000 requests', async () => {
    await box.stop()
    box = await startFakeBox({ tokens: [TOKEN], directory: { generatedUsers: 2_000_000 } })
    const client = liveClient(box.url, { method: 'token', token: TOKEN }).client
    // The count, 998 lookups and users/me, asked which enterprise the run acts in.
    const plan = await planLookups(
      createLedger(ids(998, 20_000_000), false).entries,
      VERIFY.auto,
      client
    )
    expect(plan.record.plan).toBe('per-target')
    expect(describeLookupPlan(plan.record)).toMatch(
      /^Looking up 998 targets in about 1,000 requests, one of them asking users\/me/
    )
    // When the credentials name the enterprise, users/me is not asked: 999 lookups fit.
    const named = await planLookups(
      createLedger(ids(999, 20_000_000), false).entries,
      VERIFY.auto,
      client,
      true
    )
    expect(named.record.plan).toBe('per-target')
    expect(describeLookupPlan(named.record)).toMatch(
      /^Looking up 999 targets in about 1,000 requests: /
    )
  })

  it('with true, looks up however many requests it takes; with false, never', async () => {
    expect((await lookUp(box, ids(30, 20_000_000), VERIFY.true)).plan.record.plan).toBe(
      'per-target'
    )
    const off = await lookUp(box, ids(3), VERIFY.false)
    expect(worded(off.plan.record)).toEqual({
      plan: 'none',
      reason: 'verify-targets is false: no target is looked up'
    })
  })
})

describe('looking up by listing the enterprise', () => {
  let box: Box
  const externals = [{ id: '77', name: 'Pia Partner', login: 'pia@partner.example' }]
  beforeEach(async () => {
    box = await startFakeBox({ tokens: [TOKEN], directory: { generatedUsers: 5_000, externals } })
  })
  afterEach(async () => {
    expect(box.violations).toEqual([])
    await box.stop()
  })

  it('finds external collaborators, whom no listing holds, one by one', async () => {
    const targets = [
      ...logins(100),
      target('user-logins', 'pia@partner.example'),
      target('user-ids', '77')
    ]
    const { ledger, plan } = await lookUp(box, targets)
    expect(plan.record.plan).toBe('listing')
    expect(states(ledger).slice(-2)).toEqual([
      ['pia@partner.example', 'found', '77'],
      ['77', 'found', '77']
    ])
    expect(box.requestsTo('user-list').filter(r => r.path.includes('filter_term'))).toHaveLength(1)
    expect(box.requestsTo('user').map(r => r.path)).toEqual([
      '/2.0/users/77?fields=id,name,login,status,role,enterprise'
    ])
    // Found one by one, they are of another enterprise than the token's, which Box was asked.
    expect(box.requestsTo('me').map(r => r.path)).toEqual(['/2.0/users/me?fields=enterprise'])
    expect(ledger.actingEnterprise).toBe(FAKE_ENTERPRISE.id)
    expect(ledger.entries.filter(e => isExternal(e, ledger)).map(e => e.target.value)).toEqual([
      'pia@partner.example',
      '77'
    ])
  })

  it('asks Box nothing of the acting enterprise when the credentials name it, or no user is looked up one by one', async () => {
    const client = withLookupBudget(
      liveClient(box.url, { method: 'token', token: TOKEN }).client,
      VERIFY.auto
    )
    const named = createLedger([target('user-ids', '77'), ...logins(2)], false)
    recordActingEnterprise(named, FAKE_ENTERPRISE.id)
    await lookUpTargets(named, await planLookups(named.entries, VERIFY.auto, client), client)
    expect(named.entries.map(e => isExternal(e, named))).toEqual([true, false, false])
    const groups = createLedger([target('group-ids', '90000001')], false)
    await lookUpTargets(groups, await planLookups(groups.entries, VERIFY.auto, client), client)
    expect(box.requestsTo('me')).toEqual([])
  })

  it('lets Box say not found for a target the listing lacked', async () => {
    const { ledger } = await lookUp(box, [
      ...logins(100),
      target('user-logins', 'nobody@example.com')
    ])
    expect(states(ledger).at(-1)).toEqual(['nobody@example.com', 'not_found', undefined])
    // The listing ended: nothing says it stopped.
    expect(ledger.lookups.stopped).toBeUndefined()
  })

  it.each([
    ['a 429 past the retries', { status: 429, headers: { 'retry-after': '0' } }],
    ['a 5xx', { status: 503 }],
    [
      'a refused scope',
      { status: 403, json: { type: 'error', status: 403, code: 'forbidden', message: 'no' } }
    ]
  ])(
    'looks up one by one what it had not matched when the listing is interrupted by %s',
    async (_what, fault) => {
      box.script('user-list', {}, {}, fault)
      const targets = [
        ...logins(100),
        ...logins(10, 4_990),
        target('user-logins', 'nobody@example.com')
      ]
      const { ledger } = await lookUp(box, targets)
      const byState = (state: string) => ledger.entries.filter(e => e.lookup === state).length
      expect([byState('found'), byState('unverified'), byState('not_found')]).toEqual([110, 0, 1])
      // The count, two pages (the second interrupted), then a search for each of the 11.
      const searches = box.requestsTo('user-list').filter(r => r.path.includes('filter_term'))
      const searched = searches.map(r => new URL(r.path, box.url).searchParams.get('filter_term'))
      expect(searched.sort()).toEqual(
        targets
          .slice(100)
          .map(t => t.value)
          .sort()
      )
      expect(ledger.entries.slice(100).every(e => e.detail === undefined)).toBe(true)
    }
  )

  it('leaves unverified, never not found, what a stopped listing lacked and the budget had no request left for', async () => {
    // 1,000 requests: the count, 2 pages, the acting enterprise, then 996 of the 1,001 lookups.
    box.script('user-list', {}, {}, { status: 503 })
    const targets = [...logins(100), ...logins(1_001, 60_000)]
    const { ledger } = await lookUp(box, targets)
    expect(box.requests).toHaveLength(1_000)
    const byState = (state: string) => ledger.entries.filter(e => e.lookup === state)
    expect(byState('found')).toHaveLength(100)
    expect(byState('not_found')).toHaveLength(996)
    expect(byState('unverified').map(e => e.target.value)).toEqual(
      targets.slice(-5).map(t => t.value)
    )
    expect(byState('unverified')[0]?.detail).toMatch(
      /^the listing of the enterprise's users stopped before its end, so Box did not say: Box API 503 .*; not looked up: verify-targets: auto makes at most 1,000 lookup requests in a run, and they were all made$/
    )
  })

  it('under true, looks up one by one every target a stopped listing lacked', async () => {
    box.script('user-list', {}, {}, { status: 503 })
    const { ledger } = await lookUp(box, [...logins(100), ...logins(1_001, 60_000)], VERIFY.true)
    expect(box.requests).toHaveLength(3 + 1 + 1_001)
    expect(ledger.entries.filter(e => e.lookup === 'not_found')).toHaveLength(1_001)
    expect(ledger.lookups.stopped).toEqual([
      expect.stringMatching(
        /^The listing of the enterprise's users stopped before its end \(Box API 503 .*\): the 1,001 targets it had not matched are looked up one by one$/
      )
    ])
  })

  it('keeps at most 8 lookups in flight', async () => {
    await box.stop()
    box = await startFakeBox({ tokens: [TOKEN] })
    // No lookup is answered until eight have arrived: fewer at once would never finish.
    const release = box.holdAnswers('user')
    void box.when('user', 8).then(release)
    const { ledger } = await lookUp(box, ids(30))
    expect(ledger.entries.every(e => e.lookup === 'found')).toBe(true)
    expect(box.maxInFlight.lookups).toBe(8)
  })

  it('asks nothing once the run is stopping, and leaves every target not looked up unverified', async () => {
    const stop = new AbortController()
    stop.abort()
    const { ledger } = await lookUp(
      box,
      [...ids(3), target('group-ids', '5')],
      VERIFY.true,
      stop.signal
    )
    expect(box.requests).toEqual([])
    expect(ledger.entries.map(e => [e.lookup, e.detail])).toEqual(
      Array.from({ length: 4 }, () => [
        'unverified',
        'the run was cancelled before this target was looked up, and nothing was sent for it'
      ])
    )
  })

  it('counts the members of the groups the summary shows, and only those', async () => {
    await box.stop()
    box = await startFakeBox({ tokens: [TOKEN] })
    const targets = [...ids(TARGETS_SHOWN - 1), target('group-ids', '5'), target('group-ids', '6')]
    const { ledger } = await lookUp(box, targets, VERIFY.true)
    expect(box.requestsTo('memberships').map(r => r.path)).toEqual([
      '/2.0/groups/5/memberships?limit=1'
    ])
    expect(ledger.entries.slice(-2).map(e => e.members)).toEqual([3, undefined])
  })
})

describe('listing and one-by-one lookups agree', () => {
  let box: Box
  const universe = {
    users: [
      { id: '11', name: 'Ada', login: 'ada@example.com' },
      { id: '12', name: 'Ada AU', login: 'ada@example.com.au' },
      { id: '13', name: 'Grace', login: 'Grace@Example.com' }
    ],
    externals: [{ id: '77', name: 'Pia', login: 'pia@partner.example' }],
    groups: [{ id: '900', name: 'Contractors', members: 4 }],
    generatedUsers: 60,
    generatedGroups: 5
  }
  beforeAll(async () => {
    box = await startFakeBox({ tokens: [TOKEN], directory: universe })
  })
  afterAll(async () => {
    expect(box.violations).toEqual([])
    await box.stop()
  })

  it('gives each target the same lookup and Box object by either plan (fast-check)', async () => {
    const client = liveClient(box.url, { method: 'token', token: TOKEN }).client
    const candidate = fc.oneof(
      fc.constantFrom(
        target('user-ids', '11'),
        target('user-ids', '77'),
        target('user-ids', '404'),
        target('user-logins', 'ADA@example.com'),
        target('user-logins', 'ada@example.co'),
        target('user-logins', 'grace@example.com'),
        target('user-logins', 'pia@partner.example'),
        target('user-logins', 'pia@partner.exampl'),
        target('group-ids', '900'),
        target('group-ids', '901'),
        target('group-ids', '90000003')
      ),
      fc.nat({ max: 70 }).map(i => target('user-ids', String(10_000_000 + i))),
      fc.nat({ max: 70 }).map(i => target('user-logins', `User${i}@example.com`))
    )
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(candidate, {
          selector: t => `${t.kind} ${t.value.toLowerCase()}`,
          maxLength: 25
        }),
        async targets => {
          const run = async (list: boolean) => {
            const ledger = createLedger(targets, false)
            const bySource = new Map<unknown, typeof ledger.entries>()
            for (const entry of ledger.entries) {
              const listing = kindOf(entry.target.kind).listing?.of
              bySource.set(listing, [...(bySource.get(listing) ?? []), entry])
            }
            const plan: LookupPlan = {
              sources: [...bySource].map(([listing, entries]) => ({
                listing: listing as never,
                entries,
                list
              })),
              record: { plan: list ? 'listing' : 'per-target' }
            }
            await lookUpTargets(ledger, plan, client)
            return states(ledger)
          }
          const oneByOne = () =>
            box.requests.filter(
              r => r.route === 'user' || r.route === 'group' || r.path.includes('filter_term')
            ).length
          const before = oneByOne()
          const listed = await run(true)
          const lookedUpAlone = oneByOne() - before
          const alone = await run(false)
          expect(listed).toEqual(alone)
          // The listing matched every target it holds: only external users and targets Box does
          // not know were looked up one by one.
          expect(lookedUpAlone).toBe(
            alone.filter(([, state, id]) => state !== 'found' || id === '77').length
          )
        }
      ),
      { numRuns: 60 }
    )
  })
})
