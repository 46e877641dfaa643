import type { Clock } from '../../src/net/clock.js'

/** A clock whose sleeps advance time at once and are recorded, so retry timing is tested with no real waits. */
export function fakeClock(start = Date.UTC(2026, 10, 30, 12, 0, 0), random = 0.5) {
  let now = start
  const sleeps: number[] = []
  const clock: Clock = {
    now: () => now,
    sleep: ms => {
      sleeps.push(ms)
      now += ms
      return Promise.resolve()
    },
    random: () => random
  }
  return { clock, sleeps, advance: (ms: number) => (now += ms) }
}
