import { HttpClient } from '@actions/http-client'
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import { CANCELLED_CODE, NetworkError } from '../errors.js'
import type { Redactor } from '../redact.js'
import { parseJsonObject } from './json.js'
import { isTransientFailure } from './retry-policy.js'

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body?: string
}

/** An answer as the rest of the action sees it: its text already redacted. */
export interface HttpResponse {
  status: number
  headers: Record<string, string | undefined>
  /** The body, when it is a JSON object. */
  json?: Record<string, unknown>
  /**
   * Set when a 2xx status came but its body could not be read whole (too large, cut, or late):
   * there is no `json` then.
   */
  bodyProblem?: string
  /** Set when that body was larger than the most the action reads. */
  bodyTooLarge?: true
  /** The first 4 KiB of a body that is not a JSON object, redacted. */
  bodyStart?: string
  /** The JSON keys whose name or value the redactor changed: a credential matched them. */
  redactedFields?: readonly string[]
}

/**
 * Sends one request and returns the whole response, or throws a NetworkError. When `cut` fires the
 * request is dropped at once (a NetworkError with code ECANCELED).
 */
export type Transport = (
  request: HttpRequest,
  timeoutMs: number,
  cut?: AbortSignal
) => Promise<HttpResponse>

const MAX_BODY_BYTES = 1024 * 1024
/** How much of a body that is not JSON is kept, to quote. */
const BODY_START_LENGTH = 4096

/** A response as it came off the wire, before its text is parsed and redacted. */
interface RawResponse {
  status: number
  headers: Record<string, string | undefined>
  body: string
  bodyProblem?: string
  bodyTooLarge?: true
}

/**
 * Sends requests through the agent @actions/http-client chooses for the URL: its tunnelling agent
 * when the runner's https_proxy/http_proxy applies (its no_proxy rules decide), else one
 * keep-alive agent, so a run's many lookups and batches reuse their connections.
 * The request itself and its body are handled here, because HttpClient's readBody() never settles
 * when a connection drops mid-body and its dispose() leaves a tunnelled connection open, so only a
 * request held here can be cut at its deadline. Redirects are never followed, so the token cannot
 * reach another host, and every request, body included, must finish within `timeoutMs`.
 * Everything that comes back (the body once parsed, the headers, an error's words) goes through
 * `redactor` before anything else sees it.
 */
export function createTransport(userAgent: string, redactor: Redactor): Transport {
  const client = new HttpClient(userAgent, [], { keepAlive: true })
  return async (request, timeoutMs, cut) => {
    const url = new URL(request.url)
    const agent = client.getAgent(url.href)
    try {
      const answer = withDeadline(timeoutMs, cut, exchange => send(url, request, agent, exchange))
      // While Box answers: the answer is redacted as soon as it arrives.
      setImmediate(() => redactor.prepare())
      const raw = await answer
      const json = parseJsonObject(raw.body)
      const changed = new Set<string>()
      const body = json ? (redactor.json(json, changed) as Record<string, unknown>) : undefined
      const bodyStart = json ? '' : redactor.start(raw.body, BODY_START_LENGTH)
      return {
        status: raw.status,
        headers: redactor.json(raw.headers) as HttpResponse['headers'],
        ...(body ? { json: body } : {}),
        ...(bodyStart ? { bodyStart } : {}),
        ...(raw.bodyProblem ? { bodyProblem: redactor.text(raw.bodyProblem) } : {}),
        ...(raw.bodyTooLarge ? { bodyTooLarge: true as const } : {}),
        ...(changed.size > 0 ? { redactedFields: [...changed] } : {})
      }
    } catch (error) {
      const failure = error as NetworkError
      throw new NetworkError(
        redactor.text(failure.message),
        failure.code,
        failure.retryable,
        failure.sent
      )
    }
  }
}

/** What the deadline needs to know of one request in flight. */
interface Exchange {
  /** Says how to cut the connection if the deadline passes first. */
  onCancel(cut: () => void): void
  /** The whole request has been written to the connection. */
  written: boolean
  /** The status and headers of a 2xx answer, once they came. */
  accepted?: Pick<RawResponse, 'status' | 'headers'>
}

/**
 * Runs one exchange and cuts its connection when time runs out or `cut` fires: on a timeout a 2xx
 * whose body was still coming is a response with a body problem, anything else a network error
 * (ETIMEDOUT); when cut, a network error (ECANCELED).
 */
async function withDeadline(
  timeoutMs: number,
  cutSignal: AbortSignal | undefined,
  run: (exchange: Exchange) => Promise<RawResponse>
): Promise<RawResponse> {
  let cut = (): void => undefined
  let late = false
  let timer: NodeJS.Timeout | undefined
  let onAbort = (): void => undefined
  // A connection opened after the deadline (a slow proxy set-up) is cut as soon as it exists.
  const exchange: Exchange = { written: false, onCancel: c => (late ? c() : (cut = c)) }
  const deadline = new Promise<RawResponse>((resolve, reject) => {
    timer = setTimeout(() => {
      late = true
      cut()
      const why = `no complete response within ${timeoutMs / 1000} s`
      if (exchange.accepted) resolve({ ...exchange.accepted, body: '', bodyProblem: why })
      else reject(new NetworkError(why, 'ETIMEDOUT', true, exchange.written))
    }, timeoutMs)
    onAbort = () => {
      late = true
      cut()
      const why = 'the run was cancelled before Box answered'
      reject(new NetworkError(why, CANCELLED_CODE, false, exchange.written))
    }
    if (cutSignal?.aborted) onAbort()
    else cutSignal?.addEventListener('abort', onAbort, { once: true })
  })
  const running = run(exchange)
  running.catch(() => undefined)
  try {
    return await Promise.race([running, deadline])
  } catch (error) {
    throw toNetworkError(error, exchange.written)
  } finally {
    clearTimeout(timer)
    cutSignal?.removeEventListener('abort', onAbort)
  }
}

function send(
  url: URL,
  request: HttpRequest,
  agent: http.Agent | false,
  exchange: Exchange
): Promise<RawResponse> {
  const transport = url.protocol === 'https:' ? https : http
  const body = request.body
  const headers = { ...request.headers }
  if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body))
  return new Promise((resolve, reject) => {
    const req = transport.request(url, { method: request.method, headers, agent }, res => {
      const status = res.statusCode ?? 0
      const head = { status, headers: flatten(res) }
      if (status >= 200 && status < 300) exchange.accepted = head
      readBody(res).then(
        text => resolve({ ...head, body: text }),
        (error: NetworkError) =>
          exchange.accepted
            ? resolve({
                ...head,
                body: '',
                bodyProblem: error.message,
                ...(error.code === 'EBODYTOOLARGE' ? { bodyTooLarge: true as const } : {})
              })
            : reject(error)
      )
    })
    exchange.onCancel(() => req.destroy())
    req.on('finish', () => (exchange.written = true))
    req.on('error', reject)
    req.end(body)
  })
}

function readBody(message: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    message.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new NetworkError('the response body is larger than 1 MiB', 'EBODYTOOLARGE', false))
        message.destroy()
        return
      }
      chunks.push(chunk)
    })
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    // A connection that drops mid-body emits 'error' ("aborted"), then 'close' while incomplete.
    const closedEarly = (): void =>
      reject(
        new NetworkError('the connection closed before the response ended', 'ECONNRESET', true)
      )
    message.on('error', closedEarly)
    message.on('close', () => {
      if (!message.complete) closedEarly()
    })
  })
}

function flatten(message: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {}
  for (const [name, value] of Object.entries(message.headers)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return headers
}

function toNetworkError(error: unknown, sent: boolean): NetworkError {
  if (error instanceof NetworkError) {
    return new NetworkError(error.message, error.code, error.retryable, sent)
  }
  const code = String((error as NodeJS.ErrnoException)?.code ?? 'EUNKNOWN')
  const message = error instanceof Error ? error.message : String(error)
  return new NetworkError(message, code, isTransientFailure(code, message), sent)
}
