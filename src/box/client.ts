import type { TokenSource } from '../auth/token-source.js'
import { AuthError } from '../errors.js'
import type { HttpRequest, HttpResponse, Transport } from '../net/http.js'
import { parseJsonObject } from '../net/json.js'
import { noResponse, withRetries, type RetryNotice, type RetryOptions } from '../net/retry.js'
import { formatHttpFailure, readErrorBody, requestIdHeader } from './errors.js'

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
  query?: Record<string, string | number | readonly string[]>
  body?: unknown
  /** How the log names this call; the path when not given. */
  label?: string
}

interface CallFacts {
  attempts: number
  durationMs: number
  /** Whether a request reached Box whole; false when none left or each broke off. */
  sent: boolean
  requestId?: string
}

export type BoxResult =
  | (CallFacts & {
      ok: true
      status: number
      json?: Record<string, unknown>
      /** Set when a 2xx came without a readable JSON body. */
      warning?: string
    })
  | (CallFacts & { ok: false; status?: number; error: string })

export interface BoxClient {
  /** Gets the first token (with CCG or JWT), or says why Box refused it. */
  authenticate(): Promise<{ error?: string }>
  /** Sends one call with retries; never throws for an HTTP or network failure. */
  call(call: BoxCall): Promise<BoxResult>
}

/**
 * The Box API client: every call retries on 429, 5xx and network errors, and with CCG or JWT gets
 * a new token once after a 401.
 */
export function createBoxClient(deps: BoxClientDeps): BoxClient {
  return {
    authenticate: async () => {
      try {
        await deps.tokens.get()
        return {}
      } catch (error) {
        if (!(error instanceof AuthError)) throw error
        return { error: error.message }
      }
    },
    call: call => callBox(deps, call)
  }
}

async function callBox(deps: BoxClientDeps, call: BoxCall): Promise<BoxResult> {
  const started = deps.retry.clock.now()
  const elapsed = (): number => deps.retry.clock.now() - started
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
  try {
    let token = await deps.tokens.get()
    let renewed = false
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
            timeoutMs
          ),
        deps.retry,
        notice => deps.onRetry(label, notice)
      )
      attempts += outcome.attempts
      sent ||= outcome.sent
      const { last } = outcome
      if (last.kind === 'network') {
        const why = outcome.outOfTime ? ' (the run ran out of time)' : ''
        return {
          ok: false,
          error: `Box API ${call.path}${why}: ${noResponse(attempts, last.error)}`,
          attempts,
          durationMs: elapsed(),
          sent
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
          sent,
          warning: json ? undefined : unreadable(call.path, response)
        }
      }
      const why = outcome.outOfTime ? ' (stopped retrying: the run ran out of time)' : ''
      return {
        ok: false,
        status: response.status,
        error: formatHttpFailure(call.path, response, attempts, deps.tokens.method) + why,
        requestId: readErrorBody(response).requestId,
        attempts,
        durationMs: elapsed(),
        sent
      }
    }
  } catch (error) {
    if (!(error instanceof AuthError)) throw error
    return { ok: false, error: error.message, attempts, durationMs: elapsed(), sent }
  }
}

/** Why a 2xx had no readable JSON: Box accepted the call, so it is not sent again. */
function unreadable(path: string, response: HttpResponse): string {
  const why = response.bodyProblem
    ? `, but its body could not be read (${response.bodyProblem})`
    : ' without a JSON body'
  return `Box answered ${response.status} on ${path}${why}; the call succeeded and is not repeated, but Box's message is unknown`
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
