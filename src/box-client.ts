import { AuthError } from './auth/token-request.js'
import type { TokenSource } from './auth/token-source.js'
import { formatHttpFailure, parseJsonObject, readErrorBody, requestIdHeader } from './box-errors.js'
import type { HttpRequest, Transport } from './http.js'
import { noResponse, withRetries, type RetryNotice, type RetryOptions } from './retry.js'

export interface BoxClientDeps {
  transport: Transport
  baseUrl: string
  tokens: TokenSource
  retry: RetryOptions
  userAgent: string
}

export type CallResult =
  | {
      ok: true
      status: number
      json?: Record<string, unknown>
      requestId?: string
      attempts: number
      durationMs: number
      /** Set when a 2xx came without a readable JSON body. */
      warning?: string
    }
  | {
      ok: false
      status?: number
      error: string
      requestId?: string
      attempts: number
      durationMs: number
    }

/**
 * One Box API call: retries on 429, 5xx and network errors, and with CCG or JWT gets a new
 * token once after a 401. Never throws; a failure is described in the result.
 */
export async function callBox(
  deps: BoxClientDeps,
  method: HttpRequest['method'],
  endpoint: string,
  body: unknown,
  onRetry: (notice: RetryNotice) => void
): Promise<CallResult> {
  const started = deps.retry.clock.now()
  const elapsed = (): number => deps.retry.clock.now() - started
  let attempts = 0
  // Built once: a retried request sends the same bytes (a 50,000-target body is 1 MB of JSON).
  const payload = body === undefined ? undefined : JSON.stringify(body)
  const headers = {
    Accept: 'application/json',
    'User-Agent': deps.userAgent,
    ...(payload === undefined ? {} : { 'Content-Type': 'application/json' })
  }
  try {
    let token = await deps.tokens.get()
    let renewed = false
    for (;;) {
      const outcome = await withRetries(
        timeoutMs =>
          deps.transport(
            {
              method,
              url: `${deps.baseUrl}/2.0/${endpoint}`,
              headers: { ...headers, Authorization: `Bearer ${token}` },
              body: payload
            },
            timeoutMs
          ),
        deps.retry,
        onRetry
      )
      attempts += outcome.attempts
      const { last } = outcome
      if (last.kind === 'network') {
        const why = outcome.outOfTime ? ' (the run ran out of time)' : ''
        return {
          ok: false,
          error: `Box API ${endpoint}${why}: ${noResponse(attempts, last.error)}`,
          attempts,
          durationMs: elapsed()
        }
      }
      const response = last.response
      if (response.status === 401 && deps.tokens.canRenew && !renewed) {
        renewed = true
        token = await deps.tokens.renew(token)
        continue
      }
      if (response.status >= 200 && response.status < 300) {
        const json = parseJsonObject(response.body)
        return {
          ok: true,
          status: response.status,
          json,
          requestId: requestIdHeader(response),
          attempts,
          durationMs: elapsed(),
          warning: json
            ? undefined
            : `Box answered ${response.status} on ${endpoint} without a JSON body; the call succeeded but Box sent no message`
        }
      }
      const why = outcome.outOfTime ? ' (stopped retrying: the run ran out of time)' : ''
      return {
        ok: false,
        status: response.status,
        error: formatHttpFailure(endpoint, response, attempts, deps.tokens.method) + why,
        requestId: readErrorBody(response).requestId,
        attempts,
        durationMs: elapsed()
      }
    }
  } catch (error) {
    if (!(error instanceof AuthError)) throw error
    return { ok: false, error: error.message, attempts, durationMs: elapsed() }
  }
}
