import type { BoxClient } from '../box/client.js'
import {
  terminateSessions,
  TERMINATE_PATHS,
  type TerminateEndpoint
} from '../box/endpoints/terminate-sessions.js'
import { TARGET_KINDS } from '../targets/kinds.js'
import { kindsOf, ofKind, type Target } from '../targets/target.js'

/** One terminate_sessions request: its endpoint and the targets it carries. */
export interface TerminationRequest {
  endpoint: TerminateEndpoint
  path: string
  targets: Target[]
}

export interface EndpointResult extends TerminationRequest {
  ok: boolean
  /** Whether the request reached Box whole. */
  sent: boolean
  status?: number
  message: string
  requestId?: string
  attempts: number
  durationMs: number
  error?: string
  warning?: string
}

/** The requests the targets need: one per endpoint that has targets, in the kinds' order. */
export function planTerminations(targets: readonly Target[]): TerminationRequest[] {
  const endpoints = [...new Set(TARGET_KINDS.map(k => k.endpoint))]
  return endpoints.flatMap(endpoint => {
    const kinds = kindsOf(endpoint)
    const carried = targets.filter(t => kinds.some(kind => kind.input === t.kind))
    return carried.length > 0
      ? [{ endpoint, path: TERMINATE_PATHS[endpoint], targets: carried }]
      : []
  })
}

/** The request body: each of the endpoint's kinds under its body key, in the targets' order. */
export function requestBody(request: TerminationRequest): Record<string, string[]> {
  return Object.fromEntries(
    kindsOf(request.endpoint).map(kind => [
      kind.bodyKey,
      ofKind(request.targets, kind.input).map(t => t.value)
    ])
  )
}

/** Sends the requests concurrently; one failing does not stop the other. */
export function sendTerminations(
  requests: readonly TerminationRequest[],
  client: BoxClient
): Promise<EndpointResult[]> {
  return Promise.all(
    requests.map(async request => {
      const result = await terminateSessions(client, request.endpoint, requestBody(request))
      return {
        ...request,
        ok: result.ok,
        sent: result.sent,
        status: result.status,
        message: result.message,
        requestId: result.requestId,
        attempts: result.attempts,
        durationMs: result.durationMs,
        ...(result.ok ? { warning: result.warning } : { error: result.error })
      }
    })
  )
}
