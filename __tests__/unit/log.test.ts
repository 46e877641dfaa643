import { afterEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../../__fixtures__/core.js'
import {
  recordActingEnterprise,
  recordBatch,
  recordNotIsolated,
  recordPiece,
  recordSplitNote,
  type Batch
} from '../../src/run/ledger.js'
import { accepted, ledgerOf, refused } from '../helpers/ledgers.js'
import { ids, settingsFor, target, VERIFY } from '../helpers/targets.js'

jest.unstable_mockModule('@actions/core', () => core)

const log = await import('../../src/action/log.js')

/** Every line the log got through core.info, in order. */
const lines = (): string[] => core.info.mock.calls.map(call => call[0])

afterEach(() => {
  jest.resetAllMocks()
})

describe('the log', () => {
  it('warns of a login outside ASCII, naming where it came from, and of nothing else', () => {
    const targets = [target('user-logins', 'аlice@example.com'), target('user-logins', 'bob@x.io')]
    log.logInputNotes(settingsFor(targets, { notes: ['a note of the inputs'] }))
    expect(lines()).toEqual(['Read 2 targets: 2 user logins', 'a note of the inputs'])
    expect(core.warning).toHaveBeenCalledTimes(1)
    expect(core.warning.mock.calls[0]?.[0]).toMatch(
      /^user-logins: "аlice@example\.com" has characters outside ASCII \(.+\); check that it is the user login you mean/
    )
    expect(core.warning.mock.calls[0]?.[1]).toEqual({ title: 'Look-alike characters' })
  })

  it('says what the run decided, as debug lines, naming only the kind of credentials', () => {
    const debugLines = () => core.debug.mock.calls.map(call => call[0])
    const targets = [target('user-ids', '1'), target('user-logins', 'ada@example.com')]
    log.logDecidedSettings(settingsFor(targets, { baseUrl: 'https://box.test/\n::x' }))
    expect(debugLines()).toEqual([
      'decided verify-targets: auto (at most 1,000 lookup requests)',
      'decided batch-size 1000, max-retries 0, request-timeout 5000 ms',
      'decided dry-run false, fail-on-unknown true, job-summary true',
      'decided credentials: token',
      'decided base-url: https://box.test/\\n::x',
      'decided targets: 1 user ID, 1 user login'
    ])
    core.debug.mockClear()
    log.logDecidedSettings(
      settingsFor([], {
        verify: VERIFY.false,
        dryRun: true,
        failOnUnknown: false,
        jobSummary: false,
        auth: {
          method: 'ccg',
          clientId: 'id',
          clientSecret: 'never-shown',
          subject: { type: 'enterprise', id: '42' }
        }
      })
    )
    expect(debugLines()).toEqual([
      'decided verify-targets: false (no lookup)',
      'decided batch-size 1000, max-retries 0, request-timeout 5000 ms',
      'decided dry-run true, fail-on-unknown false, job-summary false',
      'decided credentials: ccg, subject enterprise',
      'decided base-url: https://box.test',
      'decided targets: none'
    ])
    core.debug.mockClear()
    log.logDecidedSettings(settingsFor(targets, { verify: VERIFY.true }))
    expect(debugLines()[0]).toBe(
      'decided verify-targets: true (every target looked up, and any unverified one stops the run)'
    )
  })

  it('says how long a retry waits, and when every request waits as long', () => {
    log.logRetry('users/terminate_sessions', {
      attempt: 2,
      reason: 'HTTP 429',
      waitMs: 1500,
      everyRequestWaits: true
    })
    log.logRetry('users/1', {
      attempt: 1,
      reason: 'HTTP 503',
      waitMs: 250,
      everyRequestWaits: false
    })
    log.logRetry('groups/terminate_sessions batch 5/50', {
      attempt: 1,
      reason: 'HTTP 429',
      waitMs: 1000,
      everyRequestWaits: true,
      paceMs: 1100
    })
    expect(lines()).toEqual([
      'users/terminate_sessions: attempt 2 failed (HTTP 429); retrying in 1.5 s, and every request waits as long',
      'users/1: attempt 1 failed (HTTP 503); retrying in 0.3 s',
      "groups/terminate_sessions batch 5/50: attempt 1 failed (HTTP 429); retrying in 1.0 s, and every request waits as long; from then on a request starts at most every 1,100 ms, to keep under Box's rate limit"
    ])
  })

  it('names who the run acts as, and a role Box did not give as unknown', () => {
    log.logIdentity({ id: '3', name: 'Admin', login: 'admin@x.io', role: '' })
    log.logIdentity({ id: '4', name: 'Co', login: 'co@x.io', role: 'coadmin' })
    expect(lines()).toEqual([
      'Acting as Admin (admin@x.io, user 3, role unknown)',
      'Acting as Co (co@x.io, user 4, role coadmin)'
    ])
  })

  it('gives a notice when lookups asked for are skipped, and a line otherwise', () => {
    const sources = [{ name: 'users', noun: 'user', targets: 1200, list: false, lookups: 1200 }]
    const skipped = {
      plan: 'none',
      why: 'too-costly',
      targets: 1200,
      requests: 1200,
      maxRequests: 1000,
      sources
    } as const
    const tooMany =
      "Not looking 1,200 targets up: it would take at least 1,200 requests (1,200 user targets one by one), more than the 1,000 that verify-targets: auto allows, about a minute at Box's pace; set verify-targets: true to look them up anyway"
    log.logLookupPlan(skipped, VERIFY.auto)
    expect(core.notice).toHaveBeenCalledWith(tooMany, { title: 'Targets not looked up' })
    log.logLookupPlan({ plan: 'none', why: 'off' }, VERIFY.false)
    log.logLookupPlan(
      { plan: 'per-target', targets: 2, requests: 2, counted: false, sources: [] },
      VERIFY.auto
    )
    expect(core.notice).toHaveBeenCalledTimes(1)
    expect(lines()).toEqual([
      'verify-targets is false: no target is looked up',
      'Looking up 2 targets one by one, 8 at a time (2 requests)'
    ])
  })

  describe('who the targets are', () => {
    it('logs nothing when nothing was looked up', () => {
      log.logLookedUp(ledgerOf(ids(2)), false)
      expect(core.startGroup).not.toHaveBeenCalled()
      expect(lines()).toEqual([])
    })

    it('shows the first 100 and counts the rest', () => {
      const targets = ids(102)
      const lookups = Object.fromEntries(
        targets.map(t => [t.value, { id: t.value, name: `User ${t.value}` }])
      )
      log.logLookedUp(ledgerOf(targets, { lookups }), false)
      expect(core.startGroup).toHaveBeenCalledWith('Who the targets are')
      expect(lines()).toHaveLength(101)
      expect(lines()[100]).toBe('and 2 more: every target is in the report-file')
      expect(core.endGroup).toHaveBeenCalledTimes(1)
      expect(core.warning).not.toHaveBeenCalled()
    })

    it('shows exactly 100 with no count after', () => {
      const targets = ids(100)
      const lookups = Object.fromEntries(targets.map(t => [t.value, { id: t.value, name: 'U' }]))
      log.logLookedUp(ledgerOf(targets, { lookups }), false)
      expect(lines()).toHaveLength(100)
    })

    it('warns that unverified targets are sent as given, or that nothing is sent when cancelled', () => {
      const one = ledgerOf(ids(1), { lookups: { '1': 'unverified' } })
      const two = ledgerOf(ids(2), { lookups: { '1': 'unverified', '2': 'unverified' } })
      log.logLookedUp(one, false)
      log.logLookedUp(two, false)
      log.logLookedUp(one, false, true)
      log.logLookedUp(two, true, true)
      log.logLookedUp(two, true)
      const warnings = core.warning.mock.calls.map(call => call[0])
      expect(warnings).toHaveLength(4)
      expect(warnings[0]).toMatch(/^Box did not say who 1 target is, so it is sent as given: /)
      expect(warnings[1]).toMatch(/^Box did not say who 2 targets are, so they are sent as given: /)
      expect(warnings[2]).toMatch(
        /^Box did not say who 1 target is, and nothing is sent, as the run was cancelled: /
      )
      expect(warnings[3]).toMatch(
        /^Box did not say who 2 targets are, and nothing is sent, as the run was cancelled: /
      )
      // The same reason twice is given once.
      expect(String(warnings[1]).split('Box API 403 on users/9')).toHaveLength(2)
      for (const call of core.warning.mock.calls) {
        expect(call[1]).toEqual({ title: 'Targets not verified' })
      }
    })

    it('gives each reason once, the first three, and an empty one as nothing', () => {
      const ledger = ledgerOf(ids(5), {
        lookups: { '1': 'unverified', '2': 'unverified', '3': 'unverified', '4': 'unverified' }
      })
      const details = ['Box API 403 on users/1', 'Box API 500 on users/2', undefined, 'timed out']
      ledger.entries.forEach((entry, i) => {
        if (i < 4) entry.detail = details[i]
      })
      log.logLookedUp(ledger, false)
      expect(core.warning.mock.calls.map(call => call[0])).toEqual([
        'Box did not say who 4 targets are, so they are sent as given: Box API 403 on users/1; Box API 500 on users/2; '
      ])
    })

    it('first says why a listing stopped, and warns of users of another enterprise', () => {
      const ledger = ledgerOf(ids(2), {
        lookups: { '1': { id: '1', name: 'One' }, '2': { id: '2', name: 'Two' } }
      })
      ledger.lookups = { ...ledger.lookups, stopped: ['the listing stopped at page 3'] }
      recordActingEnterprise(ledger, '42')
      const [ours, theirs] = ledger.entries
      ours!.found = { ...ours!.found!, enterprise: '42' }
      theirs!.found = { ...theirs!.found!, enterprise: '77' }
      log.logLookedUp(ledger, false)
      expect(lines()[0]).toBe('the listing stopped at page 3')
      expect(core.startGroup).toHaveBeenCalledTimes(1)
      expect(core.warning.mock.calls).toEqual([
        [
          '1 target is a user of another enterprise than the one the run acts in (external collaborators): Box may not end their sessions, and it is sent as given: user-ids "2"',
          { title: 'External users' }
        ]
      ])
    })
  })

  describe('the planned requests', () => {
    /** User IDs 1 to `count`, then each one's login (u1@x.io ...): every login is sent as its ID. */
    const idsAndTheirLogins = (count: number) => {
      const targets = [
        ...ids(count),
        ...Array.from({ length: count }, (_, i) => target('user-logins', `u${i + 1}@x.io`))
      ]
      const lookups = Object.fromEntries(
        targets.map(t =>
          t.kind === 'user-ids'
            ? [t.value, { id: t.value, name: 'U' }]
            : [t.value, { id: t.value.slice(1, -5), name: 'U', login: t.value }]
        )
      )
      return ledgerOf(targets, { lookups })
    }

    it('names each target sent once as another, the first 50, and counts the rest', () => {
      log.logPlanned(idsAndTheirLogins(52))
      expect(core.startGroup).toHaveBeenCalledWith(
        'users/terminate_sessions: 52 user IDs in 1 batch'
      )
      expect(lines()).toContain('"u1@x.io" is user ID 1, also listed: sent once, as user ID 1')
      expect(lines()).toContain('"u50@x.io" is user ID 50, also listed: sent once, as user ID 50')
      expect(lines()).not.toContain(
        '"u51@x.io" is user ID 51, also listed: sent once, as user ID 51'
      )
      expect(lines()).toContain('and 2 more targets sent once, as another')
    })

    it('says a dry run sends nothing, and counts targets past the first 50 of a kind', () => {
      log.logPlanned(ledgerOf(ids(53), { dryRun: true, batchSize: 20 }))
      expect(core.startGroup).toHaveBeenCalledWith(
        'users/terminate_sessions: 53 user IDs in 3 batches (dry run: not sent)'
      )
      expect(lines()).toHaveLength(1)
      expect(lines()[0]).toMatch(/^user_ids: 1, 2, .*, 50, and 3 more$/)
    })

    it('opens a group for each endpoint, its kinds counted together, each kind listed whole', () => {
      const targets = [...ids(2), target('user-logins', 'ada@x.io'), target('group-ids', '9')]
      log.logPlanned(ledgerOf(targets))
      expect(core.startGroup.mock.calls.map(call => call[0])).toEqual([
        'users/terminate_sessions: 2 user IDs, 1 user login in 1 batch',
        'groups/terminate_sessions: 1 group ID in 1 batch'
      ])
      expect(core.endGroup).toHaveBeenCalledTimes(2)
      expect(lines()).toEqual(['user_ids: 1, 2', 'user_logins: ada@x.io', 'group_ids: 9'])
    })

    it('names 50 targets sent as another with no count after', () => {
      log.logPlanned(idsAndTheirLogins(50))
      expect(lines().filter(line => line.includes('also listed'))).toHaveLength(50)
      expect(lines().filter(line => line.startsWith('and '))).toEqual([])
    })
  })

  describe('progress', () => {
    const run = (count: number, failing: (i: number) => boolean): string[] => {
      const ledger = ledgerOf(ids(count), {
        batchSize: 1,
        answers: Array.from({ length: count }, (_, i) => (failing(i) ? refused() : accepted()))
      })
      const progress = log.progressLog()
      for (const batch of ledger.batches) progress(batch)
      return lines()
    }

    it('logs each of up to 20 batches, with its status, attempts, time and request ID', () => {
      const logged = run(20, i => i === 4)
      expect(logged).toHaveLength(20)
      expect(logged[0]).toBe(
        'users/terminate_sessions batch 1/20: HTTP 202 after 1 attempt in 12 ms, request id rid-202 (1 target)'
      )
      expect(logged[4]).toBe(
        'users/terminate_sessions batch 5/20 failed (1 target): Box API 503 on users/terminate_sessions'
      )
    })

    it('logs every 10 % of more than 20 batches, with the failures so far, and every failure', () => {
      const logged = run(25, i => i === 1)
      expect(logged).toEqual([
        'users/terminate_sessions batch 2/25 failed (1 target): Box API 503 on users/terminate_sessions',
        'users/terminate_sessions: 3/25 batches, 3 targets, 1 failed',
        'users/terminate_sessions: 6/25 batches, 6 targets, 1 failed',
        'users/terminate_sessions: 9/25 batches, 9 targets, 1 failed',
        'users/terminate_sessions: 12/25 batches, 12 targets, 1 failed',
        'users/terminate_sessions: 15/25 batches, 15 targets, 1 failed',
        'users/terminate_sessions: 18/25 batches, 18 targets, 1 failed',
        'users/terminate_sessions: 21/25 batches, 21 targets, 1 failed',
        'users/terminate_sessions: 24/25 batches, 24 targets, 1 failed',
        'users/terminate_sessions: 25/25 batches, 25 targets, 1 failed'
      ])
    })

    it('counts a batch with no answer as failed, and names a status Box did not give as none', () => {
      const ledger = ledgerOf(ids(21), { batchSize: 1, answers: [] })
      const progress = log.progressLog()
      for (const batch of ledger.batches.slice(0, 3)) progress(batch)
      expect(lines()).toEqual(['users/terminate_sessions: 3/21 batches, 3 targets, 3 failed'])
      core.info.mockClear()
      const noStatus: Batch = {
        ...ledger.batches[0]!,
        endpointBatches: 1,
        answer: { ...accepted('ok', ''), status: undefined }
      }
      log.progressLog()(noStatus)
      expect(lines()).toEqual([
        'users/terminate_sessions: HTTP none after 1 attempt in 12 ms (1 target)'
      ])
    })

    it('says nothing of failures when none failed', () => {
      expect(run(21, () => false)[0]).toBe('users/terminate_sessions: 3/21 batches, 3 targets')
    })

    it('logs a piece of a refused batch as its answer alone, not counted among the batches', () => {
      const ledger = ledgerOf(ids(42), { batchSize: 2, answers: [refused('Box API 400', 400)] })
      const first = ledger.batches[0]!
      const progress = log.progressLog()
      const unanswered = recordPiece(ledger, first, first.entries.slice(0, 1), false)
      progress(unanswered)
      const piece = recordPiece(ledger, first, first.entries.slice(1), false)
      recordBatch(piece, refused('Box API 400 again', 400))
      progress(piece)
      for (const batch of ledger.batches.slice(0, 3)) progress(batch)
      expect(lines()).toEqual([
        'users/terminate_sessions batch 1/21, piece 2 failed (1 target): Box API 400 again',
        'users/terminate_sessions batch 1/21 failed (2 targets): Box API 400',
        'users/terminate_sessions: 3/21 batches, 6 targets, 3 failed'
      ])
    })
  })

  describe('the outcome', () => {
    it('warns of unknown targets only when they do not fail the step', () => {
      const ledger = ledgerOf(ids(2), { lookups: { '1': 'not_found' } })
      log.logOutcome(ledger, settingsFor(ledger.entries.map(e => e.target)))
      expect(core.warning).not.toHaveBeenCalled()
      log.logOutcome(ledger, settingsFor([], { failOnUnknown: false }))
      expect(core.warning).toHaveBeenCalledTimes(1)
      expect(core.warning.mock.calls[0]?.[1]).toEqual({ title: 'Targets not found' })
      expect(lines()).toContain('users/terminate_sessions: 1 of 1 batch succeeded')
      expect(lines()).toContain('Box message: Request is successful')
    })

    it("counts each endpoint's batches and pieces, with its own messages, and what Box refuses", () => {
      const targets = [...ids(3), target('group-ids', '9'), target('group-ids', '10')]
      const ledger = ledgerOf(targets, {
        batchSize: 1,
        // Requests go out users, groups, users, groups, users.
        answers: [
          accepted('Users queued'),
          accepted('Groups queued'),
          refused('Box API 400 on users/terminate_sessions', 400),
          refused('Box API 404 on groups/terminate_sessions', 404),
          accepted('Users queued')
        ]
      })
      const refusedBatch = ledger.batches[2]!
      recordBatch(recordPiece(ledger, refusedBatch, refusedBatch.entries, false), accepted('Again'))
      recordBatch(recordPiece(ledger, refusedBatch, refusedBatch.entries, false), refused())
      recordSplitNote(ledger, 'Box refuses a body with an empty key')
      recordNotIsolated(ledger, 2)
      log.logOutcome(ledger, settingsFor(targets))
      expect(lines()).toEqual([
        'users/terminate_sessions: 2 of 3 batches succeeded; 1 of 2 pieces of refused batches accepted',
        'Box message: Users queued',
        'Box message: Again',
        'groups/terminate_sessions: 1 of 2 batches succeeded',
        'Box message: Groups queued',
        'Outcome: 5 targets: 3 accepted by Box, 2 failed'
      ])
      expect(core.notice.mock.calls).toEqual([
        ['Box refuses a body with an empty key', { title: 'What Box refuses' }]
      ])
      expect(core.warning.mock.calls).toEqual([
        [
          "2 targets of requests Box refused were not sent again in smaller pieces: the run sends at most 1,000 pieces. They failed in Box's words and are in the remainder.",
          { title: 'Refusals not isolated' }
        ]
      ])
    })

    it('says nothing of an endpoint none of whose batches was answered', () => {
      const ledger = ledgerOf(ids(2), { dryRun: true })
      log.logOutcome(ledger, settingsFor(ledger.entries.map(e => e.target)))
      expect(lines()).toEqual(['Outcome: 2 targets: 2 not sent'])
      expect(core.notice).not.toHaveBeenCalled()
      expect(core.warning).not.toHaveBeenCalled()
    })

    it('names every target left, 50 to a line, when the remainder file could not be written', () => {
      const ledger = ledgerOf(ids(101), { answers: [refused()] })
      log.logRemainder(ledger.entries)
      expect(core.startGroup).toHaveBeenCalledWith(
        'Not accepted by Box: 101 targets (the remainder file could not be written)'
      )
      expect(lines()).toHaveLength(3)
      expect(lines()[0]).toMatch(/^101 user IDs, 1–50: 1, 2, .*, 50$/)
      expect(lines()[2]).toBe('101 user IDs, 101–101: 101')
      expect(core.endGroup).toHaveBeenCalledTimes(1)
    })

    it('ends the remainder at its last target when it fills its lines', () => {
      const ledger = ledgerOf(ids(100), { answers: [refused()] })
      log.logRemainder(ledger.entries)
      expect(lines()).toHaveLength(2)
      expect(lines()[1]).toMatch(/^100 user IDs, 51–100: 51, .*, 100$/)
    })
  })
})
