import { callBox, type BoxClientDeps } from './box-client.js'
import type { RetryNotice } from './retry.js'
import { safeText } from './safe-text.js'
import type { Targets } from './settings.js'

export type EndpointName = 'users' | 'groups'

export interface TerminationRequest {
  name: EndpointName
  endpoint: string
  body: Record<string, string[]>
}

export interface EndpointResult {
  name: EndpointName
  endpoint: string
  body: Record<string, string[]>
  ok: boolean
  status?: number
  message: string
  requestId?: string
  attempts: number
  durationMs: number
  error?: string
  warning?: string
}

/** The requests the targets need: users (ids and logins together) and groups, each only when used. */
export function planTerminations(targets: Targets): TerminationRequest[] {
  const requests: TerminationRequest[] = []
  if (targets.userIds.length > 0 || targets.userLogins.length > 0) {
    requests.push({
      name: 'users',
      endpoint: 'users/terminate_sessions',
      // Box's API marks both arrays required, so an unused one is sent empty.
      body: { user_ids: targets.userIds, user_logins: targets.userLogins }
    })
  }
  if (targets.groupIds.length > 0) {
    requests.push({
      name: 'groups',
      endpoint: 'groups/terminate_sessions',
      body: { group_ids: targets.groupIds }
    })
  }
  return requests
}

/** Sends the requests concurrently; one failing does not stop the other. */
export function sendTerminations(
  requests: readonly TerminationRequest[],
  deps: BoxClientDeps,
  onRetry: (name: EndpointName, notice: RetryNotice) => void
): Promise<EndpointResult[]> {
  return Promise.all(
    requests.map(async request => {
      const result = await callBox(deps, 'POST', request.endpoint, request.body, notice =>
        onRetry(request.name, notice)
      )
      const base = { ...request, attempts: result.attempts, durationMs: result.durationMs }
      if (!result.ok) {
        return {
          ...base,
          ok: false,
          status: result.status,
          message: '',
          requestId: result.requestId,
          error: result.error
        }
      }
      const message = result.json?.message
      return {
        ...base,
        ok: true,
        status: result.status,
        message: typeof message === 'string' ? safeText(message) : '',
        requestId: result.requestId,
        warning: result.warning
      }
    })
  )
}
