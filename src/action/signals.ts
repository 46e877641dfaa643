import { createStop, type StopControl } from '../net/stop.js'

/** How long requests in flight may still take after the first signal, at most. */
export const GRACE_MS = 5_000
/** The least they get, however large the run. */
export const LEAST_GRACE_MS = 1_000
/**
 * The whole record is to be written within this long of the first signal: the runner sends
 * SIGTERM 7.5 s after SIGINT and kills the step 2.5 s later.
 */
export const RECORD_DEADLINE_MS = 6_000
/**
 * Writing the record after the grace (the outputs, the rows of the targets in flight, the
 * remainder, the summary) takes about this many times as long as building the run's ledger did:
 * both go over every target, on the same machine under the same load (docs/benchmarks.md).
 */
export const RECORD_TO_LEDGER = 5

/**
 * The grace of a run whose ledger took `ledgerMs` to build: 5 s, less when writing the record of
 * a large run would not fit in what is left before the deadline.
 */
export function graceFor(ledgerMs: number): number {
  const left = RECORD_DEADLINE_MS - RECORD_TO_LEDGER * ledgerMs
  // In tenths of a second, as the log gives it.
  return Math.round(Math.min(GRACE_MS, Math.max(LEAST_GRACE_MS, left)) / 100) * 100
}

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
  graceMs = GRACE_MS,
  stop: StopControl = createStop()
): SignalWatch {
  let received = 0
  let timer: NodeJS.Timeout | undefined
  const listener = (signal: NodeJS.Signals): void => {
    received++
    if (received === 1) {
      stop.stop()
      timer = setTimeout(() => stop.cutNow(), graceMs)
      // Stryker disable next-line all: the grace keeps no process alive; no record shows it
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
