import type { BoxClient, BoxResult } from '../client.js'

/** POST /2.0/users/terminate_sessions and POST /2.0/groups/terminate_sessions. */
export const TERMINATE_PATHS = {
  users: 'users/terminate_sessions',
  groups: 'groups/terminate_sessions'
} as const

export type TerminateEndpoint = keyof typeof TERMINATE_PATHS

export type TerminateResult = BoxResult & {
  /** Box's message from a 202, as Box wrote it; empty when there was none. */
  message: string
}

/**
 * Ends the sessions of the users or groups in `body`. Box queues a job and answers 202 with a
 * message. Box's API marks every list of a body required, so an unused one is sent empty.
 */
export async function terminateSessions(
  client: BoxClient,
  endpoint: TerminateEndpoint,
  body: Record<string, readonly string[]>,
  label?: string
): Promise<TerminateResult> {
  const result = await client.call({ method: 'POST', path: TERMINATE_PATHS[endpoint], body, label })
  const message = result.ok ? result.json?.message : undefined
  return { ...result, message: typeof message === 'string' ? message : '' }
}
