import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import fs from 'node:fs'
import path from 'node:path'
import {
  createOutputFolder,
  openReport,
  partialName,
  writeRemainder,
  type FileIo
} from '../../src/action/files.js'
import { planBatches } from '../../src/run/batches.js'
import {
  closeLedger,
  createLedger,
  entriesToSend,
  recordBatch,
  recordBatches,
  recordBatchStarted,
  recordStopped,
  settleCancelled,
  settleNotStarted,
  type Ledger
} from '../../src/run/ledger.js'
import { accepted, ledgerOf, refused } from '../helpers/ledgers.js'
import { ids, target } from '../helpers/targets.js'
import { tempFolder } from '../helpers/temp.js'

// The report's rows say why each target ended as it did, and the files are written the way their
// readers need: each opened, written and closed once, in large writes, byte for byte.

const folder = () => createOutputFolder(tempFolder('tbs-rows-'))

/** node:fs, with a count of each call the run's files make. */
function countingIo(failWrite = false): FileIo & { calls: Record<string, number> } {
  const calls: Record<string, number> = {}
  const count = <A extends unknown[], R>(name: string, call: (...args: A) => R) => {
    return (...args: A): R => {
      calls[name] = (calls[name] ?? 0) + 1
      return call(...args)
    }
  }
  return {
    calls,
    openSync: count('open', fs.openSync as (...args: unknown[]) => number),
    writeSync: count('write', (...args: unknown[]) => {
      if (failWrite) throw new Error('EIO: i/o error, write')
      return (fs.writeSync as (...a: unknown[]) => number)(...args)
    }),
    closeSync: count('close', fs.closeSync),
    renameSync: count('rename', fs.renameSync),
    unlinkSync: count('unlink', fs.unlinkSync)
  }
}

/** Every row of the report of a closed ledger, by column. */
function rowsOf(ledger: Ledger): Record<string, string>[] {
  const file = path.join(folder(), 'report.csv')
  const report = openReport(file, ledger)
  report.finish()
  expect(report.error).toBeUndefined()
  return parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { columns: true })
}

/** A ledger whose one batch of `count` user IDs was planned and not yet sent. */
function planned(count: number): Ledger {
  const ledger = createLedger(ids(count), false)
  recordBatches(ledger, planBatches(entriesToSend(ledger), 1000))
  return ledger
}

const requestCells = (row: Record<string, string> | undefined) => [
  row?.batch,
  row?.status,
  row?.request_id,
  row?.answered_at
]

describe('the report’s rows', () => {
  it('say why a target was not sent, naming the batch it was planned in and no answer', () => {
    const stopped = planned(1)
    recordStopped(stopped, 'Box API 401 on users/me')
    closeLedger(stopped)
    const [row] = rowsOf(stopped)
    expect(row?.outcome).toBe('not_sent')
    expect(row?.detail).toBe('the run stopped before terminating: Box API 401 on users/me')
    expect(requestCells(row)).toEqual(['users/terminate_sessions', '', '', ''])

    const unsent = planned(1)
    closeLedger(unsent)
    expect(rowsOf(unsent)[0]?.detail).toBe('not sent')

    const dry = ledgerOf(ids(1), { dryRun: true })
    expect(rowsOf(dry)[0]?.detail).toBe('dry run')

    const cancelled = planned(1)
    settleNotStarted(cancelled)
    settleCancelled(cancelled)
    expect(rowsOf(cancelled)[0]?.detail).toBe('the run was cancelled before it was sent')

    // Cancelled while its request waited to be sent again: Box's words on the request it refused.
    const waiting = planned(1)
    const batch = waiting.batches[0]!
    recordBatchStarted(batch)
    recordBatch(
      batch,
      Object.assign(refused('Box API 429 on users/terminate_sessions', 429), {
        cancelled: true as const,
        sent: false
      })
    )
    closeLedger(waiting)
    const [last] = rowsOf(waiting)
    expect([last?.outcome, last?.detail]).toEqual([
      'not_sent',
      'Box API 429 on users/terminate_sessions'
    ])
  })

  it('say a request cut before Box answered may have reached it, with no answer named', () => {
    const ledger = planned(2)
    recordBatchStarted(ledger.batches[0]!)
    settleNotStarted(ledger)
    settleCancelled(ledger)
    const rows = rowsOf(ledger)
    expect(rows.map(r => [r.outcome, r.detail, ...requestCells(r)])).toEqual([
      ['failed', 'sent, and the run was cancelled before Box answered', '', '', '', ''],
      ['failed', 'sent, and the run was cancelled before Box answered', '', '', '', '']
    ])
  })

  it('give Box’s refusal cut to 300 characters, and say what a login was sent as', () => {
    const long = `Box API 400 on users/terminate_sessions: ${'x'.repeat(400)}`
    const targets = [...ids(2), target('user-logins', 'ada@example.com')]
    const ledger = ledgerOf(targets, {
      batchSize: 1,
      lookups: {
        '1': { id: '1', name: 'Ada', login: 'ada@example.com' },
        '2': { id: '2', name: 'Bo' },
        'ada@example.com': { id: '1', name: 'Ada', login: 'ada@example.com' }
      },
      answers: [accepted('ok', 'rid-1'), refused(long, 400)]
    })
    const rows = rowsOf(ledger)
    expect(rows[1]?.detail).toBe(long.slice(0, 300))
    expect(rows[2]?.outcome).toBe('covered')
    expect(rows[2]?.detail).toBe('sent as user-ids 1, which Box accepted')
    expect(rows[2]?.request_id).toBe('rid-1')
  })

  it('say a target Box did not verify was sent as given, with the reason or none', () => {
    const ledger = ledgerOf(ids(2), { lookups: { '1': 'unverified', '2': 'unverified' } })
    ledger.entries[1]!.detail = undefined
    expect(rowsOf(ledger).map(r => r.detail)).toEqual([
      'not verified: Box API 403 on users/9',
      'not verified: '
    ])
  })

  it('keep each row in input order when a quoted row comes before a plain one', () => {
    const targets = [target('user-logins', 'o"neil@example.com'), target('user-ids', '2')]
    const ledger = ledgerOf(targets, {
      lookups: {
        'o"neil@example.com': { id: '1', name: 'O', login: 'o"neil@example.com' },
        '2': { id: '2', name: 'T' }
      }
    })
    expect(rowsOf(ledger).map(r => [r.user_login, r.user_id])).toEqual([
      ['o"neil@example.com', ''],
      ['', '2']
    ])
  })

  it('tell apart rows whose other cells join alike', () => {
    const ledger = ledgerOf(ids(2), {
      lookups: { '1': { id: '9\u001fa', name: 'b' }, '2': { id: '9', name: 'a\u001fb' } }
    })
    expect(rowsOf(ledger).map(r => [r.box_id, r.name])).toEqual([
      ['9\u001fa', 'b'],
      ['9', 'a\u001fb']
    ])
    const plain = ledgerOf(ids(2), {
      lookups: { '1': { id: '9a', name: 'b' }, '2': { id: '9', name: 'ab' } }
    })
    expect(rowsOf(plain).map(r => [r.box_id, r.name])).toEqual([
      ['9a', 'b'],
      ['9', 'ab']
    ])
  })
})

describe('the run’s files', () => {
  afterEach(() => {
    jest.useRealTimers()
  })

  it('are each opened, renamed and closed once, the report in one write of many rows', () => {
    const ledger = ledgerOf(ids(3_000), { batchSize: 1000 })
    const dir = folder()
    const io = countingIo()
    const report = openReport(path.join(dir, 'report.csv'), ledger, io)
    report.flush()
    report.finish()
    // Nothing is written once the report is closed, and no error comes of trying.
    report.flush()
    expect(report.error).toBeUndefined()
    expect(io.calls).toEqual({ open: 1, write: 1, close: 1, rename: 1 })
    expect(fs.readFileSync(path.join(dir, 'report.csv'), 'utf8').split('\n')).toHaveLength(3_002)

    const remainderIo = countingIo()
    writeRemainder(path.join(dir, 'failed.json'), ledger.entries.slice(0, 2), remainderIo)
    expect(remainderIo.calls).toEqual({ open: 1, write: 1, close: 1, rename: 1 })
  })

  it('stop writing at a failed write, close once and leave no partial file', () => {
    const ledger = ledgerOf(ids(2))
    const dir = folder()
    const file = path.join(dir, 'report.csv')
    const io = countingIo(true)
    const report = openReport(file, ledger, io)
    report.flush()
    report.flush()
    report.finish()
    expect(report.error).toEqual(new Error('EIO: i/o error, write'))
    expect(io.calls).toEqual({ open: 1, write: 1, close: 1, unlink: 1 })
    expect(fs.readdirSync(dir)).toEqual([])

    const remainderIo = countingIo(true)
    expect(() =>
      writeRemainder(path.join(dir, 'failed.json'), ledger.entries, remainderIo)
    ).toThrow('EIO: i/o error, write')
    expect(remainderIo.calls).toEqual({ open: 1, write: 1, close: 1, unlink: 1 })
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('write the remainder byte for byte, logins outside ASCII included', () => {
    const logins = ['zoë@example.com', 'δοκιμή@example.com', '😀@example.com']
    const ledger = ledgerOf(
      logins.map(v => target('user-logins', v)),
      { answers: [refused()] }
    )
    const file = path.join(folder(), 'failed.json')
    writeRemainder(file, ledger.entries)
    expect(fs.readFileSync(file, 'utf8')).toBe(
      `${JSON.stringify({ user_ids: [], user_logins: logins, group_ids: [] })}\n`
    )
  })

  it('write, once cancelled, the rows made ready past a request in flight between and after them, up to the last target', () => {
    const ledger = createLedger(ids(8), false)
    recordBatches(ledger, planBatches(entriesToSend(ledger), 2))
    const [first, , third] = ledger.batches
    recordBatchStarted(first!)
    recordBatchStarted(third!)
    const file = path.join(folder(), 'report.csv')
    const report = openReport(file, ledger)
    // The other batches will not start: their rows are made ready while the first finishes.
    settleNotStarted(ledger)
    report.flush()
    recordBatch(first!, accepted())
    report.flush()
    recordBatch(third!, accepted())
    settleCancelled(ledger)
    closeLedger(ledger)
    report.finish()
    expect(report.error).toBeUndefined()
    const rows = parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { columns: true })
    expect(rows.map(r => [r.user_id, r.outcome])).toEqual([
      ['1', 'accepted'],
      ['2', 'accepted'],
      ['3', 'not_sent'],
      ['4', 'not_sent'],
      ['5', 'accepted'],
      ['6', 'accepted'],
      ['7', 'not_sent'],
      ['8', 'not_sent']
    ])
  })

  it('leave no turn asked for once finished', () => {
    jest.useFakeTimers()
    const ledger = ledgerOf(ids(2))
    const report = openReport(path.join(folder(), 'report.csv'), ledger)
    report.flushSoon()
    expect(jest.getTimerCount()).toBe(1)
    report.finish()
    expect(jest.getTimerCount()).toBe(0)
  })

  it('write 1,000 rows a turn as the run goes, and stop asking for turns once all are written', () => {
    jest.useFakeTimers()
    const ledger = ledgerOf(ids(2_500), { batchSize: 1000 })
    const file = path.join(folder(), 'report.csv')
    const report = openReport(file, ledger)
    // Rows written so far, the heading not counted.
    const written = () =>
      Math.max(0, fs.readFileSync(partialName(file), 'utf8').split('\n').length - 2)
    report.flushSoon()
    report.flushSoon()
    expect(fs.readFileSync(partialName(file), 'utf8')).toBe('')
    jest.advanceTimersToNextTimer()
    expect(written()).toBe(1_000)
    jest.advanceTimersToNextTimer()
    expect(written()).toBe(2_000)
    jest.advanceTimersToNextTimer()
    expect(written()).toBe(2_500)
    expect(jest.getTimerCount()).toBe(0)
    report.finish()
    expect(report.error).toBeUndefined()
  })
})
