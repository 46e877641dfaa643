import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
  GRACE_MS,
  graceFor,
  LEAST_GRACE_MS,
  RECORD_DEADLINE_MS,
  RECORD_TO_LEDGER,
  watchSignals
} from '../../src/action/signals.js'

describe('the grace after the first signal', () => {
  it('is 5 s for a run whose record is quick to write', () => {
    expect(graceFor(0)).toBe(GRACE_MS)
    expect(graceFor(1)).toBe(5_000)
    // Writing the record would end exactly at the deadline after a 5 s grace.
    expect(graceFor((RECORD_DEADLINE_MS - GRACE_MS) / RECORD_TO_LEDGER)).toBe(5_000)
    expect(graceFor(200)).toBe(5_000)
  })

  it('is 6 s less 5 times the time the ledger took, in tenths of a second', () => {
    expect([RECORD_DEADLINE_MS, RECORD_TO_LEDGER]).toEqual([6_000, 5])
    expect(graceFor(201)).toBe(5_000)
    expect(graceFor(400)).toBe(4_000)
    expect(graceFor(251)).toBe(4_700)
    expect(graceFor(259)).toBe(4_700)
    expect(graceFor(261)).toBe(4_700)
    expect(graceFor(269)).toBe(4_700)
    expect(graceFor(271)).toBe(4_600)
  })

  it('never falls under 1 s, however large the run', () => {
    expect(graceFor(1_000)).toBe(LEAST_GRACE_MS)
    expect(graceFor(10_000)).toBe(1_000)
    expect(graceFor(980)).toBe(1_100)
  })
})

describe('the signals of a cancelled run', () => {
  afterEach(() => {
    jest.useRealTimers()
  })

  it('stops at the first, cuts after the grace or at the second, and after disposal does neither', () => {
    jest.useFakeTimers()
    const listeners = () => process.listenerCount('SIGINT') + process.listenerCount('SIGTERM')
    const before = listeners()
    const seen: string[] = []
    const watch = watchSignals(
      signal => seen.push(`first ${signal}`),
      signal => seen.push(`second ${signal}`),
      1_000
    )
    process.emit('SIGINT', 'SIGINT')
    expect(seen).toEqual(['first SIGINT'])
    expect([watch.stop.stopping.aborted, watch.stop.cut.aborted]).toEqual([true, false])
    jest.advanceTimersByTime(999)
    expect(watch.stop.cut.aborted).toBe(false)
    jest.advanceTimersByTime(1)
    expect(watch.stop.cut.aborted).toBe(true)
    process.emit('SIGTERM', 'SIGTERM')
    expect(seen).toEqual(['first SIGINT', 'second SIGTERM'])
    watch.dispose()

    // The second signal within the grace cuts at once.
    const hurried = watchSignals(
      () => undefined,
      signal => seen.push(`second hurried ${signal}`),
      1_000
    )
    process.emit('SIGINT', 'SIGINT')
    process.emit('SIGTERM', 'SIGTERM')
    expect(hurried.stop.cut.aborted).toBe(true)
    hurried.dispose()

    // Disposed within its grace: the timer is cleared, and signals reach it no more.
    const quiet = watchSignals(
      signal => seen.push(`first again ${signal}`),
      signal => seen.push(`second again ${signal}`),
      1_000
    )
    process.emit('SIGTERM', 'SIGTERM')
    quiet.dispose()
    jest.advanceTimersByTime(1_000)
    expect(quiet.stop.cut.aborted).toBe(false)
    process.emit('SIGTERM', 'SIGTERM')
    expect(seen).toEqual([
      'first SIGINT',
      'second SIGTERM',
      'second hurried SIGTERM',
      'first again SIGTERM'
    ])
    expect(listeners()).toBe(before)
  })
})
