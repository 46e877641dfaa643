import { CANCELLED_CODE, NetworkError } from '../errors.js'
import type { Clock } from './clock.js'
import type { Gate } from './gate.js'
import type { HttpResponse } from './http.js'
import { isRetriedStatus, RETRY_POLICY } from './retry-policy.js'
import type { Stop } from './stop.js'

export const MAX_WAIT_MS = RETRY_POLICY.maxWaitMs

/** Retry-After as seconds or an HTTP date, in milliseconds from `nowMs`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  const text = value?.trim()
  if (!text) return undefined
  if (/^[0-9]+$/.test(text)) return Number(text) * 1000
  // Every HTTP-date form starts with a day name; Date.parse alone would take "-1" or "1.5" as dates.
  if (!/^[A-Za-z]{3}/.test(text)) return undefined
  const at = Date.parse(text)
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs)
}

/** Exponential backoff from about 1 s, doubled per retry, with ±25 % jitter. `retry` counts from 1. */
export function backoffMs(retry: number, random: number): number {
  const { firstBackoffMs, jitter } = RETRY_POLICY
  const base = Math.min(MAX_WAIT_MS, firstBackoffMs * 2 ** (retry - 1))
  return Math.min(MAX_WAIT_MS, Math.round(base * (1 - jitter + random * 2 * jitter)))
}

/** How long to wait before retry number `retry`: Retry-After when Box sent one, else backoff. */
export function retryDelayMs(
  retry: number,
  retryAfter: string | undefined,
  clock: Pick<Clock, 'now' | 'random'>
): number {
  const asked = parseRetryAfter(retryAfter, clock.now())
  return asked === undefined ? backoffMs(retry, clock.random()) : Math.min(asked, MAX_WAIT_MS)
}

export interface RetryOptions {
  maxRetries: number
  /** How long one request, body included, may take. */
  requestTimeoutMs: number
  clock: Clock
  /** The run's one rate-limit gate: a 429 closes it for every request. */
  gate: Gate
  /** Once it is stopping, no attempt starts and no wait goes on. */
  stop: Stop
}

export type AttemptResult =
  { kind: 'response'; response: HttpResponse } | { kind: 'network'; error: NetworkError }

export interface RetryOutcome {
  last: AttemptResult
  attempts: number
  /** True when the run was stopping and so no further attempt was made. */
  cancelled: boolean
  /** True when any attempt's request reached the server whole, answered or not. */
  sent: boolean
}

/** "no response after N attempts: CODE message", for a network failure that ended the retries. */
export function noResponse(attempts: number, error: NetworkError): string {
  return `no response after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${error.code} ${error.message}`
}

export interface RetryNotice {
  attempt: number
  waitMs: number
  reason: string
  /** A 429: the wait holds every request of the run, not only this one. */
  everyRequestWaits: boolean
  /** The time now kept between the starts of requests, when this 429 taught it (see Gate). */
  paceMs?: number
}

const notStarted = (): AttemptResult => ({
  kind: 'network',
  error: new NetworkError(
    'the run was cancelled before this request was sent',
    CANCELLED_CODE,
    false
  )
})

/**
 * Calls `send` until it returns a response that is not worth retrying, retries run out, or the run
 * is stopping. `send` gets the time it may take; network errors it throws are retried when
 * transient, and so is a response `refused` finds fault with (a 2xx that is not the answer the
 * call waits for), which it names.
 */
export async function withRetries(
  send: (timeoutMs: number) => Promise<HttpResponse>,
  options: RetryOptions,
  onRetry: (notice: RetryNotice) => void,
  refused: (response: HttpResponse) => string | undefined = () => undefined
): Promise<RetryOutcome> {
  const { clock, maxRetries, requestTimeoutMs, gate, stop } = options
  let attempts = 0
  let sent = false
  // The error of a request never sent is made only for one: an Error's stack costs each time.
  let last: AttemptResult | undefined
  for (;;) {
    const startedAt = await gate.wait(stop.stopping)
    if (stop.stopping.aborted)
      return { last: last ?? notStarted(), attempts, cancelled: true, sent }
    attempts++
    try {
      last = { kind: 'response', response: await send(requestTimeoutMs) }
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error
      last = { kind: 'network', error }
    }
    sent ||= last.kind === 'response' || last.error.sent
    const fault = last.kind === 'response' ? refused(last.response) : undefined
    const retryable =
      last.kind === 'response'
        ? isRetriedStatus(last.response.status) || fault !== undefined
        : last.error.retryable
    if (!retryable || attempts > maxRetries) {
      const cut = last.kind === 'network' && last.error.code === CANCELLED_CODE
      return { last, attempts, cancelled: cut, sent }
    }
    if (stop.stopping.aborted) return { last, attempts, cancelled: true, sent }
    const waitMs = retryDelayMs(
      attempts,
      last.kind === 'response' ? last.response.headers['retry-after'] : undefined,
      clock
    )
    const rateLimited = last.kind === 'response' && last.response.status === 429
    // Box asked the whole run to slow down: every request waits at the gate, this one too, and
    // the requests that follow keep to the pace Box let through.
    const paceMs = rateLimited ? gate.pause(waitMs, startedAt) : undefined
    onRetry({
      attempt: attempts,
      waitMs,
      reason:
        last.kind === 'response'
          ? `HTTP ${last.response.status}${fault ? `, ${fault}` : ''}`
          : `${last.error.code}: ${last.error.message}`,
      everyRequestWaits: rateLimited,
      ...(paceMs === undefined ? {} : { paceMs })
    })
    if (!rateLimited) await clock.sleep(waitMs, stop.stopping)
  }
}
