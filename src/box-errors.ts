import type { HttpResponse } from './http.js'
import type { AuthMethod } from './auth/token-source.js'
import { safeText } from './safe-text.js'

/** The fields of Box's ClientError body that help a reader; anything missing stays undefined. */
export interface BoxErrorBody {
  code?: string
  message?: string
  requestId?: string
}

export function readErrorBody(response: HttpResponse): BoxErrorBody {
  const json = parseJsonObject(response.body)
  const text = (v: unknown): string | undefined =>
    typeof v === 'string' && v !== '' ? safeText(v) : undefined
  return {
    code: text(json?.code),
    message: text(json?.message),
    requestId: text(json?.request_id) ?? requestIdHeader(response)
  }
}

export function requestIdHeader(response: HttpResponse): string | undefined {
  const id = response.headers['box-request-id']
  return id ? safeText(id) : undefined
}

export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(text)
    return typeof json === 'object' && json !== null && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

export function statusHint(status: number, endpoint: string, auth: AuthMethod): string | undefined {
  const scope = endpoint.startsWith('groups') ? 'Manage groups' : 'Manage users'
  if (status === 401) {
    return auth === 'token'
      ? 'the access token in box-token is invalid or has expired; create a new one, or use client credentials or JWT so the action gets a fresh token each run'
      : 'Box refused a freshly issued token; check that the app is authorised in the Admin Console and not disabled'
  }
  if (status === 403) {
    return `the account the action acts as must be a Box admin or co-admin allowed to manage ${endpoint.startsWith('groups') ? 'groups' : 'users'}, and the app needs the "${scope}" scope (re-authorise the app in the Admin Console after changing scopes)`
  }
  if (status === 404) return 'a target does not exist in this enterprise; check the IDs and logins'
  if (status === 400) return 'Box refused the request; check the targets'
  if (status === 429) return 'Box kept rate-limiting; run again later or raise max-retries'
  if (status >= 500) return 'Box kept failing; check https://status.box.com and run again'
  return undefined
}

/** One line naming what failed, Box's own words and its request id, then a hint. */
export function formatHttpFailure(
  endpoint: string,
  response: HttpResponse,
  attempts: number,
  auth: AuthMethod
): string {
  const { code, message, requestId } = readErrorBody(response)
  const status = response.status
  if (status >= 300 && status < 400) {
    const location = redirectHost(response.headers['location'])
    return `Box API ${status} redirect on ${endpoint}${location ? ` to ${location}` : ''}: redirects are not followed, so the token never leaves base-url; check base-url`
  }
  let line = `Box API ${status}${code ? ` ${code}` : ''} on ${endpoint}`
  if (message) line += `: ${message}`
  if (requestId) line += ` (request id ${requestId})`
  if (attempts > 1) line += ` after ${attempts} attempts`
  const hint = statusHint(status, endpoint, auth)
  return hint ? `${line}. Hint: ${hint}` : line
}

function redirectHost(location: string | undefined): string | undefined {
  if (!location) return undefined
  try {
    return safeText(new URL(location).host)
  } catch {
    return undefined
  }
}
