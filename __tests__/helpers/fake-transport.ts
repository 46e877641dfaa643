import { NetworkError } from '../../src/errors.js'
import type { HttpRequest, HttpResponse, Transport } from '../../src/net/http.js'

type Step = HttpResponse | NetworkError | ((request: HttpRequest) => HttpResponse)

/** A scripted Transport for unit tests: answers in order and records each request. */
export function scriptedTransport(...steps: Step[]) {
  const requests: HttpRequest[] = []
  const transport: Transport = request => {
    requests.push(request)
    const step = steps.shift()
    if (!step)
      return Promise.reject(new Error(`unscripted request ${request.method} ${request.url}`))
    if (step instanceof NetworkError) return Promise.reject(step)
    return Promise.resolve(typeof step === 'function' ? step(request) : step)
  }
  return { transport, requests }
}

/** An answer whose body is this JSON object (undefined for no JSON body). */
export const json = (
  status: number,
  body?: Record<string, unknown>,
  headers: Record<string, string> = {}
): HttpResponse => ({ status, headers, ...(body ? { json: body } : {}) })

/** Box's ClientError body. */
export const boxError = (status: number, code: string, message = `Box says ${code}`) =>
  json(status, { type: 'error', status, code, message, request_id: `rid-${status}` })
