/**
 * How a run is told to end early. When `stopping` fires no new request starts and no retry waits
 * on; when `cut` fires the requests still in flight are dropped.
 */
export interface Stop {
  readonly stopping: AbortSignal
  readonly cut: AbortSignal
}

/** A stop that the caller fires: first `stop()`, then `cutNow()`. */
export interface StopControl extends Stop {
  stop(): void
  cutNow(): void
}

export function createStop(): StopControl {
  const stopping = new AbortController()
  const cut = new AbortController()
  return {
    stopping: stopping.signal,
    cut: cut.signal,
    stop: () => stopping.abort(),
    cutNow: () => {
      stopping.abort()
      cut.abort()
    }
  }
}
