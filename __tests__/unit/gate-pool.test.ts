import { describe, expect, it } from '@jest/globals'
import { systemClock } from '../../src/net/clock.js'
import { createGate } from '../../src/net/gate.js'
import { forEachWithLimit } from '../../src/net/pool.js'
import { createStop } from '../../src/net/stop.js'
import { fakeClock } from '../helpers/fake-clock.js'

describe('the rate-limit gate', () => {
  /** Starts `count` requests at the gate, `ms` apart on the fake clock; the times they started. */
  async function startEvery(
    gate: ReturnType<typeof createGate>,
    advance: (ms: number) => void,
    count: number,
    ms: number
  ): Promise<number[]> {
    const started: number[] = []
    for (let i = 0; i < count; i++) {
      started.push(await gate.wait())
      advance(ms)
    }
    return started
  }

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

  it('returns when each request starts, and keeps no pace before a 429', async () => {
    const { clock, sleeps, advance } = fakeClock(0)
    const gate = createGate(clock)
    expect(await startEvery(gate, advance, 5, 10)).toEqual([0, 10, 20, 30, 40])
    expect(sleeps).toEqual([])
    // A 429 with no start to learn from (none before it) closes the gate and sets no pace.
    expect(gate.pause(1000)).toBeUndefined()
    expect(await gate.wait()).toBe(1050)
    expect(await gate.wait()).toBe(1050)
  })

  /** Ten requests start within a second; the one started at 1000 is refused with a wait of 1 s. */
  async function afterA429() {
    const { clock, sleeps, advance } = fakeClock(0)
    const gate = createGate(clock)
    const started = await startEvery(gate, advance, 11, 100)
    // 10 started in [0, 1000), so one per 110 ms.
    const pace = gate.pause(1000, 1000)
    const after: number[] = []
    for (let i = 0; i < 4; i++) after.push(await gate.wait())
    return { gate, started, pace, after, sleeps }
  }

  it('after a 429, keeps starts apart by the pace Box let through in the second before, and a margin', async () => {
    const { started, pace, after, sleeps } = await afterA429()
    expect(started.at(-1)).toBe(1000)
    expect(pace).toBe(110)
    expect(after).toEqual([2100, 2210, 2320, 2430])
    expect(sleeps).toEqual([1000, 110, 110, 110])
  })

  it('learns a later pace from the starts since the gate opened, not the second it was closed for', async () => {
    // Box took 3 requests since the gate opened at 2100 (the second it was closed for counts
    // none): 3 a second, so one per 367 ms.
    const first = await afterA429()
    expect(first.gate.pause(0, 2430)).toBe(367)
    // A window that holds only 2 of the starts: one per 550 ms.
    const second = await afterA429()
    expect(second.gate.pause(0, 2216)).toBe(550)
  })

  it('reads the 429s that came together in any order: the slowest pace they show is kept', async () => {
    const { clock, advance } = fakeClock(0)
    const gate = createGate(clock)
    await startEvery(gate, advance, 11, 100)
    // Refusals of the requests started at 1000 and at 900, read in that order: Box took 10
    // before the one, but only 9 before the other, so one per 123 ms.
    expect(gate.pause(1000, 1000)).toBe(110)
    expect(gate.pause(1000, 1000)).toBeUndefined()
    expect(gate.pause(1000, 900)).toBe(123)
  })

  it('slows a pace by its margin when a request that kept it is refused', async () => {
    // Ten starts at the kept pace of 110 ms, from 2100 to 3090: they would teach 110 ms again,
    // which Box refused, so one per 121 ms.
    const { gate } = await afterA429()
    const more: number[] = []
    for (let i = 0; i < 6; i++) more.push(await gate.wait())
    expect(more.at(-1)).toBe(3090)
    expect(gate.pause(0, 3100)).toBe(121)
  })

  it('learns no pace from a single start before the 429: one request says nothing of a rate', async () => {
    const { clock, advance } = fakeClock(5000)
    const gate = createGate(clock)
    await gate.wait()
    advance(100)
    expect(gate.pause(500, 5100)).toBeUndefined()
    // Two do: 2 started in the second before the refused one, so one per 550 ms.
    const fresh = createGate(clock)
    await fresh.wait()
    advance(100)
    await fresh.wait()
    advance(100)
    expect(fresh.pause(0, clock.now())).toBe(550)
  })

  it('counts only the starts since the gate last opened before the refused request started', async () => {
    const { clock, advance } = fakeClock(0)
    const gate = createGate(clock)
    // Six starts, a short pause that teaches nothing, then three more after it.
    await startEvery(gate, advance, 6, 100)
    expect(gate.pause(100)).toBeUndefined()
    expect(await startEvery(gate, advance, 3, 100)).toEqual([700, 800, 900])
    // Refused at 1000: the three since 700 count, not the six before the pause.
    expect(gate.pause(0, 1000)).toBe(367)
  })

  it('slows the pace when the first request after the gate opened is refused', async () => {
    const { gate } = await afterA429()
    expect(gate.pause(0, 2100)).toBe(121)
  })

  it('counts no start for a request the stop keeps from starting', async () => {
    const { clock, advance } = fakeClock(5000)
    const gate = createGate(clock)
    const stop = createStop()
    await gate.wait()
    advance(100)
    stop.stop()
    expect(await gate.wait(stop.stopping)).toBe(5100)
    advance(100)
    // One start before the refused one: no pace (two would teach one per 550 ms).
    expect(gate.pause(0, 5200)).toBeUndefined()
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
