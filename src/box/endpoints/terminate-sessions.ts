import type { Answer } from '../answer.js'
import type { BoxClient } from '../client.js'

/** A terminate_sessions endpoint: where it is, and the lists its request body holds. */
export interface TerminateEndpoint {
  /** How outputs and `result` name it. */
  name: string
  /** The path after /2.0/. */
  path: string
  /** Box's API marks every list of the body required, so an unused one is sent empty. */
  bodyKeys: readonly string[]
}

/** POST /2.0/users/terminate_sessions: users by ID and by login. */
export const USERS_TERMINATE = {
  name: 'users',
  path: 'users/terminate_sessions',
  bodyKeys: ['user_ids', 'user_logins']
} as const satisfies TerminateEndpoint

/** POST /2.0/groups/terminate_sessions: every member of the groups. */
export const GROUPS_TERMINATE = {
  name: 'groups',
  path: 'groups/terminate_sessions',
  bodyKeys: ['group_ids']
} as const satisfies TerminateEndpoint

/**
 * Ends the sessions of everyone in `lists` (each body key's values). Box queues a job and answers
 * 202 with a message, the answer's value here, exactly as Box wrote it ('' when it sent none).
 */
export async function terminateSessions(
  client: BoxClient,
  endpoint: TerminateEndpoint,
  lists: Readonly<Record<string, readonly string[]>>,
  label?: string
): Promise<Answer<string>> {
  const body = Object.fromEntries(endpoint.bodyKeys.map(key => [key, lists[key] ?? []]))
  const answer = await client.call({ method: 'POST', path: endpoint.path, body, label })
  if (!answer.ok) return answer
  const message = answer.value?.message
  return { ...answer, value: typeof message === 'string' ? message : '' }
}
