import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { createGuards } from '../../bench/guards.js'

describe('the benchmark’s guards', () => {
  afterEach(() => {
    jest.restoreAllMocks()
  })

  it('under --strict, make the run fail when a guard is not met, and list each verdict', () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined)
    const guards = createGuards()
    guards.verdict('one user', true, '0.92× the plain toolkit job')
    expect([guards.exitCode(true), guards.exitCode(false)]).toEqual([0, 0])
    // A guard tightened past what was measured: 1.17× against a goal of at most 1.0×.
    guards.verdict('100,000 targets', 1.17 <= 1.0, '1.17× (goal: at most 1.0×)')
    expect(guards.exitCode(true)).toBe(1)
    expect(guards.exitCode(false)).toBe(0)
    expect(guards.failed().map(g => g.what)).toEqual(['100,000 targets'])
    expect(guards.lines()).toEqual([
      '✅ one user: 0.92× the plain toolkit job',
      '❌ 100,000 targets: 1.17× (goal: at most 1.0×)'
    ])
  })
})
