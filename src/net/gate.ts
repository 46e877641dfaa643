import type { Clock } from './clock.js'

/**
 * One gate for every request of a run: a 429 closes it until Box's wait has passed, and every
 * request waits at it before it starts, so the run slows to Box's pace instead of hammering it.
 * Once a 429 shows how many requests Box took in the second before it, requests start no closer
 * together than that pace allows, with a margin, so that the run keeps under the limit instead of
 * meeting it again each second.
 */
export interface Gate {
  /**
   * Resolves once the gate is open and the pace lets a request start, or as soon as `signal`
   * fires: with the time the request starts.
   */
  wait(signal?: AbortSignal): Promise<number>
  /**
   * A 429 to the request that started at `startedAt`: keeps the gate closed for at least `ms` from
   * now, and learns a pace from the requests that started in the second before it. Returns the
   * time between starts it now keeps, when this 429 set it.
   */
  pause(ms: number, startedAt?: number): number | undefined
}

/** The span a rate limit is counted over: Box's limits are per second or longer. */
const PACE_WINDOW_MS = 1000
/** Starts kept apart by this much more than the pace Box let through, in tenths: 10 % more. */
const PACE_MARGIN_TENTHS = 11
/** Fewer requests than this in the second before a 429 teach no pace: they say nothing of a rate. */
const LEAST_TO_LEARN = 2

export function createGate(clock: Pick<Clock, 'now' | 'sleep'>): Gate {
  let openAt = 0
  /** Milliseconds kept between starts once a 429 taught a pace; 0 until then. */
  let spacing = 0
  let nextStart = 0
  /** When recent requests started, oldest first: what a 429 learns the pace from. */
  const starts: number[] = []
  return {
    async wait(signal) {
      // Answers that came in together are all read first: a 429 among them closes the gate
      // before the request that another one's 2xx frees goes out.
      await new Promise(resolve => setImmediate(resolve))
      // Each waiter that wakes checks again: another may have taken the start it slept until.
      while (clock.now() < Math.max(openAt, nextStart) && !signal?.aborted) {
        await clock.sleep(Math.max(openAt, nextStart) - clock.now(), signal)
      }
      const now = clock.now()
      nextStart = now + spacing
      starts.push(now)
      // Only the starts a later 429 can count are kept.
      while ((starts[0] ?? now) < now - 2 * PACE_WINDOW_MS) starts.shift()
      return now
    },
    pause(ms, startedAt) {
      // The starts counted: in the second before the refused one, since the gate last opened
      // (while it was closed, nothing started, and that says nothing of Box's rate).
      const from = Math.max(startedAt === undefined ? 0 : startedAt - PACE_WINDOW_MS, openAt)
      openAt = Math.max(openAt, clock.now() + ms)
      if (startedAt === undefined) return undefined
      const before = starts.filter(at => at >= from && at < startedAt).length
      if (before < LEAST_TO_LEARN) return undefined
      const learnt = Math.ceil(((startedAt - from) * PACE_MARGIN_TENTHS) / (10 * before))
      // A pace only ever slows: a later 429 counts starts already kept apart.
      if (learnt <= spacing) return undefined
      spacing = learnt
      return spacing
    }
  }
}
