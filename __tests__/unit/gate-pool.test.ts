import { describe, expect, it } from '@jest/globals'
import { systemClock } from '../../src/net/clock.js'
import { createGate } from '../../src/net/gate.js'
import { forEachWithLimit } from '../../src/net/pool.js'
import { createStop } from '../../src/net/stop.js'
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

  it('lets a waiter go at once when the run is stopping', async () => {
    const gate = createGate(systemClock)
    const stop = createStop()
    gate.pause(60_000)
    const waiting = gate.wait(stop.stopping)
    stop.stop()
    const started = Date.now()
    await waiting
    expect(Date.now() - started).toBeLessThan(30_000)
  })
})

describe('the system clock', () => {
  it('ends a sleep when the signal fires, and one whose signal already fired at once', async () => {
    const stop = createStop()
    const sleeping = systemClock.sleep(60_000, stop.stopping)
    stop.stop()
    await sleeping
    await systemClock.sleep(60_000, stop.stopping)
    expect(stop.stopping.aborted).toBe(true)
  })
})

describe('forEachWithLimit', () => {
  it('runs at most `limit` at once and starts them in order', async () => {
    let running = 0
    let most = 0
    const started: number[] = []
    await forEachWithLimit([30, 10, 20, 0, 5], 2, async ms => {
      started.push(ms)
      running++
      most = Math.max(most, running)
      await new Promise(resolve => setTimeout(resolve, ms))
      running--
    })
    expect(started).toEqual([30, 10, 20, 0, 5])
    expect(most).toBe(2)
  })

  it('starts nothing more once the run is stopping, and lets what started finish', async () => {
    const stop = createStop()
    const finished: number[] = []
    await forEachWithLimit(
      [1, 2, 3, 4, 5, 6],
      2,
      async n => {
        if (n === 3) stop.stop()
        await new Promise(resolve => setTimeout(resolve, 5))
        finished.push(n)
      },
      stop.stopping
    )
    expect(finished.sort()).toEqual([1, 2, 3])
  })

  it('takes an empty list', async () => {
    let calls = 0
    await forEachWithLimit([], 4, () => Promise.resolve(void calls++))
    expect(calls).toBe(0)
  })
})

describe('the stop', () => {
  it('stops new requests at once when it cuts those in flight', () => {
    const first = createStop()
    first.stop()
    expect([first.stopping.aborted, first.cut.aborted]).toEqual([true, false])
    const second = createStop()
    second.cutNow()
    expect([second.stopping.aborted, second.cut.aborted]).toEqual([true, true])
  })
})
