import type { HttpRequest, HttpResponse, Transport } from '../../src/http.js'
import { NetworkError } from '../../src/http.js'

type Step = HttpResponse | NetworkError | ((request: HttpRequest) => HttpResponse)

/** A scripted Transport for unit tests: answers in order and records each request. */
export function scriptedTransport(...steps: Step[]) {
  const requests: HttpRequest[] = []
  const transport: Transport = async request => {
    requests.push(request)
    const step = steps.shift()
    if (!step) throw new Error(`unscripted request ${request.method} ${request.url}`)
    if (step instanceof NetworkError) throw step
    return typeof step === 'function' ? step(request) : step
  }
  return { transport, requests }
}

export const json = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): HttpResponse => ({
  status,
  headers,
  body: JSON.stringify(body)
})
