import { createStop, type StopControl } from '../net/stop.js'

/** How long requests in flight may still take after the first signal. */
export const GRACE_MS = 5_000

/** The signals the runner sends a step it cancels or times out: SIGINT, then SIGTERM 7.5 s later. */
const SIGNALS = ['SIGINT', 'SIGTERM'] as const

export interface SignalWatch {
  stop: StopControl
  /** Stops listening, once the run is over. */
  dispose(): void
}

/**
 * Turns the runner's signals into a stop: at the first, no new request starts and those in flight
 * get `graceMs` more; at the second, `onSecond` runs at once.
 */
export function watchSignals(
  onFirst: (signal: string) => void,
  onSecond: (signal: string) => void,
  graceMs = GRACE_MS
): SignalWatch {
  const stop = createStop()
  let received = 0
  let timer: NodeJS.Timeout | undefined
  const listener = (signal: NodeJS.Signals): void => {
    received++
    if (received === 1) {
      stop.stop()
      timer = setTimeout(() => stop.cutNow(), graceMs)
      timer.unref()
      onFirst(signal)
    } else {
      stop.cutNow()
      onSecond(signal)
    }
  }
  for (const signal of SIGNALS) process.on(signal, listener)
  return {
    stop,
    dispose() {
      clearTimeout(timer)
      for (const signal of SIGNALS) process.off(signal, listener)
    }
  }
}
