import type { TokenSource } from '../auth/token-source.js'
import { AuthError } from '../errors.js'
import type { HttpRequest, HttpResponse, Transport } from '../net/http.js'
import { noResponse, withRetries, type RetryNotice, type RetryOptions } from '../net/retry.js'
import { RETRY_POLICY } from '../net/retry-policy.js'
import type { Answer, Json } from './answer.js'
import {
  describeHttpFailure,
  isBoxNotFound,
  readErrorBody,
  requestIdHeader
} from './failure-text.js'

export interface BoxClientDeps {
  transport: Transport
  baseUrl: string
  tokens: TokenSource
  retry: RetryOptions
  userAgent: string
  /** Called before each retry of any call, with the call's label. */
  onRetry(label: string, notice: RetryNotice): void
}

/** One call to the Box API, under /2.0. */
export interface BoxCall {
  method: HttpRequest['method']
  /** The path after /2.0/, such as "users/terminate_sessions". */
  path: string
  query?: Record<string, string | number | boolean | readonly string[]>
  body?: unknown
  /** How the log names this call; the path when not given. */
  label?: string
  /**
   * What is wrong with a 2xx as the answer this call waits for, if anything: such an answer is
   * not taken, but retried like a network error, and fails the call once retries run out (at once
   * when its body was over the size cap).
   */
  refuses?: (response: HttpResponse) => string | undefined
}

export interface BoxClient {
  /** Gets the first token (with CCG or JWT), or says why Box refused it. */
  authenticate(): Promise<Answer<true>>
  /** Sends one call with retries; never throws for an HTTP or network failure. */
  call(call: BoxCall): Promise<Answer<Json | undefined>>
}

/**
 * The Box API client: every call retries on 429, 5xx and network errors, and with CCG or JWT gets
 * a new token once after a 401.
 */
export function createBoxClient(deps: BoxClientDeps): BoxClient {
  return {
    authenticate: async () => {
      const started = deps.retry.clock.now()
      try {
        await deps.tokens.get()
        return { ok: true, value: true, attempts: 0, durationMs: 0, sent: true }
      } catch (error) {
        if (!(error instanceof AuthError)) throw error
        const durationMs = deps.retry.clock.now() - started
        return { ok: false, error: error.message, attempts: 0, durationMs, sent: false }
      }
    },
    call: call => callBox(deps, call)
  }
}

async function callBox(deps: BoxClientDeps, call: BoxCall): Promise<Answer<Json | undefined>> {
  const { clock, stop } = deps.retry
  const started = clock.now()
  const elapsed = (): number => clock.now() - started
  const label = call.label ?? call.path
  let attempts = 0
  let sent = false
  // Built once: a retried request sends the same bytes.
  const payload = call.body === undefined ? undefined : JSON.stringify(call.body)
  const headers = {
    Accept: 'application/json',
    'User-Agent': deps.userAgent,
    ...(payload === undefined ? {} : { 'Content-Type': 'application/json' })
  }
  const url = `${deps.baseUrl}/2.0/${call.path}${queryString(call.query)}`
  /** A 2xx the call does not take: why, or undefined. */
  const refusal = (response: HttpResponse): string | undefined =>
    response.status >= 200 && response.status < 300 ? call.refuses?.(response) : undefined
  try {
    let token = await deps.tokens.get()
    let renewals = 0
    for (;;) {
      const outcome = await withRetries(
        timeoutMs =>
          deps.transport(
            {
              method: call.method,
              url,
              headers: { ...headers, Authorization: `Bearer ${token}` },
              body: payload
            },
            timeoutMs,
            stop.cut
          ),
        deps.retry,
        notice => deps.onRetry(label, notice),
        // A body over the size cap would come again as large: it is not sent again.
        response => (response.bodyTooLarge ? undefined : refusal(response))
      )
      attempts += outcome.attempts
      sent ||= outcome.sent
      const { last } = outcome
      if (last.kind === 'network') {
        const error = outcome.cancelled
          ? `${label}: ${last.error.message}`
          : `Box API ${call.path}: ${noResponse(attempts, last.error)}`
        return {
          ok: false,
          error,
          ...(outcome.cancelled ? { cancelled: true as const } : {}),
          attempts,
          durationMs: elapsed(),
          sent
        }
      }
      const response = last.response
      const answered = {
        status: response.status,
        attempts,
        sent,
        answeredAt: clock.now(),
        ...(response.redactedFields ? { redactedFields: response.redactedFields } : {})
      }
      if (
        response.status === 401 &&
        deps.tokens.canRenew &&
        renewals < RETRY_POLICY.renewalsAfter401 &&
        !stop.stopping.aborted
      ) {
        renewals++
        token = await deps.tokens.renew(token)
        continue
      }
      const refused = refusal(response)
      const cancelled = outcome.cancelled ? ' (not retried: the run was cancelled)' : ''
      if (refused) {
        const after = attempts > 1 ? ` after ${attempts} attempts` : ''
        return {
          ok: false,
          error: `Box API ${response.status} on ${call.path}${after}: not Box's acceptance, as ${refused}${cancelled}`,
          ...answered,
          requestId: requestIdHeader(response),
          durationMs: elapsed()
        }
      }
      if (response.status >= 200 && response.status < 300) {
        return {
          ok: true,
          value: response.json,
          ...answered,
          requestId: requestIdHeader(response),
          durationMs: elapsed(),
          ...(response.json ? {} : { warning: unreadable(call.path, response) })
        }
      }
      const error = describeHttpFailure(call.path, response, attempts, deps.tokens.method)
      return {
        ok: false,
        error: error + cancelled,
        ...(isBoxNotFound(response) ? { notFound: true as const } : {}),
        ...(readErrorBody(response).isBoxError ? { boxError: true as const } : {}),
        ...answered,
        requestId: readErrorBody(response).requestId,
        durationMs: elapsed()
      }
    }
  } catch (error) {
    if (!(error instanceof AuthError)) throw error
    return { ok: false, error: error.message, attempts, durationMs: elapsed(), sent }
  }
}

/** Why a 2xx had no readable JSON, for a reader that needs one (readAnswer makes it a failure). */
function unreadable(path: string, response: { status: number; bodyProblem?: string }): string {
  const why = response.bodyProblem
    ? `, but its body could not be read (${response.bodyProblem})`
    : ' without a JSON body'
  return `Box answered ${response.status} on ${path}${why}`
}

/** "?a=1&fields=id,name": values encoded, the items of a list joined by commas as Box expects. */
function queryString(query: BoxCall['query']): string {
  if (!query) return ''
  const pairs = Object.entries(query).map(([name, value]) => {
    const items = typeof value === 'object' ? value : [String(value)]
    return `${encodeURIComponent(name)}=${items.map(item => encodeURIComponent(item)).join(',')}`
  })
  return pairs.length > 0 ? `?${pairs.join('&')}` : ''
}
