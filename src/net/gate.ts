import type { Clock } from './clock.js'

/**
 * One gate for every request of a run: a 429 closes it until Box's wait has passed, and every
 * request waits at it before it starts, so the run slows to Box's pace instead of hammering it.
 * Once a 429 shows how many requests Box took in the second before it, requests start no closer
 * together than that pace allows, with a margin, so that the run keeps under the limit instead of
 * meeting it again each second; a 429 to a request that kept the pace slows it by the margin.
 */
export interface Gate {
  /**
   * Resolves once the gate is open and the pace lets a request start, or as soon as `signal`
   * fires: with the time the request starts.
   */
  wait(signal?: AbortSignal): Promise<number>
  /**
   * A 429 to the request that started at `startedAt`: keeps the gate closed for at least `ms` from
   * now, and learns a pace from the requests that started in the second before it, or slows the
   * pace kept when that request kept it. Returns the time between starts it now keeps, when this
   * 429 changed it.
   */
  pause(ms: number, startedAt?: number): number | undefined
}

/** The span a rate limit is counted over: Box's limits are per second or longer. */
const PACE_WINDOW_MS = 1000
/** Starts kept apart by this much more than the pace Box let through, in tenths: 10 % more. */
const PACE_MARGIN_TENTHS = 11
/**
 * Fewer requests than this in the second before a 429 teach no pace from their count: they say
 * nothing of a rate.
 */
const LEAST_TO_LEARN = 2
/** The gate's last openings kept: a 429 is read within seconds of its request's start. */
const OPENINGS_KEPT = 8

export function createGate(clock: Pick<Clock, 'now' | 'sleep'>): Gate {
  let openAt = 0
  /** Milliseconds kept between starts once a 429 taught a pace; 0 until then. */
  let spacing = 0
  let nextStart = 0
  /** When the gate opened after the pace was last set: requests started since keep to it. */
  let pacedFrom = 0
  /** When recent requests started, oldest first: what a 429 learns the pace from. */
  const starts: number[] = []
  /** When the gate opened again after the last few 429s. */
  const opened: number[] = []
  /**
   * The pace the requests Box took before the one started at `startedAt` show: Box's limit is so
   * many requests in a window, and those counted started in the second before it, since the gate
   * last opened (while it was closed, nothing started). 0 when too few started to tell.
   */
  const countedPace = (startedAt: number): number => {
    const lastOpened = Math.max(0, ...opened.filter(at => at <= startedAt))
    const from = Math.max(startedAt - PACE_WINDOW_MS, lastOpened)
    const before = starts.filter(at => at >= from && at < startedAt).length
    return before < LEAST_TO_LEARN
      ? 0
      : Math.ceil((PACE_WINDOW_MS * PACE_MARGIN_TENTHS) / (10 * before))
  }
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
      // A request the run's stop keeps from starting takes no start.
      if (signal?.aborted) return now
      nextStart = now + spacing
      starts.push(now)
      // Only the starts a later 429 can count are kept.
      while ((starts[0] ?? now) < now - 2 * PACE_WINDOW_MS) starts.shift()
      return now
    },
    pause(ms, startedAt) {
      // Read before the gate closes again: answers that came together may be read in any order.
      const counted = startedAt === undefined ? 0 : countedPace(startedAt)
      if (clock.now() + ms > openAt) {
        openAt = clock.now() + ms
        opened.push(openAt)
        if (opened.length > OPENINGS_KEPT) opened.shift()
      }
      if (startedAt === undefined) return undefined
      // Refused although it started at the pace kept: slower by the margin at least.
      const atPace = spacing > 0 && startedAt >= pacedFrom
      const learnt = atPace
        ? Math.max(counted, Math.ceil((spacing * PACE_MARGIN_TENTHS) / 10))
        : counted
      // A pace only ever slows.
      if (learnt <= spacing) return undefined
      spacing = learnt
      pacedFrom = openAt
      return spacing
    }
  }
}
