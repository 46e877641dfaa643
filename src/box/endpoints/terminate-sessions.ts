import type { HttpResponse } from '../../net/http.js'
import type { Answer } from '../answer.js'
import type { BoxClient } from '../client.js'
import { QUOTED_LENGTH, readErrorBody } from '../failure-text.js'

/** A terminate_sessions endpoint: where it is, and the lists its request body holds. */
export interface TerminateEndpoint {
  /** How outputs and `result` name it. */
  name: string
  /** The path after /2.0/. */
  path: string
  /**
   * The lists of its body. Box's API marks each required, so an unused one is sent empty, unless
   * the run learnt that Box refuses that and accepts it left out.
   */
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
 * Why a 2xx is not Box's acceptance, if it is not: Box accepted a request only when it answered
 * with a JSON object that is not its error body and whose `message` is a string. A proxy's page,
 * a catch-all gateway, a cut or oversized body, Box's error body or a 207 accept nothing.
 */
function acceptanceProblem(response: HttpResponse): string | undefined {
  if (response.status === 207) return 'a 207 (Multi-Status) accepts no request whole'
  if (response.bodyProblem) return `its body did not arrive whole (${response.bodyProblem})`
  const json = response.json
  if (!json) {
    const type = response.headers['content-type']
    const start = response.bodyStart
      ? `, and begins ${JSON.stringify(response.bodyStart.slice(0, QUOTED_LENGTH))}`
      : ''
    return `its body is not a JSON object${type ? ` (${type.slice(0, QUOTED_LENGTH)})` : ''}${start}`
  }
  if (json.type === 'error') {
    const { code, message } = readErrorBody(response)
    const said = [code, message].filter(Boolean).join(': ').slice(0, QUOTED_LENGTH)
    return `its body is Box's error body${said ? ` (${said})` : ''}`
  }
  if (typeof json.message !== 'string') return 'its body has no message'
  return undefined
}

/**
 * Ends the sessions of everyone in `lists` (each body key's values). Box queues a job and answers
 * 202 with a message, the answer's value here, exactly as Box wrote it; any other 2xx is not Box's
 * acceptance (acceptanceProblem). An unused list is sent empty, or left out with `omitEmpty`.
 */
export async function terminateSessions(
  client: BoxClient,
  endpoint: TerminateEndpoint,
  lists: Readonly<Record<string, readonly string[]>>,
  label?: string,
  omitEmpty = false
): Promise<Answer<string>> {
  const keys = omitEmpty
    ? endpoint.bodyKeys.filter(key => (lists[key]?.length ?? 0) > 0)
    : endpoint.bodyKeys
  const body = Object.fromEntries(keys.map(key => [key, lists[key] ?? []]))
  const answer = await client.call({
    method: 'POST',
    path: endpoint.path,
    body,
    label,
    refuses: acceptanceProblem
  })
  if (!answer.ok) return answer
  const message = answer.value?.message
  return { ...answer, value: typeof message === 'string' ? message : '' }
}
