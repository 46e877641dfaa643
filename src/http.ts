import { HttpClient } from '@actions/http-client'
import type { IncomingMessage } from 'node:http'

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
}

/** Sends one request and returns the whole response, or throws a NetworkError. */
export type Transport = (request: HttpRequest, timeoutMs: number) => Promise<HttpResponse>

/** No HTTP response came back: the connection failed, broke or timed out. */
export class NetworkError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryable: boolean
  ) {
    super(message)
    this.name = 'NetworkError'
  }
}

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
  'ENETDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT'
])

/**
 * The transport over @actions/http-client, which routes through the runner's https_proxy and
 * no_proxy. Redirects are never followed, so the token cannot reach another host, and every
 * request, body included, must finish within `timeoutMs`.
 */
export function createTransport(userAgent: string): Transport {
  return async (request, timeoutMs) => {
    const client = new HttpClient(userAgent, [], {
      allowRedirects: false,
      allowRetries: false,
      keepAlive: false,
      socketTimeout: timeoutMs
    })
    let timer: NodeJS.Timeout | undefined
    const exchange = (async (): Promise<HttpResponse> => {
      const response = await client.request(
        request.method,
        request.url,
        request.body ?? null,
        request.headers
      )
      const body = await readBody(response.message)
      return { status: response.message.statusCode ?? 0, headers: flatten(response.message), body }
    })()
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new NetworkError(`no complete response within ${timeoutMs / 1000} s`, 'ETIMEDOUT', true)
          ),
        timeoutMs
      )
    })
    exchange.catch(() => undefined)
    try {
      return await Promise.race([exchange, deadline])
    } catch (error) {
      throw toNetworkError(error)
    } finally {
      clearTimeout(timer)
      client.dispose()
    }
  }
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

function toNetworkError(error: unknown): NetworkError {
  if (error instanceof NetworkError) return error
  const code = String((error as NodeJS.ErrnoException)?.code ?? 'EUNKNOWN')
  const message = error instanceof Error ? error.message : String(error)
  const transient =
    TRANSIENT_CODES.has(code) || code.startsWith('HPE_') || /timeout|socket hang up/i.test(message)
  return new NetworkError(message, code, transient)
}
