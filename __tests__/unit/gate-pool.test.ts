import { describe, expect, it } from '@jest/globals'
import { createGate } from '../../src/net/gate.js'
import { mapWithLimit } from '../../src/net/pool.js'
import { fakeClock } from '../helpers/fake-clock.js'

describe('the rate-limit gate', () => {
  it('is open until paused, then holds every waiter until the longest pause has passed', async () => {
    const { clock, sleeps, advance } = fakeClock()
    const gate = createGate(clock)
    await gate.wait()
    expect(sleeps).toEqual([])
    gate.pause(3000)
    gate.pause(1000)
    advance(500)
    await gate.wait()
    expect(sleeps).toEqual([2500])
    await gate.wait()
    expect(sleeps).toEqual([2500])
  })
})

describe('mapWithLimit', () => {
  it('runs at most `limit` at once, starts them in order and keeps the results in order', async () => {
    let running = 0
    let most = 0
    const started: number[] = []
    const results = await mapWithLimit([30, 10, 20, 0, 5], 2, async (ms, index) => {
      started.push(index)
      running++
      most = Math.max(most, running)
      await new Promise(resolve => setTimeout(resolve, ms))
      running--
      return ms * 2
    })
    expect(results).toEqual([60, 20, 40, 0, 10])
    expect(started).toEqual([0, 1, 2, 3, 4])
    expect(most).toBe(2)
  })

  it('takes an empty list', async () => {
    expect(await mapWithLimit([], 4, () => Promise.resolve(1))).toEqual([])
  })
})
