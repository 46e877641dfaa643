import type { Clock } from './clock.js'

/**
 * One gate for every request of a run: a 429 closes it until Box's wait has passed, and every
 * request waits at it before it starts, so the run slows to Box's pace instead of hammering it.
 */
export interface Gate {
  /** Resolves once the gate is open, or as soon as `signal` fires. */
  wait(signal?: AbortSignal): Promise<void>
  /** Keeps the gate closed for at least `ms` from now. */
  pause(ms: number): void
}

export function createGate(clock: Pick<Clock, 'now' | 'sleep'>): Gate {
  let openAt = 0
  return {
    async wait(signal) {
      // Answers that came in together are all read first: a 429 among them closes the gate
      // before the request that another one's 2xx frees goes out.
      await new Promise(resolve => setImmediate(resolve))
      while (clock.now() < openAt && !signal?.aborted) {
        await clock.sleep(openAt - clock.now(), signal)
      }
    },
    pause(ms) {
      openAt = Math.max(openAt, clock.now() + ms)
    }
  }
}
