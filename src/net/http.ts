import { HttpClient } from '@actions/http-client'
import http, { type IncomingMessage } from 'node:http'
import https from 'node:https'
import { NetworkError } from '../errors.js'

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body?: string
}

export interface HttpResponse {
  status: number
  headers: Record<string, string | undefined>
  body: string
  /**
   * Set when a 2xx status came but its body could not be read whole (too large, cut, or late):
   * the server accepted the request, and `body` is empty.
   */
  bodyProblem?: string
}

/** Sends one request and returns the whole response, or throws a NetworkError. */
export type Transport = (request: HttpRequest, timeoutMs: number) => Promise<HttpResponse>

const MAX_BODY_BYTES = 1024 * 1024

// Codes of failures that may pass; certificate and DNS "no such host" errors will not.
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN'
])

/**
 * Sends requests through the agent @actions/http-client chooses for the URL: its tunnelling agent
 * when the runner's https_proxy/http_proxy applies (its no_proxy rules decide), else one
 * keep-alive agent, so a run's many lookups and batches reuse their connections.
 * The request itself and its body are handled here, because HttpClient's readBody() never settles
 * when a connection drops mid-body and its dispose() leaves a tunnelled connection open, so only a
 * request held here can be cut at its deadline. Redirects are never followed, so the token cannot
 * reach another host, and every request, body included, must finish within `timeoutMs`.
 */
export function createTransport(userAgent: string): Transport {
  const client = new HttpClient(userAgent, [], { keepAlive: true })
  return (request, timeoutMs) => {
    const url = new URL(request.url)
    const agent = client.getAgent(url.href)
    return withDeadline(timeoutMs, exchange => send(url, request, agent, exchange))
  }
}

/** What the deadline needs to know of one request in flight. */
interface Exchange {
  /** Says how to cut the connection if the deadline passes first. */
  onCancel(cut: () => void): void
  /** The whole request has been written to the connection. */
  written: boolean
  /** The status and headers of a 2xx answer, once they came. */
  accepted?: Pick<HttpResponse, 'status' | 'headers'>
}

/**
 * Runs one exchange and cuts its connection when time runs out: a 2xx whose body was still
 * coming is then a response with a body problem, anything else a network error (ETIMEDOUT).
 */
async function withDeadline(
  timeoutMs: number,
  run: (exchange: Exchange) => Promise<HttpResponse>
): Promise<HttpResponse> {
  let cut = (): void => undefined
  let late = false
  let timer: NodeJS.Timeout | undefined
  // A connection opened after the deadline (a slow proxy set-up) is cut as soon as it exists.
  const exchange: Exchange = { written: false, onCancel: c => (late ? c() : (cut = c)) }
  const deadline = new Promise<HttpResponse>((resolve, reject) => {
    timer = setTimeout(() => {
      late = true
      cut()
      const why = `no complete response within ${timeoutMs / 1000} s`
      if (exchange.accepted) resolve({ ...exchange.accepted, body: '', bodyProblem: why })
      else reject(new NetworkError(why, 'ETIMEDOUT', true, exchange.written))
    }, timeoutMs)
  })
  const running = run(exchange)
  running.catch(() => undefined)
  try {
    return await Promise.race([running, deadline])
  } catch (error) {
    throw toNetworkError(error, exchange.written)
  } finally {
    clearTimeout(timer)
  }
}

function send(
  url: URL,
  request: HttpRequest,
  agent: http.Agent | false,
  exchange: Exchange
): Promise<HttpResponse> {
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
            ? resolve({ ...head, body: '', bodyProblem: error.message })
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
    message.on('error', reject)
    message.on('aborted', () =>
      reject(
        new NetworkError('the connection closed before the response ended', 'ECONNRESET', true)
      )
    )
    message.on('close', () => {
      if (!message.complete) {
        reject(
          new NetworkError('the connection closed before the response ended', 'ECONNRESET', true)
        )
      }
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
  const transient =
    TRANSIENT_CODES.has(code) || code.startsWith('HPE_') || /timeout|socket hang up/i.test(message)
  return new NetworkError(message, code, transient, sent)
}
