import { describe, expect, it } from '@jest/globals'
import {
  batchesByEndpoint,
  boxMessages,
  cancelledLine,
  describeLookup,
  describeOutcomes,
  endpointMessages,
  externalLine,
  externalWords,
  failureLines,
  notFoundLine,
  runFailed,
  unsendableWords
} from '../../src/action/outcome-text.js'
import {
  closeLedger,
  createLedger,
  recordMembers,
  recordPiece,
  recordBatch,
  type Entry,
  type Ledger
} from '../../src/run/ledger.js'
import { accepted, ledgerOf, refused } from '../helpers/ledgers.js'
import { ids, settingsFor, target } from '../helpers/targets.js'

// The words of a finished run, written once and said by the log, the outputs, the summary and the
// step's failure: each held here to the sentence a reader gets.

const user = (id: string, more: Partial<{ name: string; login: string }> = {}) => ({
  id,
  name: more.name ?? `User ${id}`,
  ...(more.login === undefined ? {} : { login: more.login })
})
const settings = settingsFor([])
const noUnknownFailure = settingsFor([], { failOnUnknown: false })

describe("Box's messages and the batches by endpoint", () => {
  it('gives each message Box sent to an endpoint once, pieces of refused batches included', () => {
    const ledger = ledgerOf([...ids(3), target('group-ids', '9')], {
      batchSize: 1,
      answers: [accepted('Users queued'), accepted('Groups queued'), accepted('Users queued')]
    })
    // The third user batch was refused, and a piece of it was accepted with other words.
    const third = ledger.batches[3]!
    recordBatch(third, refused('Box API 400 on users/terminate_sessions', 400))
    const piece = recordPiece(ledger, third, third.entries, false)
    recordBatch(piece, accepted('Users queued again'))
    expect(boxMessages(ledger)).toEqual(['Users queued', 'Users queued again', 'Groups queued'])
    const [users, groups] = batchesByEndpoint(ledger)
    expect(endpointMessages(users!.batches)).toEqual(['Users queued', 'Users queued again'])
    expect(endpointMessages(groups!.batches)).toEqual(['Groups queued'])
    // Each endpoint's batches, users first, and none for an endpoint without any.
    expect(
      batchesByEndpoint(ledger).map(({ endpoint, batches }) => [
        endpoint.name,
        batches.map(b => b.endpoint.name)
      ])
    ).toEqual([
      ['users', ['users', 'users', 'users']],
      ['groups', ['groups']]
    ])
    expect(batchesByEndpoint(ledgerOf(ids(2))).map(({ batches }) => batches.length)).toEqual([1])
  })

  it('leaves out an empty message and every refusal', () => {
    const ledger = ledgerOf(ids(3), {
      batchSize: 1,
      answers: [accepted(''), refused('Box API 503 on users/terminate_sessions'), accepted('Done')]
    })
    expect(boxMessages(ledger)).toEqual(['Done'])
    expect(boxMessages(ledgerOf(ids(1), { answers: [accepted('')] }))).toEqual([])
  })
})

describe('whether the step fails', () => {
  it('fails for what stopped or cut the run, a target left, or, when asked, one Box does not know', () => {
    const good = ledgerOf(ids(2))
    expect(runFailed(good, settings)).toBe(false)
    const stopped = ledgerOf(ids(2))
    stopped.error = 'the token was refused'
    expect(runFailed(stopped, settings)).toBe(true)
    const cancelled = ledgerOf(ids(2))
    cancelled.cancelled = true
    expect(runFailed(cancelled, settings)).toBe(true)
    const left = ledgerOf(ids(2), { answers: [refused()] })
    expect(runFailed(left, noUnknownFailure)).toBe(true)
    const unknown = ledgerOf(ids(2), { lookups: { '1': 'not_found' } })
    expect([runFailed(unknown, settings), runFailed(unknown, noUnknownFailure)]).toEqual([
      true,
      false
    ])
  })

  it('fails a dry run only for a target Box does not know, as the real run would', () => {
    const dry = ledgerOf(ids(2), { dryRun: true, lookups: { '1': 'not_found' } })
    expect([runFailed(dry, settings), runFailed(dry, noUnknownFailure)]).toEqual([true, false])
    // Nothing is sent in a dry run: what it would send is no remainder.
    expect(runFailed(ledgerOf(ids(2), { dryRun: true }), settings)).toBe(false)
  })
})

describe('the outcomes in words', () => {
  it('counts each outcome some target has, in the outcomes’ order, with digits grouped', () => {
    const ledger = ledgerOf(
      [
        ...ids(1201, 10),
        target('user-ids', '5'),
        target('user-ids', '6'),
        target('user-logins', 'ada@example.com'),
        target('group-ids', '7')
      ],
      {
        batchSize: 1201,
        lookups: {
          '5': 'not_found',
          '6': user('6', { login: 'ada@example.com' }),
          'ada@example.com': user('6')
        },
        // The found ID goes first and is refused; then the 1,201 IDs, accepted; the group is
        // never answered.
        answers: [refused(), accepted()]
      }
    )
    expect(describeOutcomes(ledger)).toBe(
      '1,201 accepted by Box, 1 not found, 1 failed, 1 not sent, 1 covered by an ID'
    )
    expect(describeOutcomes(ledgerOf(ids(2)))).toBe('2 accepted by Box')
    expect(describeOutcomes(ledgerOf([]))).toBe('')
  })
})

describe('the targets Box does not know', () => {
  it('lists those not sent, the first few, and says the rest were accepted only when they were', () => {
    const ledger = ledgerOf(ids(5), {
      lookups: { '1': 'not_found', '2': 'not_found', '3': 'not_found' }
    })
    expect(notFoundLine(ledger, 2)).toBe(
      'Not found in Box, so not sent: user-ids "1"; user-ids "2"; and 1 more. Box accepted the jobs to end the sessions of every other target.'
    )
    expect(notFoundLine(ledger, 3)).toBe(
      'Not found in Box, so not sent: user-ids "1"; user-ids "2"; user-ids "3". Box accepted the jobs to end the sessions of every other target.'
    )
    expect(notFoundLine(ledgerOf(ids(2)), 10)).toBeUndefined()
  })

  it('claims nothing of the others when some were left, none accepted, or the run was cut', () => {
    const lookups = { '1': 'not_found' } as const
    const left = ledgerOf(ids(3), { batchSize: 1, lookups, answers: [accepted(), refused()] })
    const noneAccepted = ledgerOf(ids(1), { lookups })
    const cancelled = ledgerOf(ids(3), { lookups })
    cancelled.cancelled = true
    const stopped = ledgerOf(ids(3), { lookups })
    stopped.error = 'stopped'
    for (const ledger of [left, noneAccepted, cancelled, stopped]) {
      expect(notFoundLine(ledger, 10)).toBe('Not found in Box, so not sent: user-ids "1".')
    }
    const dry = ledgerOf(ids(3), { dryRun: true, lookups })
    expect(notFoundLine(dry, 10)).toBe(
      'Not found in Box, so a real run would not send them: user-ids "1".'
    )
  })

  it('names those Box refused alone with its own 404, in its words', () => {
    const ledger = ledgerOf(ids(3), {
      batchSize: 1,
      answers: [accepted(), refused('Box API 404 not_found on users/terminate_sessions', 404)]
    })
    ledger.entries[1]!.outcome = 'not_found'
    expect(notFoundLine(ledger, 10)).toBe(
      'Not found in Box, which refused a request for each alone with its own 404: user-ids "2" (Box API 404 not_found on users/terminate_sessions).'
    )
    // With one a lookup did not find, the two sentences one after the other.
    const both = ledgerOf(ids(3), {
      batchSize: 1,
      lookups: { '3': 'not_found' },
      answers: [accepted(), refused('Box API 404 not_found on users/terminate_sessions', 404)]
    })
    both.entries[1]!.outcome = 'not_found'
    expect(notFoundLine(both, 10)).toBe(
      'Not found in Box, so not sent: user-ids "3". Not found in Box, which refused a request for each alone with its own 404: user-ids "2" (Box API 404 not_found on users/terminate_sessions). Box accepted the jobs to end the sessions of every other target.'
    )
  })
})

describe('a cancelled run', () => {
  it('says how many Box accepted, where the others are, and what else ended them', () => {
    const ledger = ledgerOf(
      [
        ...ids(3),
        target('user-ids', '8'),
        target('user-logins', 'ada@example.com'),
        target('user-ids', '9')
      ],
      {
        batchSize: 1,
        lookups: {
          '8': user('8', { login: 'ada@example.com' }),
          'ada@example.com': user('8'),
          '9': 'not_found'
        },
        answers: [accepted(), accepted()]
      }
    )
    ledger.cancelled = true
    expect(cancelledLine(ledger, 'left.json')).toBe(
      'Cancelled: Box accepted 2 of 6 targets; the 2 others are in left.json; 1 not found in Box; 1 covered by an ID'
    )
    expect(cancelledLine(ledger, '')).toBe(
      'Cancelled: Box accepted 2 of 6 targets; the 2 others are named in the log, as the remainder file could not be written; 1 not found in Box; 1 covered by an ID'
    )
    const one = ledgerOf(ids(2), { answers: [] })
    expect(cancelledLine(one, '', 'in the outputs')).toBe(
      'Cancelled: Box accepted 0 of 2 targets; the 2 others are in the outputs'
    )
    const all = ledgerOf(ids(1))
    expect(cancelledLine(all, 'left.json')).toBe('Cancelled: Box accepted 1 of 1 target')
    const single = ledgerOf(ids(2), { batchSize: 1, answers: [accepted()] })
    expect(cancelledLine(single, 'left.json')).toBe(
      'Cancelled: Box accepted 1 of 2 targets; the other is in left.json'
    )
  })

  it('says when nothing was sent', () => {
    const one = createLedger(ids(1), false)
    one.cancelledBeforeSending = true
    closeLedger(one)
    expect(cancelledLine(one, 'left.json')).toBe(
      'Cancelled before anything was sent: the target is in left.json'
    )
    const many = createLedger(ids(1500), false)
    many.cancelledBeforeSending = true
    closeLedger(many)
    expect(cancelledLine(many, '', 'in the outputs')).toBe(
      'Cancelled before anything was sent: the 1,500 targets are in the outputs'
    )
  })
})

describe('what a lookup said of a target', () => {
  const entryOf = (ledger: Ledger, value: string): Entry =>
    ledger.entries.find(e => e.target.value === value)!

  it('names who Box says each is, or why it does not say', () => {
    const ledger = ledgerOf([...ids(4), target('group-ids', '7'), target('group-ids', '8')], {
      lookups: {
        '1': { id: '1', name: 'Ada', login: 'ada@example.com' },
        '2': 'not_found',
        '3': 'unverified',
        '7': { id: '7', name: 'Ops' },
        '8': { id: '8', name: 'Dev' }
      }
    })
    const ada = entryOf(ledger, '1')
    ada.found = { ...ada.found!, status: 'active', role: 'admin' }
    recordMembers(entryOf(ledger, '7'), 1234)
    expect(describeLookup(ada)).toBe('Ada <ada@example.com>, user 1, active, role admin')
    expect(describeLookup(entryOf(ledger, '2'))).toBe('not found in Box (user-ids)')
    expect(describeLookup(entryOf(ledger, '3'))).toBe('not verified: Box API 403 on users/9')
    expect(describeLookup(entryOf(ledger, '4'))).toBe('not looked up')
    expect(describeLookup(entryOf(ledger, '7'))).toBe('group Ops (7), about 1,234 members')
    expect(describeLookup(entryOf(ledger, '8'))).toBe('group Dev (8), members unknown')
    const bare = { ...ada, found: { id: '1', name: 'Ada' } }
    expect(describeLookup(bare)).toBe('Ada <>, user 1, status unknown, role unknown')
    const unsaid = { ...ada, lookup: 'unverified' as const }
    delete unsaid.detail
    expect(describeLookup(unsaid)).toBe('not verified: ')
  })

  it('says a user of another enterprise is external, where the run knows its own', () => {
    const ledger = ledgerOf(ids(3), {
      lookups: { '1': user('1'), '2': user('2'), '3': user('3') }
    })
    const [theirs, none, ours] = ledger.entries as [Entry, Entry, Entry]
    theirs.found = { ...theirs.found!, enterprise: '77' }
    none.found = { ...none.found!, enterprise: '' }
    ours.found = { ...ours.found!, enterprise: '42' }
    expect(externalLine(ledger, 10)).toBeUndefined()
    expect(describeLookup(theirs, ledger)).toBe('User 1 <>, user 1, status unknown, role unknown')
    ledger.actingEnterprise = '42'
    expect(describeLookup(theirs, ledger)).toBe(
      'User 1 <>, user 1, status unknown, role unknown, an external user (enterprise 77): Box may not end their sessions'
    )
    expect(describeLookup(ours, ledger)).toBe('User 3 <>, user 3, status unknown, role unknown')
    expect(externalWords(none)).toBe(
      'an external user (no enterprise): Box may not end their sessions'
    )
    expect(externalLine(ledger, 1)).toBe(
      '2 targets are users of another enterprise than the one the run acts in (external collaborators): Box may not end their sessions, and they are sent as given: user-ids "1"; and 1 more'
    )
    none.found = { ...none.found, enterprise: '42' }
    expect(externalLine(ledger, 10)).toBe(
      '1 target is a user of another enterprise than the one the run acts in (external collaborators): Box may not end their sessions, and it is sent as given: user-ids "1"'
    )
  })

  it('says why a target sent as the ID Box finds was not sent', () => {
    const entry = createLedger(ids(1), false).entries[0]!
    expect(unsendableWords(entry)).toBe(
      'could not be looked up, so it could not be sent (its request carries the ID Box finds)'
    )
    entry.detail = 'Box API 403 on users'
    expect(unsendableWords(entry)).toBe(
      'could not be looked up, so it could not be sent (its request carries the ID Box finds): Box API 403 on users'
    )
  })
})

describe("the step's failure", () => {
  it('says what stopped the run, then Box’s words for each refused request, then what is left', () => {
    const errors = Array.from(
      { length: 12 },
      (_, i) => `Box API 400 bad_request on users/terminate_sessions: no ${i}`
    )
    const ledger = ledgerOf([...ids(13), target('user-ids', '99')], {
      batchSize: 1,
      lookups: { '99': 'not_found' },
      answers: [...errors.map(e => refused(e, 400)), accepted()]
    })
    ledger.error = 'Box stopped answering'
    expect(
      failureLines(ledger, settings, 'left.json', ['the summary could not be written'])
    ).toEqual([
      'Box stopped answering',
      ...errors.slice(0, 10),
      'Not found in Box, so not sent: user-ids "99".',
      '12 targets were not accepted by Box; run again with targets-file: left.json',
      'the summary could not be written'
    ])
    // Without fail-on-unknown the unknown target is no failure; without a file, the log names them.
    expect(failureLines(ledger, noUnknownFailure, '', [])).toEqual([
      'Box stopped answering',
      ...errors.slice(0, 10),
      '12 targets were not accepted by Box; they are named in the log, as the remainder file could not be written'
    ])
  })

  it('leads with the cancellation, and names no remainder twice', () => {
    const ledger = ledgerOf(ids(2), { batchSize: 1, answers: [accepted()] })
    ledger.cancelled = true
    expect(failureLines(ledger, settings, 'left.json', [])).toEqual([
      'Cancelled: Box accepted 1 of 2 targets; the other is in left.json'
    ])
  })

  it('says one target left as one, and makes every line safe for the log', () => {
    const ledger = ledgerOf(ids(1), { answers: [refused('Box said\n::error::no', 400)] })
    expect(failureLines(ledger, settings, 'left.json', [])).toEqual([
      'Box said\\n::error::no',
      '1 target was not accepted by Box; run again with targets-file: left.json'
    ])
  })
})
