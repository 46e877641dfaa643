import { describe, expect, it } from '@jest/globals'
import {
  GRACE_MS,
  graceFor,
  LEAST_GRACE_MS,
  RECORD_DEADLINE_MS,
  RECORD_TO_LEDGER
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
